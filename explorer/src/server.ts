/**
 * The Fastify app: server-rendered pages (no JavaScript, no outside assets), the JSON API under /api/v1
 * with an OpenAPI document, health and Prometheus metrics. Pages and API come from modules (core.ts);
 * a chain module that lands later adds its own ExplorerModule with its routes and nav entry.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import type { Logger } from "pino";
import type { Db } from "./db.js";
import type { Indexer } from "./indexer.js";
import { Store } from "./store.js";
import { ChainRest, NotFoundError } from "./chain.js";
import { CSS, html, layout, type NavItem, type Safe } from "./html.js";
import { coreModule } from "./core.js";
import { historyModule } from "./history.js";
import type { Snapshotter } from "./snapshots.js";

export interface ExplorerContext {
  db: Db;
  store: Store;
  rest: ChainRest;
  indexer?: Indexer;
  snapshotter?: Snapshotter;
  chainId: () => string;
  nav: NavItem[];
  modules: ExplorerModule[];
  page(reply: FastifyReply, title: string, body: Safe, status?: number): FastifyReply;
}

/** A group of pages and API routes; core.ts is the first, chain modules add theirs. */
export interface ExplorerModule {
  name: string;
  nav?: NavItem[];
  register(app: FastifyInstance, ctx: ExplorerContext): void | Promise<void>;
  /** Resolves a search query this module owns ("task 12"...), tried before the core rules. */
  search?(ctx: ExplorerContext, q: string): Promise<SearchTarget | undefined>;
  /** A section of the proposal page this module adds (x/wgov: the per-class tally breakdown). */
  proposalSection?(ctx: ExplorerContext, id: number): Promise<Safe | undefined>;
}
export interface SearchTarget {
  kind: string;
  id: string;
  page: string;
  api: string;
}

export interface ServerOptions {
  db: Db;
  restUrl: string;
  indexer?: Indexer;
  /** The state snapshotter running in this process, if any (its interval and progress appear on pages and in /metrics). */
  snapshotter?: Snapshotter;
  logger?: Logger | boolean;
  /** Requests per minute per client address (default 1200). */
  rateLimit?: number;
  modules?: ExplorerModule[];
  /** Lag in blocks above which /health answers 503 (default 20). */
  maxHealthyLag?: number;
}



export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: typeof o.logger === "object" ? o.logger : undefined,
    logger: typeof o.logger === "object" ? undefined : (o.logger ?? false),
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
    trustProxy: false,
    bodyLimit: 64 * 1024,
  } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: false,
  });
  await app.register(rateLimit, { max: o.rateLimit ?? 1200, timeWindow: "1 minute" });
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "BTT explorer API", version: "1", description: "Indexed blocks, transactions and accounts of the BTT chain, and live chain state." },
    },
  });

  const store = new Store(o.db);
  const modules = [coreModule, historyModule, ...(o.modules ?? [])];
  const nav = modules.flatMap((m) => m.nav ?? []);
  const ctx: ExplorerContext = {
    db: o.db,
    store,
    rest: new ChainRest(o.restUrl),
    indexer: o.indexer,
    snapshotter: o.snapshotter,
    chainId: () => o.indexer?.stats.chainId ?? "",
    nav,
    modules,
    page(reply, title, body, status = 200) {
      return reply.code(status).type("text/html; charset=utf-8").send(layout(title, nav, body, ctx.chainId()));
    },
  };

  const requests = new Map<string, number>();
  app.addHook("onResponse", async (req, reply) => {
    const key = `route="${req.routeOptions.url ?? "unmatched"}",method="${req.method}",status="${reply.statusCode}"`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
  });

  const wantsHtml = (req: FastifyRequest) => !req.url.startsWith("/api/") && req.url !== "/health" && req.url !== "/metrics";

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; validationContext?: string }, req, reply) => {
    let status = err.statusCode ?? 500;
    let message = err.message;
    if (err.validation) {
      status = 400;
      message = `invalid ${err.validationContext ?? "request"}: ${err.message.replace(/^(querystring|params|body)\/?/, "")}`;
    } else if (err instanceof NotFoundError) status = 404;
    else if (status >= 500) {
      req.log.error({ err }, "request failed");
      if (/REST|fetch failed|aborted|timeout/i.test(err.message)) {
        status = 502;
        message = `the chain node did not answer: ${err.message}`;
      } else message = "internal error";
    }
    if (wantsHtml(req)) return ctx.page(reply, status === 404 ? "Not found" : status === 400 ? "Bad request" : "Error", html`<p class="warn">${message}</p>`, status);
    return reply.code(status).send({ statusCode: status, error: status === 404 ? "Not Found" : status === 400 ? "Bad Request" : status === 429 ? "Too Many Requests" : "Error", message });
  });
  app.setNotFoundHandler((req, reply) => {
    if (wantsHtml(req)) return ctx.page(reply, "Not found", html`<p class="warn">No page at ${req.url}.</p>`, 404);
    return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no route ${req.method} ${req.url.split("?")[0]}` });
  });

  app.get("/static/style.css", { schema: { hide: true } }, async (_req, reply) => reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(CSS));

  app.get("/api/docs/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get(
    "/health",
    { schema: { tags: ["ops"], summary: "Liveness of the server, the database and the indexer" } },
    async (_req, reply) => {
      let dbOk = true;
      try {
        await o.db.get("SELECT 1 AS one");
      } catch {
        dbOk = false;
      }
      const s = o.indexer?.stats;
      const lastHeight = await store.lastHeight().catch(() => 0);
      const lagOk = !s || s.lag <= (o.maxHealthyLag ?? 20);
      const ok = dbOk && !s?.lastError && lagOk;
      return reply.code(ok ? 200 : 503).send({
        status: ok ? "ok" : "degraded",
        db: { kind: o.db.kind, ok: dbOk },
        indexer: s ? { running: true, chainId: s.chainId, lastHeight: s.lastHeight, chainHeight: s.chainHeight, lag: s.lag, caughtUp: s.caughtUp, lastError: s.lastError ?? null } : { running: false, lastHeight },
      });
    },
  );

  app.get("/metrics", { schema: { hide: true } }, async (_req, reply) => {
    const s = o.indexer?.stats;
    const lines: string[] = [];
    const gauge = (name: string, help: string, v: number, type = "gauge") => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${v}`);
    gauge("explorer_indexed_height", "Last height written to the database", s?.lastHeight ?? (await store.lastHeight()));
    if (s) {
      gauge("explorer_chain_height", "Latest height reported by the node", s.chainHeight);
      gauge("explorer_indexer_lag_blocks", "Blocks the index is behind the node", s.lag);
      gauge("explorer_blocks_indexed_total", "Blocks indexed by this process", s.blocksIndexed, "counter");
      gauge("explorer_txs_indexed_total", "Transactions indexed by this process", s.txsIndexed, "counter");
      gauge("explorer_indexer_fetch_seconds_total", "Time spent waiting for blocks and results from the node (not hidden behind writing)", s.fetchMs / 1000, "counter");
      gauge("explorer_indexer_write_seconds_total", "Time spent writing blocks to the database", s.writeMs / 1000, "counter");
      gauge("explorer_indexer_error", "1 while the indexer's last step failed", s.lastError ? 1 : 0);
    }
    const snap = o.snapshotter?.stats;
    if (snap) {
      gauge("explorer_snapshot_height", "Height of the latest module state snapshot", snap.lastHeight);
      gauge("explorer_snapshots_taken_total", "State snapshots stored by this process", snap.taken, "counter");
      gauge("explorer_snapshots_unavailable_total", "Snapshots recorded as unavailable (state pruned on the node)", snap.unavailable, "counter");
      gauge("explorer_snapshot_error", "1 while the snapshotter's last step failed", snap.lastError ? 1 : 0);
    }
    lines.push("# HELP explorer_http_requests_total HTTP responses by route and status", "# TYPE explorer_http_requests_total counter");
    for (const [k, v] of requests) lines.push(`explorer_http_requests_total{${k}} ${v}`);
    return reply.type("text/plain; version=0.0.4; charset=utf-8").send(lines.join("\n") + "\n");
  });

  for (const m of modules) await m.register(app, ctx);
  return app;
}
