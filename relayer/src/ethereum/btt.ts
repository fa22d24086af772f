// The BTT side of the bridge for the orchestrator and relayer: a signing endpoint (the IBC relayer's IbcChain: local
// sequence, simulated gas, waits for the block) plus @btt/ts-client's generated x/bridge query client, and the
// generated message composers for the bridge's messages.
import type { EncodeObject } from "@cosmjs/proto-signing";
import { btt, createBttQueryClient, type BttQueryClient } from "@btt/ts-client";
import { MessageComposer } from "@btt/ts-client/generated/btt/bridge/v1/tx.registry";
import type { Logger } from "pino";
import { IbcChain } from "../chain.js";
import type { ChainConfig } from "../config.js";
import { signerFor } from "../keys.js";
import type { BridgeEvent } from "./contract.js";

type BridgeTypes = typeof btt.bridge.v1;
export type BttValset = ReturnType<BridgeTypes["Valset"]["fromPartial"]>;
export type BttBatch = ReturnType<BridgeTypes["OutgoingBatch"]["fromPartial"]>;
export type BttConfirm = ReturnType<BridgeTypes["Confirm"]["fromPartial"]>;
export type BttParams = ReturnType<BridgeTypes["Params"]["fromPartial"]>;

const compose = MessageComposer.withTypeUrl;

export class BttBridgeChain {
  private constructor(readonly chain: IbcChain, readonly query: BttQueryClient) {}

  static async connect(cfg: ChainConfig, log: Logger): Promise<BttBridgeChain> {
    const chain = await IbcChain.connect(cfg, await signerFor(cfg), log);
    return new BttBridgeChain(chain, createBttQueryClient(chain.comet));
  }

  get address(): string {
    return this.chain.address;
  }

  get bridge() {
    return this.query.btt.bridge.v1;
  }

  disconnect(): void {
    this.chain.disconnect();
  }

  async params(): Promise<BttParams> {
    return (await this.bridge.params()).params;
  }

  /** The validator this account orchestrates for, or undefined when it is not registered. */
  async registration(): Promise<{ validator: string; ethAddress: string } | undefined> {
    try {
      const { orchestrator } = await this.bridge.orchestrator({ key: this.address });
      return orchestrator.validator ? { validator: orchestrator.validator, ethAddress: orchestrator.ethAddress } : undefined;
    } catch (e) {
      if (/not found|no registration|not a registered orchestrator|NotFound/i.test(e instanceof Error ? e.message : String(e))) return undefined;
      throw e;
    }
  }

  async lastEventNonce(address = this.address): Promise<bigint> {
    return (await this.bridge.lastEventNonce({ address })).eventNonce;
  }

  /** The Ethereum height of the attested event `nonce` (from the attestations still kept), if any. */
  async ethereumHeightOf(nonce: bigint): Promise<bigint | undefined> {
    let key: Uint8Array | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await this.bridge.attestations(key ? { pagination: { key, offset: 0n, limit: 100n, countTotal: false, reverse: true } } : {});
      for (const a of res.attestations) {
        if (a.eventNonce !== nonce) continue;
        const c = a.claim;
        return c.deposit?.ethereumHeight ?? c.batchExecuted?.ethereumHeight ?? c.valsetUpdated?.ethereumHeight;
      }
      if (!res.pagination?.nextKey?.length) return undefined;
      key = res.pagination.nextKey;
    }
    return undefined;
  }

  send(msgs: EncodeObject[], memo = "") {
    return this.chain.send(msgs, memo);
  }
}

/** The x/bridge claim message for one Ethereum event, signed by `orchestrator`. */
export function claimMsg(orchestrator: string, ev: BridgeEvent): EncodeObject {
  const eventNonce = ev.eventNonce;
  const ethereumHeight = BigInt(ev.blockNumber);
  switch (ev.kind) {
    case "deposit":
      return compose.depositClaim({
        orchestrator,
        claim: { eventNonce, ethereumHeight, tokenContract: ev.tokenContract, amount: ev.amount.toString(), ethereumSender: ev.sender, bttReceiver: ev.destination },
      });
    case "batchExecuted":
      return compose.batchExecutedClaim({ orchestrator, claim: { eventNonce, ethereumHeight, batchNonce: ev.batchNonce, tokenContract: ev.tokenContract } });
    case "valsetUpdated":
      return compose.valsetUpdatedClaim({
        orchestrator,
        claim: { eventNonce, ethereumHeight, valsetNonce: ev.valsetNonce, members: ev.validators.map((a, i) => ({ ethAddress: a, power: ev.powers[i]! })) },
      });
  }
}

export const bridgeMsgs = compose;
