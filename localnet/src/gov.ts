// Governance on a localnet (TEST ONLY keys): a proposal from the dev key that every validator operator votes yes,
// for the benches and end-to-end suites that need a governance-authorised message (appointing verifiers, params).
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { createProtobufRpcClient, type SigningStargateClient } from "@cosmjs/stargate";
import { ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryClientImpl as AuthQuery } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryClientImpl as GovQuery } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { connectBttSigningClient, type BttQueryConnection } from "@btt/ts-client";
import { account, loadKeys } from "./keys.js";
import type { Localnet } from "./localnet.js";
import type { Logger } from "./log.js";
import { sleep } from "./procs.js";

/** What a bench or test needs to pass a governance proposal on a localnet: the gov module's address and `pass`. */
export async function localnetGov(conn: BttQueryConnection) {
  const prpc = createProtobufRpcClient(conn.client);
  const gov = new GovQuery(prpc);
  const govAcc = await new AuthQuery(prpc).ModuleAccountByName({ name: "gov" });
  const govAddress = ModuleAccount.decode(govAcc.account!.value).baseAccount!.address;
  const minDeposit = (await gov.Params({ paramsType: "deposit" })).params!.minDeposit;
  /**
   * Submits `messages` in a proposal from the dev key, has every validator operator vote yes at once (a
   * vote landing after the tally does not matter) and waits up to 60 s for it to pass.
   */
  async function pass(net: Localnet, devClient: SigningStargateClient, messages: Any[], title: string, log: Logger): Promise<bigint> {
    const dev = account(loadKeys(), "dev");
    const prop = await devClient.signAndBroadcast(dev.address, [{
      typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
      value: MsgSubmitProposal.fromPartial({ messages, initialDeposit: minDeposit, proposer: dev.address, metadata: "", title, summary: title, expedited: false }),
    }], 1.6);
    if (prop.code !== 0) throw new Error(`proposal "${title}" failed: ${prop.rawLog}`);
    const proposalId = BigInt(prop.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value);
    const operators = net.validators().map((v) => account(loadKeys(), v.operator));
    await Promise.all(operators.map(async (op) => {
      const c = await connectBttSigningClient(net.rpc(0), await DirectSecp256k1HdWallet.fromMnemonic(op.mnemonic, { prefix: "btt" }));
      try {
        const r = await c.signAndBroadcast(op.address, [{ typeUrl: "/cosmos.gov.v1.MsgVote",
          value: MsgVote.fromPartial({ proposalId, voter: op.address, option: VoteOption.VOTE_OPTION_YES, metadata: "" }) }], 1.6);
        if (r.code !== 0) log.warn({ voter: op.name, log: r.rawLog }, "vote failed");
      } finally {
        c.disconnect();
      }
    }));
    const status = async () => (await gov.Proposal({ proposalId })).proposal!.status;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await status()) === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) await sleep(1000);
    if ((await status()) !== ProposalStatus.PROPOSAL_STATUS_PASSED) throw new Error(`proposal ${proposalId} ("${title}") did not pass`);
    return proposalId;
  }
  return { govAddress, pass };
}
