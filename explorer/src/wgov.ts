/**
 * x/wgov pages and API: the four voter classes with their members and power, the dated class-weight
 * schedule, the representative election, and every proposal's per-class tally breakdown (live while it is
 * voted on, final after), which the proposal page shows beside x/gov's own tally.
 */
import type { FastifyPluginAsync } from "fastify";
import { btt } from "@btt/ts-client";
import { btt as bttAmount, html, kv, table, type Safe } from "./html.js";
import { decPct, enumLabel, rowsTable, timestamp, type Cells } from "./view.js";

const w = btt.wgov.v1;
type TallyBreakdown = btt.wgov.v1.TallyBreakdown;
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;
const OPTIONS = ["yes", "no", "abstain", "noWithVeto"] as const;
const WEIGHT_KEYS = ["institutions", "compute", "holders", "community"] as const;
const className = (c: btt.wgov.v1.VoterClass) => enumLabel(w.voterClassToJSON(c), "VOTER_CLASS_").toLowerCase();

/** A LegacyDec power with at most 6 decimals ("19"); the holders' is bonded abtt, shown in BTT. */
function power(v: string, cls?: btt.wgov.v1.VoterClass): Safe | string {
  const d = v || "0";
  if (cls === w.VoterClass.VOTER_CLASS_HOLDERS) return bttAmount(d.split(".")[0] || "0");
  return Number(d).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** The proposal page's section: x/wgov's weighted tally of one proposal, class by class. */
export function tallyBreakdown(t: TallyBreakdown): Safe {
  return html`<h2>Weighted tally by class (${t.final ? "final" : "live"})</h2>
${table(
  ["class", "scheduled weight", "effective weight", "class power", "voters", "yes", "no", "abstain", "no with veto"],
  t.classes.map((c) => [className(c.class), decPct(c.weight), decPct(c.effectiveWeight), power(c.totalPower, c.class), String(c.voters), ...OPTIONS.map((o) => decPct(c.fractions[o]))]),
  "no classes",
)}
${kv([
  ["weights in force at", timestamp(t.weightsAt)],
  ["weighted yes / no / abstain / veto", OPTIONS.map((o) => decPct(t.weighted[o])).join(" / ")],
  ["weighted participation", html`${decPct(t.participation)} (quorum ${decPct(t.quorum)}: ${t.quorumReached ? html`<span class="ok">reached</span>` : html`<span class="fail">not reached</span>`})`],
  ["threshold (yes of yes+no+veto)", decPct(t.threshold)],
  ["veto threshold", html`${decPct(t.vetoThreshold)}${t.vetoed ? html` <span class="fail">vetoed</span>` : ""}`],
  ["outcome", html`<span class="${t.passes ? "ok" : "fail"}">${t.outcome || (t.passes ? "passes" : "fails")}</span>`],
])}
<p>A class's fractions are of that class's total power; each class counts with its effective weight (a class with no power hands its weight to the others pro rata).</p>`;
}

export const wgovPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/governance", label: "Governance" });
  const q = () => ctx.chain.client.btt.wgov.v1;
  const tally = (id: number) => q().tally({ proposalId: BigInt(id) }).then((r) => r.tally);
  ctx.proposalSections.push(async (id) => {
    const t = await tally(id).catch(() => undefined);
    return t ? tallyBreakdown(t) : undefined;
  });

  app.get("/api/v1/wgov/classes", { schema: { tags: ["gov"], summary: "The four voter classes: members and their power now" } }, async () => w.QueryClassesResponse.toJSON(await q().classes()));
  app.get("/api/v1/wgov/schedule", { schema: { tags: ["gov"], summary: "Class weights by date, and the weights in force now" } }, async () => w.QueryScheduleResponse.toJSON(await q().schedule()));
  app.get("/api/v1/wgov/election", { schema: { tags: ["gov"], summary: "Community-representative election: term, candidates, votes, seats" } }, async () => w.QueryElectionResponse.toJSON(await q().election()));
  app.get<{ Params: { id: number } }>(
    "/api/v1/proposals/:id/classes",
    { schema: { tags: ["gov"], summary: "A proposal's weighted tally broken down by voter class (live during voting, final after)", params: ID } },
    async (req) => ({ tally: w.TallyBreakdown.toJSON(await tally(req.params.id)) }),
  );

  app.get("/governance", { schema: { hide: true } }, async (_req, reply) => {
    const [c, s, e] = await Promise.all([q().classes(), q().schedule(), q().election()]);
    const cands = e.candidates.map((x) => ({ ...x.candidate, votes: x.votes }));
    const CANDIDATE: Cells<(typeof cands)[number]> = { votes: (v) => power(v, w.VoterClass.VOTER_CLASS_HOLDERS), bond: (v) => bttAmount(v || "0") };
    return ctx.page(
      reply,
      "Weighted governance",
      html`<p>Every proposal is tallied by four voter classes, each weighted by the schedule below; see a proposal's page for its breakdown.</p>
<h2>Class weights in force now</h2>${table([...WEIGHT_KEYS], [WEIGHT_KEYS.map((k) => decPct(s.current[k]))])}
<h2>Schedule</h2>${table(["from", ...WEIGHT_KEYS], s.schedule.map((x) => [timestamp(x.startTime), ...WEIGHT_KEYS.map((k) => decPct(x.weights[k]))]), "no schedule")}
<h2>Classes</h2>${table(
        ["class", "weight now", "total power", "members"],
        c.classes.map((k) => [className(k.class), decPct(k.weight), power(k.totalPower, k.class), String(k.members.length)]),
        "no classes",
      )}
${c.classes.map((k) => html`<h3>${className(k.class)}</h3>${rowsTable(k.members, ["address", "power"], { power: (v) => power(v, k.class) }, "no members")}`)}
<h2>Institutions</h2>${rowsTable(c.institutions, ["name", "address", "weight"], { weight: (v) => power(v) }, "no institutions appointed")}
<h2>Community-representative election</h2>${kv([
        ["term", e.term.number.toString()],
        ["term runs", `${timestamp(e.term.start)} → ${timestamp(e.term.end)}`],
        ["nomination closes", timestamp(e.term.nominationEnd)],
        ["nomination open", String(e.nominationOpen)],
        ["voting open", String(e.votingOpen)],
        ["seats", String(e.seats)],
        ["ballots cast", String(e.ballots)],
      ])}
<h3>Representatives</h3>${rowsTable(e.representatives, ["address", "term"], {}, "no representatives seated")}
<h3>Candidates</h3>${rowsTable(cands, ["address", "statement", "votes"], CANDIDATE, "no candidates nominated")}`,
    );
  });
};
