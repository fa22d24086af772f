// btt-relayer ethereum …: the Ethereum bridge's orchestrator, relayer, status and a user's send-to-btt helper.
//   btt-relayer ethereum orchestrator --config FILE
//   btt-relayer ethereum relay        --config FILE
//   btt-relayer ethereum status       --config FILE
//   btt-relayer ethereum config validate --config FILE
//   btt-relayer ethereum registration --config FILE [--validator bttvaloper…]   MsgSetOrchestrator arguments for bttd
//   btt-relayer ethereum send-to-btt  --rpc URL --bridge 0x… --private-key-file F --to btt1… --amount N [--token 0x…]
import { parseArgs } from "node:util";
import { getAddress } from "@ethersproject/address";
import { Contract } from "@ethersproject/contracts";
import { Wallet } from "@ethersproject/wallet";
import { createLogger } from "../log.js";
import { loadEthereumConfig, readEthKey } from "./config.js";
import { bridgeContract, decodeBridgeLog, erc20Interface } from "./contract.js";
import { RetryingJsonRpcProvider } from "./provider.js";
import { untilSignal } from "../signals.js";
import { bridgeStatus, startBridgeRelayer, startOrchestrator } from "./run.js";

export const ETHEREUM_USAGE = `usage: btt-relayer ethereum <orchestrator | relay | status | config validate | registration> --config FILE [--validator bttvaloper…]
       btt-relayer ethereum send-to-btt --rpc URL --bridge 0x… --private-key-file FILE --to btt1… --amount BASE_UNITS [--token 0x…] [--chain-id N]`;

/** Sends `amount` of `token` (wBTT by default: burned, no approval needed) to the BTT account `to`. */
export async function sendToBtt(o: { rpc: string; chainId: number; bridge: string; privateKey: string; to: string; amount: bigint; token?: string }) {
  const provider = new RetryingJsonRpcProvider(o.rpc, o.chainId);
  const wallet = new Wallet(o.privateKey, provider);
  const bridge = bridgeContract(o.bridge, wallet);
  const token = getAddress(o.token ?? ((await bridge.wrappedBtt()) as string));
  const wbtt = getAddress((await bridge.wrappedBtt()) as string);
  if (token !== wbtt) {
    const erc20 = new Contract(token, erc20Interface, wallet);
    const allowance = BigInt((await erc20.allowance(wallet.address, bridge.address)).toString());
    if (allowance < o.amount) await (await erc20.approve(bridge.address, o.amount.toString())).wait(1);
  }
  const tx = await bridge.sendToBtt(token, o.to, o.amount.toString());
  const receipt = await tx.wait(1);
  const ev = receipt.logs.map(decodeBridgeLog).find((e: unknown) => e !== undefined);
  return { tx: tx.hash as string, block: receipt.blockNumber as number, eventNonce: ev?.eventNonce, amount: ev?.kind === "deposit" ? ev.amount : undefined, token };
}

export async function ethereumMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string", short: "c" },
      rpc: { type: "string" },
      "chain-id": { type: "string" },
      bridge: { type: "string" },
      "private-key-file": { type: "string" },
      to: { type: "string" },
      amount: { type: "string" },
      token: { type: "string" },
      validator: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const cmd = positionals.join(" ");
  if (values.help || !cmd) {
    console.log(ETHEREUM_USAGE);
    return values.help ? 0 : 2;
  }
  const log = createLogger(cmd === "relay" ? "btt-bridge-relayer" : "btt-orchestrator");
  if (cmd === "send-to-btt") {
    const need = ["rpc", "bridge", "private-key-file", "to", "amount"] as const;
    for (const k of need) if (!values[k]) throw new Error(`--${k} is required\n${ETHEREUM_USAGE}`);
    if (!/^[0-9]+$/.test(values.amount!)) throw new Error("--amount is an integer in the token's base units");
    const r = await sendToBtt({ rpc: values.rpc!, chainId: Number(values["chain-id"] ?? 31337), bridge: values.bridge!, privateKey: readEthKey(values["private-key-file"]!), to: values.to!, amount: BigInt(values.amount!), token: values.token });
    console.log(JSON.stringify({ tx: r.tx, block: r.block, eventNonce: r.eventNonce?.toString(), amount: r.amount?.toString(), token: r.token }));
    return 0;
  }
  if (!values.config) throw new Error(`--config is required\n${ETHEREUM_USAGE}`);
  const cfg = loadEthereumConfig(values.config);
  switch (cmd) {
    case "config validate":
      console.log(`config ok: BTT ${cfg.btt.chainId} at ${cfg.btt.rpc}, Ethereum chain ${cfg.ethereum.chainId} at ${cfg.ethereum.rpc}, ${cfg.ethereum.confirmations} confirmations`);
      return 0;
    case "status":
      console.log(JSON.stringify(await bridgeStatus(cfg, log), null, 2));
      return 0;
    case "registration": {
      // For an operator key kept apart from the orchestrator: the proof of possession to pass to
      // `bttd tx bridge set-orchestrator ORCHESTRATOR ETH_ADDRESS ETH_SIGNATURE --from OPERATOR`.
      const { BttBridgeChain } = await import("./btt.js");
      const { setOrchestratorDigest, signHex } = await import("./orchestrator.js");
      const { fromBech32, toBech32 } = await import("@cosmjs/encoding");
      const btt = await BttBridgeChain.connect(cfg.btt, log);
      try {
        const validator = values.validator ?? toBech32(`${cfg.btt.prefix}valoper`, fromBech32(btt.address, 256).data);
        const wallet = new Wallet(readEthKey(cfg.ethereum.privateKeyFile));
        const { bridgeId } = await btt.params();
        const sig = await signHex(wallet, setOrchestratorDigest(bridgeId, validator, btt.address));
        console.log(JSON.stringify({ validator, orchestrator: btt.address, ethAddress: wallet.address, ethSignature: sig }));
        console.log(`bttd tx bridge set-orchestrator ${btt.address} ${wallet.address} ${sig} --from <operator key of ${validator}>`);
      } finally {
        btt.disconnect();
      }
      return 0;
    }
    case "orchestrator": {
      const r = await startOrchestrator(cfg, log);
      log.info({ pid: process.pid }, "orchestrator running");
      return untilSignal(r, log);
    }
    case "relay": {
      const r = await startBridgeRelayer(cfg, log);
      log.info({ pid: process.pid, address: r.relayer.wallet.address }, "bridge relayer running");
      return untilSignal(r, log);
    }
    default:
      throw new Error(`unknown command ethereum ${cmd}\n${ETHEREUM_USAGE}`);
  }
}
