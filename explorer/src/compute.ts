/** x/compute pages and API: nodes by class and region, models, tasks with their commit/reveal proofs. */
import type { FastifyPluginAsync } from "fastify";
import { btt } from "@btt/ts-client";
import { orNotFound } from "./chainquery.js";
import { html, table } from "./html.js";
import { amount, countBy, enumLabel, fieldsKv, rowsTable, type Cells } from "./view.js";

const c = btt.compute.v1;
type Node = btt.compute.v1.Node;
type Model = btt.compute.v1.Model;
type Task = btt.compute.v1.Task;
type Assignment = btt.compute.v1.Assignment;

const nodeClass = (v: btt.compute.v1.NodeClass) => enumLabel(c.nodeClassToJSON(v), "NODE_CLASS_");
const NODE: Cells<Node> = {
  nodeClass,
  status: (v) => enumLabel(c.nodeStatusToJSON(v), "NODE_STATUS_"),
  stake: amount,
  models: (ms) => ms.map((m) => `${m.modelId} (${m.active}/${m.capacity})`).join(", "),
};
const MODEL: Cells<Model> = { priceFloor: amount };
const TASK: Cells<Task> = {
  urgency: (v) => enumLabel(c.urgencyToJSON(v), "URGENCY_"),
  status: (v) => enumLabel(c.taskStatusToJSON(v), "TASK_STATUS_"),
  escrow: amount,
  maxFee: amount,
  slotPrice: amount,
};
const ASSIGNMENT: Cells<Assignment> = { outcome: (v) => enumLabel(c.assignmentOutcomeToJSON(v), "ASSIGNMENT_OUTCOME_") };

const NODE_COLS = ["operator", "nodeClass", "region", "energyClass", "hardware", "stake", "status", "reputation", "lastHeartbeatEpoch"] as const;
const TASK_COLS = ["client", "modelId", "urgency", "replication", "status", "submitHeight", "settledHeight", "resultHash"] as const;
const ASSIGNMENT_COLS = ["worker", "commitment", "outputHash", "salt", "commitHeight", "revealHeight", "outcome", "reexecution"] as const;
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;

export const computePages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/compute", label: "Compute" });
  ctx.searches.push(async (q) => {
    const m = /^task\s*(\d{1,15})$/i.exec(q);
    return m ? { kind: "task", id: m[1], page: `/compute/tasks/${m[1]}`, api: `/api/v1/compute/tasks/${m[1]}` } : undefined;
  });
  const q = () => ctx.chain.client.btt.compute.v1;
  const nodes = () => q().nodes(c.QueryNodesRequest.fromPartial({ pagination: { limit: 500n } }));
  const tasks = () => q().tasks(c.QueryTasksRequest.fromPartial({ pagination: { limit: 50n, reverse: true } }));
  const models = () => q().models(c.QueryModelsRequest.fromPartial({ pagination: { limit: 200n } }));
  const task = (id: number) => orNotFound(q().task({ id: BigInt(id) }), `no compute task ${id}`);

  app.get("/api/v1/compute/nodes", { schema: { tags: ["compute"], summary: "Registered compute nodes" } }, async () => c.QueryNodesResponse.toJSON(await nodes()));
  app.get("/api/v1/compute/models", { schema: { tags: ["compute"], summary: "Registered models" } }, async () => c.QueryModelsResponse.toJSON(await models()));
  app.get("/api/v1/compute/tasks", { schema: { tags: ["compute"], summary: "Latest tasks" } }, async () => c.QueryTasksResponse.toJSON(await tasks()));
  app.get<{ Params: { id: number } }>("/api/v1/compute/tasks/:id", { schema: { tags: ["compute"], summary: "One task with its assignments (commit/reveal proofs)", params: ID } }, async (req) =>
    c.QueryTaskResponse.toJSON(await task(req.params.id)),
  );

  app.get("/compute", { schema: { hide: true } }, async (_req, reply) => {
    const [{ nodes: ns }, { models: ms }, { tasks: ts }, cap] = await Promise.all([nodes(), models(), tasks(), q().capacityByRegion().then((r) => r.regions, () => [])]);
    return ctx.page(
      reply,
      "Compute",
      html`<div class="cards">${[
        ["nodes", ns.length],
        ["models", ms.length],
        ["recent tasks", ts.length],
      ].map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
<h2>Nodes by class</h2>${table(["class", "nodes"], countBy(ns, (n) => nodeClass(n.nodeClass)), "no nodes registered")}
<h2>Nodes by region</h2>${table(["region", "nodes"], countBy(ns, (n) => n.region), "no nodes registered")}
${cap.length ? html`<h2>Capacity by region</h2>${rowsTable(cap, ["region", "nodes", "capacity", "free"], {}, "")}` : ""}
<h2>Nodes</h2>${rowsTable(ns, NODE_COLS, NODE, "no nodes registered")}
<h2>Models</h2>${rowsTable(ms, ["id", "name", "taskType", "computeUnits", "priceFloor", "deprecated"], MODEL, "no models registered")}
<h2>Latest tasks</h2>${rowsTable(ts, TASK_COLS, TASK, "no tasks yet", (t) => html`<a href="/compute/tasks/${t.id}">task ${t.id}</a>`)}`,
    );
  });

  app.get<{ Params: { id: number } }>("/compute/tasks/:id", { schema: { hide: true, params: ID } }, async (req, reply) => {
    const { task: t } = await task(req.params.id);
    return ctx.page(
      reply,
      `Task ${req.params.id}`,
      html`${fieldsKv(t, TASK, ["assignments"])}<h2>Assignments and proofs (commit sha256(output_hash ‖ salt ‖ worker), then reveal)</h2>${rowsTable(t.assignments, ASSIGNMENT_COLS, ASSIGNMENT, "not assigned yet")}`,
    );
  });
};
