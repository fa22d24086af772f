/** x/compute pages and API: nodes by class and region, models, tasks with their commit/reveal proofs. */
import type { FastifyPluginAsync } from "fastify";
import { NotFoundError } from "./chain.js";
import { html, table } from "./html.js";
import { fieldView, type Obj } from "./fields.js";

const { objKv, rowsTable, countBy } = fieldView({
  bytes: /(hash|sha256|commitment|salt|pubkey)$/,
  amounts: /^(stake|escrow|max_fee|price_floor|fee|amount)$/,
  enums: /^(NODE_CLASS|NODE_STATUS|TASK_STATUS|URGENCY|ASSIGNMENT_OUTCOME)_/,
});

const NODE_COLS = ["operator", "node_class", "region", "energy_class", "hardware", "stake", "status", "reputation", "last_heartbeat_epoch"];
const TASK_COLS = ["client", "model_id", "urgency", "replication", "status", "submit_height", "settled_height", "result_hash"];
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;

export const computePages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/compute", label: "Compute" });
  ctx.searches.push(async (q) => {
    const m = /^task\s*(\d{1,15})$/i.exec(q);
    return m ? { kind: "task", id: m[1], page: `/compute/tasks/${m[1]}`, api: `/api/v1/compute/tasks/${m[1]}` } : undefined;
  });
  const { rest } = ctx;
  const nodes = () => rest.get<{ nodes: Obj[] }>("/btt/compute/v1/nodes?pagination.limit=500").then((r) => r.nodes);
  const tasks = () => rest.get<{ tasks: Obj[] }>("/btt/compute/v1/tasks?pagination.limit=50&pagination.reverse=true").then((r) => r.tasks);
  const models = () => rest.get<{ models: Obj[] }>("/btt/compute/v1/models?pagination.limit=200").then((r) => r.models);
  const task = (id: number) =>
    rest.get<{ task?: Obj }>(`/btt/compute/v1/tasks/${id}`).then(
      (r) => r.task ?? Promise.reject(new NotFoundError(`no compute task ${id}`)),
      (e: unknown) => Promise.reject(e instanceof NotFoundError ? new NotFoundError(`no compute task ${id}`) : e),
    );

  app.get("/api/v1/compute/nodes", { schema: { tags: ["compute"], summary: "Registered compute nodes" } }, async () => ({ nodes: await nodes() }));
  app.get("/api/v1/compute/models", { schema: { tags: ["compute"], summary: "Registered models" } }, async () => ({ models: await models() }));
  app.get("/api/v1/compute/tasks", { schema: { tags: ["compute"], summary: "Latest tasks" } }, async () => ({ tasks: await tasks() }));
  app.get<{ Params: { id: number } }>("/api/v1/compute/tasks/:id", { schema: { tags: ["compute"], summary: "One task with its assignments (commit/reveal proofs)", params: ID } }, async (req) => ({ task: await task(req.params.id) }));

  app.get("/compute", { schema: { hide: true } }, async (_req, reply) => {
    const [ns, ms, ts, cap] = await Promise.all([nodes(), models(), tasks(), rest.get<{ regions: Obj[] }>("/btt/compute/v1/capacity_by_region").then((r) => r.regions).catch(() => [] as Obj[])]);
    return ctx.page(
      reply,
      "Compute",
      html`<div class="cards">${[
        ["nodes", ns.length],
        ["models", ms.length],
        ["recent tasks", ts.length],
      ].map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
<h2>Nodes by class</h2>${table(["class", "nodes"], countBy(ns, "node_class"), "no nodes registered")}
<h2>Nodes by region</h2>${table(["region", "nodes"], countBy(ns, "region"), "no nodes registered")}
${cap.length ? html`<h2>Capacity by region</h2>${rowsTable(cap, Object.keys(cap[0]), "")}` : ""}
<h2>Nodes</h2>${rowsTable(ns, NODE_COLS, "no nodes registered")}
<h2>Models</h2>${rowsTable(ms, ["id", "name", "task_type", "compute_units", "price_floor", "deprecated"], "no models registered")}
<h2>Latest tasks</h2>${rowsTable(ts, TASK_COLS, "no tasks yet", (t) => html`<a href="/compute/tasks/${String(t.id)}">task ${String(t.id)}</a>`)}`,
    );
  });

  app.get<{ Params: { id: number } }>("/compute/tasks/:id", { schema: { hide: true, params: ID } }, async (req, reply) => {
    const t = await task(req.params.id);
    const as = (t.assignments ?? []) as Obj[];
    return ctx.page(
      reply,
      `Task ${req.params.id}`,
      html`${objKv(t, ["assignments"])}<h2>Assignments and proofs (commit sha256(output_hash ‖ salt ‖ worker), then reveal)</h2>${rowsTable(as, as.length ? Object.keys(as[0]) : [], "not assigned yet")}`,
    );
  });
};
