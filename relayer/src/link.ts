// btt-relayer link: 07-tendermint clients on both chains, the connection handshake and the ICS-20
// channel handshake. Every id is saved as soon as the tx that made it is in a block, and every step
// first looks at what the chains already have, so a link interrupted anywhere resumes where it was.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toAscii } from "@cosmjs/encoding";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { HashOp, LengthOp, type ProofSpec } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { Order, State as ChannelState } from "cosmjs-types/ibc/core/channel/v1/channel";
import { MsgChannelOpenAck, MsgChannelOpenConfirm, MsgChannelOpenInit, MsgChannelOpenTry } from "cosmjs-types/ibc/core/channel/v1/tx";
import type { Height } from "cosmjs-types/ibc/core/client/v1/client";
import { MsgCreateClient, MsgUpdateClient } from "cosmjs-types/ibc/core/client/v1/tx";
import { State as ConnectionState } from "cosmjs-types/ibc/core/connection/v1/connection";
import { MsgConnectionOpenAck, MsgConnectionOpenConfirm, MsgConnectionOpenInit, MsgConnectionOpenTry } from "cosmjs-types/ibc/core/connection/v1/tx";
import { ClientState as TmClientState, ConsensusState as TmConsensusState, Header as TmHeader } from "cosmjs-types/ibc/lightclients/tendermint/v1/tendermint";
import type { Logger } from "pino";
import type { IbcChain } from "./chain.js";
import type { PathConfig } from "./config.js";

/** ICS-23 proof specs of a Cosmos SDK chain: the IAVL store, then the multistore (as ibc-go's GetSDKSpecs). */
const LEAF = { hash: HashOp.SHA256, prehashKey: HashOp.NO_HASH, prehashValue: HashOp.SHA256, length: LengthOp.VAR_PROTO, prefix: Uint8Array.from([0]) };
export const SDK_PROOF_SPECS: ProofSpec[] = [
  { leafSpec: LEAF, innerSpec: { childOrder: [0, 1], childSize: 33, minPrefixLength: 4, maxPrefixLength: 12, emptyChild: new Uint8Array(), hash: HashOp.SHA256 }, maxDepth: 0, minDepth: 0 },
  { leafSpec: LEAF, innerSpec: { childOrder: [0, 1], childSize: 32, minPrefixLength: 1, maxPrefixLength: 1, emptyChild: new Uint8Array(), hash: HashOp.SHA256 }, maxDepth: 0, minDepth: 0 },
];
const MERKLE_PREFIX = { keyPrefix: toAscii("ibc") };
const CONNECTION_VERSION = { identifier: "1", features: ["ORDER_ORDERED", "ORDER_UNORDERED"] };

/** One side of a link: the client of the other chain, the connection and the channel on this chain. */
export interface LinkEnd {
  clientId?: string;
  connectionId?: string;
  channelId?: string;
}

export interface LinkState {
  path: string;
  a: LinkEnd & { chainId: string };
  b: LinkEnd & { chainId: string };
}

export class LinkStore {
  constructor(private readonly dir: string) {}

  file(path: string): string {
    return join(this.dir, `${path}.link.json`);
  }

  load(path: PathConfig, aChainId: string, bChainId: string): LinkState {
    const f = this.file(path.name);
    if (!existsSync(f)) return { path: path.name, a: { chainId: aChainId }, b: { chainId: bChainId } };
    const s = JSON.parse(readFileSync(f, "utf8")) as LinkState;
    if (s.a.chainId !== aChainId || s.b.chainId !== bChainId) {
      throw new Error(`${f} links ${s.a.chainId} and ${s.b.chainId}, the config's path ${path.name} is ${aChainId} and ${bChainId}`);
    }
    return s;
  }

  save(s: LinkState): void {
    mkdirSync(this.dir, { recursive: true });
    const f = this.file(s.path);
    writeFileSync(`${f}.tmp`, JSON.stringify(s, null, 2) + "\n");
    renameSync(`${f}.tmp`, f);
  }
}

export function eventAttr(res: DeliverTxResponse, type: string, key: string): string {
  for (const e of res.events) {
    if (e.type !== type) continue;
    const a = e.attributes.find((x) => x.key === key);
    if (a) return a.value;
  }
  throw new Error(`tx ${res.transactionHash} has no ${type}.${key} event`);
}

/** The Tendermint client state of the latest height of `src`, to be created on the other chain. */
export async function clientStateOf(src: IbcChain, trustingFraction: number): Promise<{ clientState: TmClientState; consensusState: TmConsensusState }> {
  const { params } = await src.query.staking.params();
  const unbonding = Number(params.unbondingTime.seconds);
  if (!unbonding) throw new Error(`chain ${src.cfg.chainId}: no staking unbonding time`);
  const { header } = await src.signedHeader();
  const h = header!;
  const clientState = TmClientState.fromPartial({
    chainId: src.cfg.chainId,
    trustLevel: { numerator: 1n, denominator: 3n },
    trustingPeriod: { seconds: BigInt(Math.floor(unbonding * trustingFraction)) },
    unbondingPeriod: { seconds: BigInt(unbonding) },
    maxClockDrift: { seconds: 20n },
    latestHeight: src.height(h.height),
    proofSpecs: SDK_PROOF_SPECS,
    upgradePath: ["upgrade", "upgradedIBCState"],
  });
  const consensusState = TmConsensusState.fromPartial({ timestamp: h.time, root: { hash: h.appHash }, nextValidatorsHash: h.nextValidatorsHash });
  return { clientState, consensusState };
}

export function updateClientMsg(signer: string, clientId: string, header: TmHeader) {
  return {
    typeUrl: "/ibc.core.client.v1.MsgUpdateClient",
    value: MsgUpdateClient.fromPartial({ signer, clientId, clientMessage: { typeUrl: "/ibc.lightclients.tendermint.v1.Header", value: TmHeader.encode(header).finish() } }),
  };
}

/** The latest height the client `clientId` on `host` has of its counterparty. */
export async function clientHeight(host: IbcChain, clientId: string): Promise<Height> {
  return (await host.query.ibc.client.stateTm(clientId)).latestHeight;
}

/**
 * Updates `host`'s client of `src` to src's latest height (one tx, or `extra` messages after the
 * update in the same tx). Returns the height the client now has: the proof height for state of src
 * at that height minus one.
 */
export async function updateClient(host: IbcChain, clientId: string, src: IbcChain): Promise<number> {
  const trusted = await clientHeight(host, clientId);
  const header = await src.headerFor(trusted);
  const h = Number(header.signedHeader!.header!.height);
  if (h > Number(trusted.revisionHeight)) await host.send([updateClientMsg(host.address, clientId, header)]);
  return h;
}

/** Waits until `chain` has produced a block after `height` (so a proof at `height` can be made). */
export async function waitBlockAfter(chain: IbcChain, height: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await chain.latestHeight()) <= height) {
    if (Date.now() > deadline) throw new Error(`chain ${chain.cfg.chainId} made no block after ${height} in ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Brings `src`'s state as of its latest block to `host`: updates host's client of src and returns
 * the proof height h (proofs are queried at h − 1, whose state root is in header h).
 */
async function proofHeightOn(host: IbcChain, clientId: string, src: IbcChain, after: number): Promise<number> {
  await waitBlockAfter(src, after);
  return updateClient(host, clientId, src);
}

export interface LinkOptions {
  trustingFraction: number;
  log: Logger;
}

/** Runs (or resumes) the whole link between a and b for one path; returns the finished state. */
export async function link(path: PathConfig, a: IbcChain, b: IbcChain, store: LinkStore, o: LinkOptions): Promise<LinkState> {
  const s = store.load(path, a.cfg.chainId, b.cfg.chainId);
  const log = o.log.child({ path: path.name });

  // 1. Clients: a keeps a client of b and the other way round.
  for (const [host, src, end] of [[a, b, s.a], [b, a, s.b]] as const) {
    if (end.clientId) {
      const st = await host.query.ibc.client.stateTm(end.clientId).catch(() => undefined);
      if (st && st.chainId === src.cfg.chainId) continue;
      throw new Error(`${store.file(path.name)}: client ${end.clientId} on ${host.cfg.chainId} is not a client of ${src.cfg.chainId}`);
    }
    const { clientState, consensusState } = await clientStateOf(src, o.trustingFraction);
    const res = await host.send([{
      typeUrl: "/ibc.core.client.v1.MsgCreateClient",
      value: MsgCreateClient.fromPartial({
        signer: host.address,
        clientState: { typeUrl: "/ibc.lightclients.tendermint.v1.ClientState", value: TmClientState.encode(clientState).finish() },
        consensusState: { typeUrl: "/ibc.lightclients.tendermint.v1.ConsensusState", value: TmConsensusState.encode(consensusState).finish() },
      }),
    }]);
    end.clientId = eventAttr(res, "create_client", "client_id");
    store.save(s);
    log.info({ chain: host.cfg.chainId, clientId: end.clientId, of: src.cfg.chainId }, "client created");
  }
  const clientA = s.a.clientId!;
  const clientB = s.b.clientId!;

  // 2. Connection: init on a, try on b, ack on a, confirm on b.
  if (!s.a.connectionId) {
    // A crash after the init tx but before the save left an INIT connection of these two clients: reuse it.
    const existing = (await a.query.ibc.connection.allConnections()).connections.find(
      (c) => c.clientId === clientA && c.counterparty.clientId === clientB && c.state === ConnectionState.STATE_INIT,
    );
    if (existing) s.a.connectionId = existing.id;
    else {
      const res = await a.send([{
        typeUrl: "/ibc.core.connection.v1.MsgConnectionOpenInit",
        value: MsgConnectionOpenInit.fromPartial({ clientId: clientA, counterparty: { clientId: clientB, prefix: MERKLE_PREFIX }, version: CONNECTION_VERSION, delayPeriod: 0n, signer: a.address }),
      }]);
      s.a.connectionId = eventAttr(res, "connection_open_init", "connection_id");
    }
    store.save(s);
    log.info({ connectionId: s.a.connectionId }, "connection init");
  }
  const connA = s.a.connectionId!;
  if (!s.b.connectionId) {
    const existing = (await b.query.ibc.connection.allConnections()).connections.find(
      (c) => c.clientId === clientB && c.counterparty.clientId === clientA && c.counterparty.connectionId === connA,
    );
    if (existing) s.b.connectionId = existing.id;
    else {
      const initHeight = await a.latestHeight();
      const ph = await proofHeightOn(b, clientB, a, initHeight);
      const { proof } = await a.proveAt(`connections/${connA}`, ph - 1);
      const res = await b.send([{
        typeUrl: "/ibc.core.connection.v1.MsgConnectionOpenTry",
        value: MsgConnectionOpenTry.fromPartial({
          clientId: clientB,
          counterparty: { clientId: clientA, connectionId: connA, prefix: MERKLE_PREFIX },
          delayPeriod: 0n,
          counterpartyVersions: [CONNECTION_VERSION],
          proofHeight: a.height(ph),
          proofInit: proof,
          signer: b.address,
        }),
      }]);
      s.b.connectionId = eventAttr(res, "connection_open_try", "connection_id");
    }
    store.save(s);
    log.info({ connectionId: s.b.connectionId }, "connection try");
  }
  const connB = s.b.connectionId!;
  if ((await a.query.ibc.connection.connection(connA)).connection?.state !== ConnectionState.STATE_OPEN) {
    const ph = await proofHeightOn(a, clientA, b, await b.latestHeight());
    const { proof } = await b.proveAt(`connections/${connB}`, ph - 1);
    await a.send([{
      typeUrl: "/ibc.core.connection.v1.MsgConnectionOpenAck",
      value: MsgConnectionOpenAck.fromPartial({ connectionId: connA, counterpartyConnectionId: connB, version: CONNECTION_VERSION, proofHeight: b.height(ph), proofTry: proof, signer: a.address }),
    }]);
    log.info({ connectionId: connA }, "connection ack");
  }
  if ((await b.query.ibc.connection.connection(connB)).connection?.state !== ConnectionState.STATE_OPEN) {
    const ph = await proofHeightOn(b, clientB, a, await a.latestHeight());
    const { proof } = await a.proveAt(`connections/${connA}`, ph - 1);
    await b.send([{
      typeUrl: "/ibc.core.connection.v1.MsgConnectionOpenConfirm",
      value: MsgConnectionOpenConfirm.fromPartial({ connectionId: connB, proofHeight: a.height(ph), proofAck: proof, signer: b.address }),
    }]);
    log.info({ connectionId: connB }, "connection confirm: open on both chains");
  }

  // 3. Channel: the same four steps for the ICS-20 port, unordered.
  const port = path.port;
  if (!s.a.channelId) {
    const existing = (await a.query.ibc.channel.allConnectionChannels(connA)).channels.find((c) => c.portId === port && c.state === ChannelState.STATE_INIT);
    if (existing) s.a.channelId = existing.channelId;
    else {
      const res = await a.send([{
        typeUrl: "/ibc.core.channel.v1.MsgChannelOpenInit",
        value: MsgChannelOpenInit.fromPartial({
          portId: port,
          channel: { state: ChannelState.STATE_INIT, ordering: Order.ORDER_UNORDERED, counterparty: { portId: port, channelId: "" }, connectionHops: [connA], version: path.version },
          signer: a.address,
        }),
      }]);
      s.a.channelId = eventAttr(res, "channel_open_init", "channel_id");
    }
    store.save(s);
    log.info({ channelId: s.a.channelId }, "channel init");
  }
  const chanA = s.a.channelId!;
  if (!s.b.channelId) {
    const existing = (await b.query.ibc.channel.allConnectionChannels(connB)).channels.find((c) => c.portId === port && c.counterparty.channelId === chanA);
    if (existing) s.b.channelId = existing.channelId;
    else {
      const ph = await proofHeightOn(b, clientB, a, await a.latestHeight());
      const { proof } = await a.proveAt(`channelEnds/ports/${port}/channels/${chanA}`, ph - 1);
      const res = await b.send([{
        typeUrl: "/ibc.core.channel.v1.MsgChannelOpenTry",
        value: MsgChannelOpenTry.fromPartial({
          portId: port,
          channel: { state: ChannelState.STATE_TRYOPEN, ordering: Order.ORDER_UNORDERED, counterparty: { portId: port, channelId: chanA }, connectionHops: [connB], version: path.version },
          counterpartyVersion: path.version,
          proofInit: proof,
          proofHeight: a.height(ph),
          signer: b.address,
        }),
      }]);
      s.b.channelId = eventAttr(res, "channel_open_try", "channel_id");
    }
    store.save(s);
    log.info({ channelId: s.b.channelId }, "channel try");
  }
  const chanB = s.b.channelId!;
  if ((await a.query.ibc.channel.channel(port, chanA)).channel?.state !== ChannelState.STATE_OPEN) {
    const ph = await proofHeightOn(a, clientA, b, await b.latestHeight());
    const { proof } = await b.proveAt(`channelEnds/ports/${port}/channels/${chanB}`, ph - 1);
    await a.send([{
      typeUrl: "/ibc.core.channel.v1.MsgChannelOpenAck",
      value: MsgChannelOpenAck.fromPartial({ portId: port, channelId: chanA, counterpartyChannelId: chanB, counterpartyVersion: path.version, proofTry: proof, proofHeight: b.height(ph), signer: a.address }),
    }]);
    log.info({ channelId: chanA }, "channel ack");
  }
  if ((await b.query.ibc.channel.channel(port, chanB)).channel?.state !== ChannelState.STATE_OPEN) {
    const ph = await proofHeightOn(b, clientB, a, await a.latestHeight());
    const { proof } = await a.proveAt(`channelEnds/ports/${port}/channels/${chanA}`, ph - 1);
    await b.send([{
      typeUrl: "/ibc.core.channel.v1.MsgChannelOpenConfirm",
      value: MsgChannelOpenConfirm.fromPartial({ portId: port, channelId: chanB, proofAck: proof, proofHeight: a.height(ph), signer: b.address }),
    }]);
    log.info({ channelId: chanB }, "channel confirm: open on both chains");
  }
  log.info({ a: s.a, b: s.b }, "linked");
  return s;
}
