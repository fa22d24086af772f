/** Inline SVG charts over heights (no script, no outside asset): bonded ratio, supply, a validator's power. */
import { abttToWholeBtt } from "@btt/ts-client";
import { html, type Safe } from "./html.js";
import type { SnapshotSummary } from "./snapshots.js";

const toBtt = (abtt: string | null) => (abtt === null ? null : Number(abttToWholeBtt(abtt)));

export interface Series {
  label: string;
  color: string;
  points: [number, number | null][];
}

/** A line chart of values over heights as inline SVG (no script, no outside asset); null values break the line. */
export function lineChart(series: Series[], yLabel: (v: number) => string, aria: string): Safe {
  const W = 900, H = 220, left = 80, right = 16, top = 14, bottom = 34;
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]).filter((v): v is number => v !== null));
  if (xs.length === 0 || ys.length === 0) return html`<p class="empty">No snapshot yet.</p>`;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y0 === y1) [y0, y1] = [y0 - Math.max(1, Math.abs(y0) * 0.01), y1 + Math.max(1, Math.abs(y1) * 0.01)];
  const xOf = (x: number) => left + (x1 === x0 ? (W - left - right) / 2 : ((x - x0) / (x1 - x0)) * (W - left - right));
  const yOf = (y: number) => top + (1 - (y - y0) / (y1 - y0)) * (H - top - bottom);
  const path = (pts: [number, number | null][]) => {
    let d = "";
    let pen = false;
    for (const [x, y] of pts) {
      if (y === null) {
        pen = false;
        continue;
      }
      d += `${pen ? "L" : "M"}${xOf(x).toFixed(1)},${yOf(y).toFixed(1)}`;
      pen = true;
    }
    return d;
  };
  const ticks = [0, 0.5, 1].map((f) => y0 + f * (y1 - y0));
  return html`<svg class="chart" viewBox="0 0 ${W} ${H + 20}" width="100%" role="img" aria-label="${aria}">
${ticks.map((t) => html`<line x1="${left}" x2="${W - right}" y1="${yOf(t)}" y2="${yOf(t)}" stroke="#e3e7eb"/><text x="${left - 6}" y="${yOf(t) + 4}" text-anchor="end" font-size="11" fill="#5a6570">${yLabel(t)}</text>`)}
<text x="${left}" y="${H - bottom + 16}" font-size="11" fill="#5a6570">height ${x0}</text><text x="${W - right}" y="${H - bottom + 16}" text-anchor="end" font-size="11" fill="#5a6570">height ${x1}</text>
${series.map((s) => html`<path d="${path(s.points)}" fill="none" stroke="${s.color}" stroke-width="2"/>${s.points.length === 1 && s.points[0][1] !== null ? html`<circle cx="${xOf(s.points[0][0])}" cy="${yOf(s.points[0][1])}" r="3" fill="${s.color}"/>` : ""}`)}
${series.map((s, j) => html`<rect x="${left + j * 220}" y="${H + 4}" width="12" height="12" fill="${s.color}"/><text x="${left + j * 220 + 18}" y="${H + 14}" font-size="12" fill="#17202a">${s.label}</text>`)}
</svg>`;
}

export function bondedRatioChart(snaps: SnapshotSummary[]): Safe {
  return lineChart([{ label: "bonded ratio (% of supply)", color: "#0e3b5c", points: snaps.map((s) => [s.height, s.bondedRatioPercent]) }], (v) => `${v.toFixed(2)}%`, "Bonded ratio over heights");
}

export function supplyChart(snaps: SnapshotSummary[]): Safe {
  return lineChart(
    [
      { label: "circulating (BTT)", color: "#1b7f3b", points: snaps.map((s) => [s.height, toBtt(s.circulating)]) },
      { label: "vesting-locked (BTT)", color: "#e7c65a", points: snaps.map((s) => [s.height, toBtt(s.vestingLocked)]) },
      { label: "bonded (BTT)", color: "#0e3b5c", points: snaps.map((s) => [s.height, toBtt(s.bonded)]) },
    ],
    (v) => `${(v / 1e6).toFixed(2)}M`,
    "Circulating, vesting-locked and bonded BTT over heights",
  );
}

/** A validator's voting power (BTT) over the snapshots, oldest first. */
export function powerChart(points: { height: number; power: string }[]): Safe {
  return lineChart([{ label: "voting power (BTT)", color: "#0e3b5c", points: points.map((p) => [p.height, Number(p.power)]) }], (v) => v.toLocaleString("en-US", { maximumFractionDigits: 0 }), "Voting power over heights");
}

