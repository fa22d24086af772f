/**
 * Chain state through @btt/ts-client's typed query clients over CometBFT RPC (@cosmjs/tendermint-rpc's
 * Comet38Client, ABCI queries): protobuf types end to end, no hand-typed REST shapes. A query at a past
 * height names the state as of that block.
 */
import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { bondStatusToJSON, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { ContinuousVestingAccount, DelayedVestingAccount, PeriodicVestingAccount, PermanentLockedAccount } from "cosmjs-types/cosmos/vesting/v1beta1/vesting";
import { UnbondingDelegation } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { proposalStatusToJSON, type Proposal, type TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryProposalsRequest } from "cosmjs-types/cosmos/gov/v1/query";
import { abttToWholeBtt, BTT_BECH32_PREFIX, BTT_DENOM, BTT_GENESIS_POOLS, createBttQueryClient, createBttQueryClientAtHeight, type BttQueryClient } from "@btt/ts-client";
import { NotFoundError, StateNotCommittedError, StateUnavailableError, vestingSchedule, type VestingAccountParts } from "./chain.js";
import { decodeMsg } from "./decode.js";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";

export class ChainQuery {
  readonly client: BttQueryClient;

  private constructor(readonly comet: Comet38Client, readonly height?: number) {
    this.client = height === undefined ? createBttQueryClient(comet) : createBttQueryClientAtHeight(comet, height);
  }

  /** A node's CometBFT RPC endpoint ("http://127.0.0.1:26657"). */
  static async connect(rpcUrl: string): Promise<ChainQuery> {
    return new ChainQuery(await Comet38Client.connect(rpcUrl));
  }

  /** The same node, queried at a past height. */
  atHeight(height: number): ChainQuery {
    return new ChainQuery(this.comet, height);
  }

  /** Supply, the staking pool, the bonded ratio (percent, 4 decimals) and the genesis allocation pools' balances. */
  async overview() {
    const q = this.client;
    const [supply, pool, pools] = await Promise.all([q.bank.supplyOf(BTT_DENOM).then((c) => c.amount), q.staking.pool().then((r) => r.pool), this.pools()]);
    const bondedRatio = BigInt(supply) > 0n ? Number((BigInt(pool.bondedTokens) * 1_000_000n) / BigInt(supply)) / 10_000 : 0;
    return { supply, bonded: pool.bondedTokens, notBonded: pool.notBondedTokens, bondedRatio, pools };
  }

  /** Each genesis pool's module account and its BTT balance ("0" where the node does not answer for it). */
  async pools() {
    return Promise.all(
      BTT_GENESIS_POOLS.map(async (p) => {
        const address = moduleAddress(p.name);
        const balance = await this.client.bank.balance(address, BTT_DENOM).then((c) => c.amount, () => "0");
        return { ...p, address, balance };
      }),
    );
  }

  /**
   * Every validator (all statuses, every page) with power (whole BTT), share of the bonded tokens and
   * commission, sorted by tokens; the slashing signing infos by consensus address and the signing window.
   */
  async validators() {
    const q = this.client;
    const [vals, infos, window] = await Promise.all([
      allPages<Validator>((key) => q.staking.validators("" as Parameters<typeof q.staking.validators>[0], key).then((r) => ({ items: r.validators, nextKey: r.pagination?.nextKey }))),
      allPages<ValidatorSigningInfo>((key) => q.slashing.signingInfos(key).then((r) => ({ items: r.info, nextKey: r.pagination?.nextKey }))).catch(() => []),
      q.slashing.params().then((r) => Number(r.params.signedBlocksWindow), () => 0),
    ]);
    const bonded = (v: Validator) => bondStatusToJSON(v.status) === "BOND_STATUS_BONDED";
    const totalBonded = vals.filter(bonded).reduce((s, v) => s + BigInt(v.tokens), 0n);
    const missedByCons = new Map(infos.map((i) => [i.address, Number(i.missedBlocksCounter)]));
    const out = vals.map((v) => ({
      operator: v.operatorAddress,
      moniker: v.description.moniker,
      status: bondStatusToJSON(v.status),
      jailed: v.jailed,
      tokens: v.tokens,
      power: abttToWholeBtt(v.tokens).toString(),
      share: totalBonded > 0n && bonded(v) ? Number((BigInt(v.tokens) * 1_000_000n) / totalBonded) / 10_000 : 0,
      commission: Number(decFromAtomics(v.commission.commissionRates.rate)),
      consensusPubkey: v.consensusPubkey?.typeUrl === "/cosmos.crypto.ed25519.PubKey" ? Buffer.from(Ed25519PubKey.decode(v.consensusPubkey.value).key).toString("base64") : undefined,
    }));
    out.sort((a, b) => (BigInt(b.tokens) > BigInt(a.tokens) ? 1 : BigInt(b.tokens) < BigInt(a.tokens) ? -1 : 0));
    return { validators: out, signedBlocksWindow: window, missedByCons };
  }

  /**
   * An account: its type (the x/auth Any's type URL), balances, delegations, staking rewards (whole abtt),
   * unbondings and, for a vesting account, its schedule with what is locked now. An address the node has no
   * account for yet has the type "(no account yet)" and whatever balance it was sent.
   */
  async account(address: string) {
    const q = this.client;
    const [acc, balances, delegations, rewards, unbonding] = await Promise.all([
      q.auth.account(address).then((a) => a ?? undefined, (e: unknown) => (isNotFound(e) ? undefined : Promise.reject(e))),
      q.bank.allBalances(address),
      q.staking.delegatorDelegations(address).then(
        (r) => r.delegationResponses.map((d) => ({ validator: d.delegation.validatorAddress, shares: decFromAtomics(d.delegation.shares), balance: d.balance })),
        () => [],
      ),
      q.distribution.delegationTotalRewards(address).then((r) => r.total.map((c) => ({ denom: c.denom, amount: decFromAtomics(c.amount).split(".")[0] })), () => []),
      q.staking.delegatorUnbondingDelegations(address).then((r) => r.unbondingResponses, () => [] as UnbondingDelegation[]),
    ]);
    const decoded = acc ? decodeAccount(acc) : undefined;
    return {
      address,
      type: acc ? acc.typeUrl : "(no account yet)",
      moduleName: decoded?.module?.name,
      account: acc ? decodeMsg(acc.typeUrl, acc.value).body : undefined,
      balances,
      delegations,
      rewards,
      unbonding: unbonding.map((u) => UnbondingDelegation.toJSON(u)),
      vesting: decoded?.vesting ? vestingSchedule(decoded.vesting) : undefined,
    };
  }

  /** One validator by operator address (404 when there is none). */
  async validator(operator: string): Promise<Validator> {
    return (await orNotFound(this.client.staking.validator(operator), `no validator ${operator}`)).validator;
  }

  /** Governance proposals (x/gov v1), newest first. */
  async proposals(limit = 100) {
    const r = await this.client.govV1.Proposals(QueryProposalsRequest.fromPartial({ pagination: { limit: BigInt(limit), reverse: true } }));
    return r.proposals.map(summarizeProposal);
  }

  /** One proposal with its messages (decoded) and its tally (live while voted on, x/gov's final record after). */
  async proposal(id: number) {
    const { proposal: p } = await orNotFound(this.client.govV1.Proposal({ proposalId: BigInt(id) }), `no proposal ${id}`);
    if (!p) throw new NotFoundError(`no proposal ${id}`);
    const tally: TallyResult | undefined = await this.client.govV1.TallyResult({ proposalId: BigInt(id) }).then((r) => r.tally, () => p.finalTallyResult);
    return { ...summarizeProposal(p), messages: p.messages.map((m) => decodeMsg(m.typeUrl, m.value)), tally };
  }

  disconnect(): void {
    this.comet.disconnect();
  }

  /**
   * What a failed query at this height means: the node has pruned the state (StateUnavailableError), has
   * not committed it yet (StateNotCommittedError: ask again), or the error itself (a module that does not
   * answer, an unreachable node).
   */
  classify(err: unknown): unknown {
    const message = (err as Error)?.message ?? String(err);
    if (this.height === undefined) return err;
    // baseapp: "cannot query with height in the future" before the block is committed;
    // "failed to load state at height H; version does not exist (latest height: L)" once it is pruned.
    if (/height in the future/.test(message)) return new StateNotCommittedError(this.height);
    if (/failed to load state at height|version does not exist|pruned/i.test(message)) {
      const latest = /latest height: (\d+)/.exec(message);
      if (latest && Number(latest[1]) < this.height) return new StateNotCommittedError(this.height, Number(latest[1]));
      return new StateUnavailableError(this.height, message);
    }
    return err;
  }
}

/** A proposal as the explorer lists it. */
function summarizeProposal(p: Proposal) {
  return {
    id: Number(p.id),
    title: p.title,
    summary: p.summary,
    status: proposalStatusToJSON(p.status),
    proposer: p.proposer,
    submitTime: timestampIso(p.submitTime) || undefined,
    votingEndTime: timestampIso(p.votingEndTime) || undefined,
    expedited: p.expedited,
    messageTypes: p.messages.map((m) => m.typeUrl),
    finalTally: p.finalTallyResult,
  };
}

/** An x/auth account Any: a module account's name, or a vesting account's parts. */
export function decodeAccount(acc: Any): { module?: ModuleAccount; vesting?: VestingAccountParts } {
  switch (acc.typeUrl) {
    case "/cosmos.auth.v1beta1.ModuleAccount":
      return { module: ModuleAccount.decode(acc.value) };
    case "/cosmos.vesting.v1beta1.PeriodicVestingAccount": {
      const a = PeriodicVestingAccount.decode(acc.value);
      return { vesting: { typeUrl: acc.typeUrl, base: a.baseVestingAccount!, startTime: a.startTime, periods: a.vestingPeriods } };
    }
    case "/cosmos.vesting.v1beta1.ContinuousVestingAccount": {
      const a = ContinuousVestingAccount.decode(acc.value);
      return { vesting: { typeUrl: acc.typeUrl, base: a.baseVestingAccount!, startTime: a.startTime } };
    }
    case "/cosmos.vesting.v1beta1.DelayedVestingAccount":
      return { vesting: { typeUrl: acc.typeUrl, base: DelayedVestingAccount.decode(acc.value).baseVestingAccount! } };
    case "/cosmos.vesting.v1beta1.PermanentLockedAccount":
      return { vesting: { typeUrl: acc.typeUrl, base: PermanentLockedAccount.decode(acc.value).baseVestingAccount! } };
    default:
      BaseAccount.decode(acc.value); // a plain account: nothing more to show, but it must decode
      return {};
  }
}

/** The node's "not found" answer to a query for one object (an unknown id or address). */
export function isNotFound(err: unknown): boolean {
  return isQueryError(err) && /not found|does not exist|unknown address/i.test((err as Error).message);
}

/** The query's answer, or a NotFoundError (HTTP 404) with `message` where the node has no such object. */
export async function orNotFound<T>(query: Promise<T>, message: string): Promise<T> {
  return query.catch((err: unknown) => Promise.reject(isNotFound(err) ? new NotFoundError(message) : err));
}

/** The node answered the query with an error (ABCI code != 0): the module or query is not there, or refused it. */
export function isQueryError(err: unknown): boolean {
  return /^Query failed with \(\d+\)/.test((err as Error)?.message ?? "");
}

/** A module account's address: the first 20 bytes of sha256(module name) (x/auth NewModuleAddress). */
export function moduleAddress(name: string): string {
  return toBech32(BTT_BECH32_PREFIX, createHash("sha256").update(name).digest().subarray(0, 20));
}

/** A LegacyDec as protobuf carries it (atomics, 18 decimals, no point) in its decimal form: "0.100000000000000000". */
export function decFromAtomics(atomics: string): string {
  const neg = atomics.startsWith("-");
  const s = (neg ? atomics.slice(1) : atomics || "0").padStart(19, "0");
  return `${neg ? "-" : ""}${s.slice(0, -18)}.${s.slice(-18)}`;
}

/** A protobuf Timestamp as an ISO time; "" when unset. */
export function timestampIso(t: Timestamp | undefined): string {
  if (!t || (t.seconds === 0n && t.nanos === 0)) return "";
  return new Date(Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6)).toISOString();
}

/** Every page of a paginated list query (next_key), so a large set is not cut at one page. */
export async function allPages<T>(page: (key: Uint8Array) => Promise<{ items: T[]; nextKey?: Uint8Array }>): Promise<T[]> {
  const out: T[] = [];
  let key: Uint8Array = new Uint8Array();
  for (let i = 0; i < 100; i++) {
    const r = await page(key);
    out.push(...r.items);
    if (!r.nextKey?.length) break;
    key = r.nextKey;
  }
  return out;
}
