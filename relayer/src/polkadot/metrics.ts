// Prometheus metrics of the Polkadot side (prom-client), served on /metrics next to /health by serveMetrics.
import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

export function polkadotMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "btt_polkadot_" });
  const r = [registry];
  return {
    registry,
    finalizedBlock: new Gauge({ name: "btt_polkadot_finalized_block", help: "The newest finalized Polkadot block seen", registers: r }),
    scannedBlock: new Gauge({ name: "btt_polkadot_scanned_block", help: "The last finalized Polkadot block read for claims", registers: r }),
    claimsFound: new Counter({ name: "btt_polkadot_claims_found_total", help: "Claims found in finalized blocks, by kind (deposit, withdrawal_executed)", labelNames: ["kind"], registers: r }),
    approvals: new Counter({ name: "btt_polkadot_multisig_approvals_total", help: "asMulti approvals submitted, by action (open, approve, execute)", labelNames: ["action"], registers: r }),
    custodyBalance: new Gauge({ name: "btt_polkadot_custody_balance_planck", help: "Free balance of each custody account (planck)", labelNames: ["custody"], registers: r }),
    errors: new Counter({ name: "btt_polkadot_errors_total", help: "Errors in the loop, by where they happened", labelNames: ["where"], registers: r }),
  };
}

export type PolkadotMetrics = ReturnType<typeof polkadotMetrics>;
