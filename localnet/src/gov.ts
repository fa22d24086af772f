// Governance on a localnet (TEST ONLY keys): proposals, every validator operator's vote and the wait for
// the tally, for the benches and end-to-end suites that need a governance-authorised message
// (appointing verifiers, params) or test governance itself.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { createProtobufRpcClient, type QueryClient, type SigningStargateClient } from "@cosmjs/stargate";
import { ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryClientImpl as AuthQuery } from "cosmjs-types/cosmos/auth/v1beta1/query";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryClientImpl as GovQuery } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { connectBttSigningClient, type BttQueryConnection } from "@btt/ts-client";
import { account, loadKeys } from "./keys.js";
import type { Localnet } from "./localnet.js";
import type { Logger } from "./log.js";
import { sleep } from "./procs.js";

/** The gov query client, the gov module account address (the authority of gov-only messages) and the min deposit. */
export async function govContext(q: QueryClient) {
  const prc = createProtobufRpcClient(q);
  const gov = new GovQuery(prc);
  const govAcc = await new AuthQuery(prc).ModuleAccountByName({ name: "gov" });
  const govAddress = ModuleAccount.decode(govAcc.account!.value).baseAccount!.address;
  const minDeposit = (await gov.Params({ paramsType: "deposit" })).params!.minDeposit;
  return { gov, govAddress, minDeposit };
}

/** Submits a gov proposal carrying `messages` (already encoded) and returns its id; throws when the tx fails. */
export async function submitProposal(
  client: SigningStargateClient,
  proposer: string,
  minDeposit: Coin[],
  title: string,
  messages: Any[],
): Promise<bigint> {
  const r = await client.signAndBroadcast(proposer, [{
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    value: MsgSubmitProposal.fromPartial({ messages, initialDeposit: minDeposit, proposer, metadata: "", title, summary: title, expedited: false }),
  }], 1.6);
  if (r.code !== 0) throw new Error(`submit proposal "${title}" failed: ${r.rawLog}`);
  return BigInt(r.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value);
}

/**
 * Every validator operator of `net` casts `option` on each proposal, all at once (operators need liquid
 * BTT for fees). A failed vote throws, or goes to `onFailure` when given (a vote landing after the
 * tally fails and does not matter to a caller that only needs the proposal to pass).
 */
export async function voteAll(net: Localnet, proposalIds: bigint[], option: VoteOption,
  onFailure?: (voter: string, rawLog: string) => void): Promise<void> {
  const keys = loadKeys();
  await Promise.all(net.validators().map(async (v) => {
    const op = account(keys, v.operator);
    const c = await connectBttSigningClient(net.rpc(0), await DirectSecp256k1HdWallet.fromMnemonic(op.mnemonic, { prefix: "btt" }));
    try {
      const r = await c.signAndBroadcast(op.address, proposalIds.map((proposalId) => ({
        typeUrl: "/cosmos.gov.v1.MsgVote",
        value: MsgVote.fromPartial({ proposalId, voter: op.address, option, metadata: "" }),
      })), 1.6);
      if (r.code === 0) return;
      if (!onFailure) throw new Error(`vote by ${op.name} failed: ${r.rawLog}`);
      onFailure(op.name, r.rawLog ?? "");
    } finally {
      c.disconnect();
    }
  }));
}

/** Waits until no proposal in `ids` is in its deposit or voting period any more and returns their final statuses. */
export async function waitProposals(gov: GovQuery, ids: bigint[], timeoutMs: number): Promise<ProposalStatus[]> {
  const status = async (id: bigint) => (await gov.Proposal({ proposalId: id })).proposal!.status;
  const deadline = Date.now() + timeoutMs;
  let st = await Promise.all(ids.map(status));
  while (Date.now() < deadline && st.some((s) => s === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD || s === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD)) {
    await sleep(1000);
    st = await Promise.all(ids.map(status));
  }
  return st;
}

/** What a bench or test needs to pass a governance proposal on a localnet: the gov module's address and `pass`. */
export async function localnetGov(conn: BttQueryConnection) {
  const { gov, govAddress, minDeposit } = await govContext(conn.client);
  /**
   * Submits `messages` in a proposal from the dev key, has every validator operator vote yes at once (a
   * vote landing after the tally does not matter) and waits up to 60 s for it to pass.
   */
  async function pass(net: Localnet, devClient: SigningStargateClient, messages: Any[], title: string, log: Logger): Promise<bigint> {
    const proposalId = await submitProposal(devClient, account(loadKeys(), "dev").address, minDeposit, title, messages);
    await voteAll(net, [proposalId], VoteOption.VOTE_OPTION_YES, (voter, rawLog) => log.warn({ voter, log: rawLog }, "vote failed"));
    const [status] = await waitProposals(gov, [proposalId], 60_000);
    if (status !== ProposalStatus.PROPOSAL_STATUS_PASSED) throw new Error(`proposal ${proposalId} ("${title}") did not pass`);
    return proposalId;
  }
  return { govAddress, pass };
}
