/**
 * What every page plugin sees as `app.explorer`: the database, the chain, the indexer and snapshotter of
 * this process, and the registries a page plugin adds itself to (navigation, search rules, proposal
 * sections). It imports no page, so pages and the server never import each other.
 */
import type { FastifyReply } from "fastify";
import type { ChainQuery } from "./chainquery.js";
import type { Db } from "./db.js";
import type { NavItem, Safe } from "./html.js";
import type { Indexer } from "./indexer.js";
import type { Snapshotter } from "./snapshots.js";
import type { Store } from "./store.js";

export interface SearchTarget {
  kind: string;
  id: string;
  page: string;
  api: string;
}

/** Resolves a search query a page owns ("task 12"...); tried in registration order before the core rules. */
export type Search = (q: string) => Promise<SearchTarget | undefined>;
/** A section a page adds to every proposal page (x/wgov: the per-class tally breakdown). */
export type ProposalSection = (id: number) => Promise<Safe | undefined>;

export interface ExplorerContext {
  db: Db;
  store: Store;
  /** Live state through the typed query clients over CometBFT RPC. */
  chain: ChainQuery;
  indexer?: Indexer;
  snapshotter?: Snapshotter;
  chainId: () => string;
  /** Navigation entries, in the order the page plugins were registered. */
  nav: NavItem[];
  searches: Search[];
  proposalSections: ProposalSection[];
  page(reply: FastifyReply, title: string, body: Safe, status?: number): FastifyReply;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The explorer's context, decorated on the root instance before any page plugin is registered. */
    explorer: ExplorerContext;
  }
}
