/**
 * The Fastify app: server-rendered pages (no JavaScript, no outside assets), the JSON API under /api/v1
 * with an OpenAPI document, health and Prometheus metrics (prom-client). Pages are Fastify plugins listed
 * in routes.ts; each finds the explorer's context as `app.explorer` (context.ts).
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyRequest } from "fastify";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Logger } from "pino";
import type { Db } from "./db.js";
import type { Indexer } from "./indexer.js";
import { Store } from "./store.js";
import { NotFoundError } from "./chain.js";
import { ChainQuery } from "./chainquery.js";
import { CSS, html, layout } from "./html.js";
import type { ExplorerContext } from "./context.js";
import { PAGES } from "./routes.js";
import type { Snapshotter } from "./snapshots.js";

export type { ExplorerContext, SearchTarget } from "./context.js";

export interface ServerOptions {
  db: Db;
  /** The node's CometBFT RPC, for the typed query clients. */
  rpcUrl: string;
  indexer?: Indexer;
  /** The state snapshotter running in this process, if any (its interval and progress appear on pages and in /metrics). */
  snapshotter?: Snapshotter;
  logger?: Logger | boolean;
  /** Requests per minute per client address (default 1200). */
  rateLimit?: number;
  /** The page plugins to register (default: every page, routes.ts). */
  pages?: readonly FastifyPluginAsync[];
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
  const chain = await ChainQuery.connect(o.rpcUrl);
  app.addHook("onClose", async () => chain.disconnect());
  const nav: ExplorerContext["nav"] = [];
  const ctx: ExplorerContext = {
    db: o.db,
    store,
    chain,
    indexer: o.indexer,
    snapshotter: o.snapshotter,
    chainId: () => o.indexer?.stats.chainId ?? "",
    nav,
    searches: [],
    proposalSections: [],
    page(reply, title, body, status = 200) {
      return reply.code(status).type("text/html; charset=utf-8").send(layout(title, nav, body, ctx.chainId()));
    },
  };

  const metrics = explorerMetrics(o, store);
  app.addHook("onResponse", async (req, reply) => {
    const labels = { route: req.routeOptions.url ?? "unmatched", method: req.method, status: String(reply.statusCode) };
    metrics.requests.inc(labels);
    metrics.duration.observe(labels, reply.elapsedTime / 1000);
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

  app.get("/metrics", { schema: { hide: true } }, async (_req, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));

  app.decorate("explorer", ctx);
  for (const page of o.pages ?? PAGES) await app.register(page);
  return app;
}

/**
 * The explorer's Prometheus registry: Node.js process metrics, the indexer's and the snapshotter's
 * progress (read from their stats at each scrape) and HTTP requests by route and status.
 */
function explorerMetrics(o: ServerOptions, store: Store) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  /** A gauge read at scrape time; undefined leaves it without a sample. */
  const gauge = (name: string, help: string, read: () => number | undefined | Promise<number | undefined>) =>
    new Gauge({ name, help, registers, async collect() {
      const v = await read();
      if (v !== undefined) this.set(v);
    } });
  /** A counter whose total another object keeps (the indexer's stats), read at scrape time. */
  const total = (name: string, help: string, read: () => number | undefined) =>
    new Counter({ name, help, registers, collect() {
      const v = read();
      if (v === undefined) return;
      this.reset();
      this.inc(v);
    } });
  const ix = () => o.indexer?.stats;
  const snap = () => o.snapshotter?.stats;
  gauge("explorer_indexed_height", "Last height written to the database", async () => ix()?.lastHeight ?? (await store.lastHeight()));
  if (o.indexer) {
    gauge("explorer_chain_height", "Latest height reported by the node", () => ix()?.chainHeight);
    gauge("explorer_indexer_lag_blocks", "Blocks the index is behind the node", () => ix()?.lag);
    total("explorer_blocks_indexed_total", "Blocks indexed by this process", () => ix()?.blocksIndexed);
    total("explorer_txs_indexed_total", "Transactions indexed by this process", () => ix()?.txsIndexed);
    total("explorer_indexer_fetch_seconds_total", "Time spent waiting for blocks and results from the node (not hidden behind writing)", () => (ix()?.fetchMs ?? 0) / 1000);
    total("explorer_indexer_write_seconds_total", "Time spent writing blocks to the database", () => (ix()?.writeMs ?? 0) / 1000);
    gauge("explorer_indexer_error", "1 while the indexer's last step failed", () => (ix()?.lastError ? 1 : 0));
  }
  if (o.snapshotter) {
    gauge("explorer_snapshot_height", "Height of the latest module state snapshot", () => snap()?.lastHeight);
    total("explorer_snapshots_taken_total", "State snapshots stored by this process", () => snap()?.taken);
    total("explorer_snapshots_unavailable_total", "Snapshots recorded as unavailable (state pruned on the node)", () => snap()?.unavailable);
    gauge("explorer_snapshot_error", "1 while the snapshotter's last step failed", () => (snap()?.lastError ? 1 : 0));
  }
  const labelNames = ["route", "method", "status"] as const;
  const requests = new Counter({ name: "explorer_http_requests_total", help: "HTTP responses by route and status", labelNames, registers });
  const duration = new Histogram({ name: "explorer_http_request_duration_seconds", help: "Time to answer an HTTP request, by route and status", labelNames, registers, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
  return { registry, requests, duration };
}
