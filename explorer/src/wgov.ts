/**
 * x/wgov pages and API: the four voter classes with their members and power, the dated class-weight
 * schedule, the representative election, and every proposal's per-class tally breakdown (live while it is
 * voted on, final after), which the proposal page shows beside x/gov's own tally.
 */
import type { FastifyPluginAsync } from "fastify";
import { btt, html, kv, table, type Safe } from "./html.js";
import { decPct, fieldView, type Obj } from "./fields.js";

const { val, rowsTable } = fieldView({ bytes: /^$/, amounts: /^$/, enums: /^VOTER_CLASS_/ });
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;
const OPTIONS = ["yes", "no", "abstain", "no_with_veto"] as const;
const className = (c: unknown) => String(val("class", c)).toLowerCase();
/** A LegacyDec power with at most 6 decimals ("19.000000000000000000" → "19"); the holders' is bonded abtt, shown in BTT. */
function power(v: unknown, cls?: unknown): Safe | string {
  const s = String(v ?? "0");
  if (cls === "VOTER_CLASS_HOLDERS") return btt(s.split(".")[0] || "0");
  return Number(s).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

type Weights = Record<"institutions" | "compute" | "holders" | "community", string>;
const WEIGHT_KEYS = ["institutions", "compute", "holders", "community"] as const;

/** The proposal page's section: x/wgov's weighted tally of one proposal, class by class. */
export function tallyBreakdown(t: Obj): Safe {
  const classes = (t.classes ?? []) as Obj[];
  const fr = (c: Obj, o: string) => decPct(((c.fractions ?? {}) as Obj)[o]);
  const weighted = (t.weighted ?? {}) as Obj;
  return html`<h2>Weighted tally by class (${t.final ? "final" : "live"})</h2>
${table(
  ["class", "scheduled weight", "effective weight", "class power", "voters", ...OPTIONS.map((o) => o.replace(/_/g, " "))],
  classes.map((c) => [className(c.class), decPct(c.weight), decPct(c.effective_weight), power(c.total_power, c.class), String(c.voters ?? 0), ...OPTIONS.map((o) => fr(c, o))]),
  "no classes",
)}
${kv([
  ["weights in force at", String(t.weights_at ?? "")],
  ["weighted yes / no / abstain / veto", OPTIONS.map((o) => decPct(weighted[o])).join(" / ")],
  ["weighted participation", html`${decPct(t.participation)} (quorum ${decPct(t.quorum)}: ${t.quorum_reached ? html`<span class="ok">reached</span>` : html`<span class="fail">not reached</span>`})`],
  ["threshold (yes of yes+no+veto)", decPct(t.threshold)],
  ["veto threshold", html`${decPct(t.veto_threshold)}${t.vetoed ? html` <span class="fail">vetoed</span>` : ""}`],
  ["outcome", html`<span class="${t.passes ? "ok" : "fail"}">${String(t.outcome ?? (t.passes ? "passes" : "fails"))}</span>`],
])}
<p>A class's fractions are of that class's total power; each class counts with its effective weight (a class with no power hands its weight to the others pro rata).</p>`;
}

export const wgovPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/governance", label: "Governance" });
  ctx.proposalSections.push(async (id) => {
    const t = await ctx.rest.get<{ tally: Obj }>(`/btt/wgov/v1/tally/${id}`).then((r) => r.tally).catch(() => undefined);
    return t ? tallyBreakdown(t) : undefined;
  });
  const { rest } = ctx;
  const classes = () => rest.get<{ classes: Obj[]; institutions: Obj[] }>("/btt/wgov/v1/classes");
  const schedule = () => rest.get<{ schedule: { start_time: string; weights: Weights }[]; current: Weights; now: string }>("/btt/wgov/v1/schedule");
  const election = () => rest.get<Obj>("/btt/wgov/v1/election");

  app.get("/api/v1/wgov/classes", { schema: { tags: ["gov"], summary: "The four voter classes: members and their power now" } }, async () => classes());
  app.get("/api/v1/wgov/schedule", { schema: { tags: ["gov"], summary: "Class weights by date, and the weights in force now" } }, async () => schedule());
  app.get("/api/v1/wgov/election", { schema: { tags: ["gov"], summary: "Community-representative election: term, candidates, votes, seats" } }, async () => election());
  app.get<{ Params: { id: number } }>(
    "/api/v1/proposals/:id/classes",
    { schema: { tags: ["gov"], summary: "A proposal's weighted tally broken down by voter class (live during voting, final after)", params: ID } },
    async (req) => ({ tally: (await rest.get<{ tally: Obj }>(`/btt/wgov/v1/tally/${req.params.id}`)).tally }),
  );

  app.get("/governance", { schema: { hide: true } }, async (_req, reply) => {
    const [c, s, e] = await Promise.all([classes(), schedule(), election()]);
    const term = (e.term ?? {}) as Obj;
    const cands = ((e.candidates ?? []) as Obj[]).map((x) => ({ ...((x.candidate ?? {}) as Obj), votes: power(x.votes, "VOTER_CLASS_HOLDERS") }));
    return ctx.page(
      reply,
      "Weighted governance",
      html`<p>Every proposal is tallied by four voter classes, each weighted by the schedule below; see a proposal's page for its breakdown.</p>
<h2>Class weights in force now</h2>${table([...WEIGHT_KEYS], [WEIGHT_KEYS.map((k) => decPct(s.current?.[k]))])}
<h2>Schedule</h2>${table(["from", ...WEIGHT_KEYS], s.schedule.map((x) => [x.start_time, ...WEIGHT_KEYS.map((k) => decPct(x.weights?.[k]))]), "no schedule")}
<h2>Classes</h2>${table(
        ["class", "weight now", "total power", "members"],
        c.classes.map((k) => [className(k.class), decPct(k.weight), power(k.total_power, k.class), String(((k.members ?? []) as Obj[]).length)]),
        "no classes",
      )}
${c.classes.map((k) => {
const ms = ((k.members ?? []) as Obj[]).map((m) => ({ ...m, power: power(m.power, k.class) }));
return html`<h3>${className(k.class)}</h3>${rowsTable(ms, ["address", "power"], "no members")}`;
})}
<h2>Institutions</h2>${rowsTable(c.institutions ?? [], ["name", "address", "weight"], "no institutions appointed")}
<h2>Community-representative election</h2>${kv([
        ["term", String(term.number ?? "")],
        ["term runs", `${String(term.start ?? "")} → ${String(term.end ?? "")}`],
        ["nomination closes", String(term.nomination_end ?? "")],
        ["nomination open", String(e.nomination_open ?? false)],
        ["voting open", String(e.voting_open ?? false)],
        ["seats", String(e.seats ?? "")],
        ["ballots cast", String(e.ballots ?? 0)],
      ])}
<h3>Representatives</h3>${rowsTable((e.representatives ?? []) as Obj[], ["address", "term"], "no representatives seated")}
<h3>Candidates</h3>${rowsTable(cands, ["address", "statement", "votes"], "no candidates nominated")}`,
    );
  });
};
