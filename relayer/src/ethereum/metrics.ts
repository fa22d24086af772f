// Prometheus metrics of the orchestrator and the bridge relayer (prom-client), served on /metrics next to /health by
// the relayer's serveMetrics.
import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

export function bridgeMetrics(role: "orchestrator" | "relayer") {
  const registry = new Registry();
  registry.setDefaultLabels({ role });
  collectDefaultMetrics({ register: registry, prefix: "btt_bridge_" });
  const r = [registry];
  return {
    registry,
    claimsSubmitted: new Counter({ name: "btt_bridge_claims_submitted_total", help: "Ethereum event claims submitted to BTT, by kind (deposit, batch_executed, valset_updated)", labelNames: ["kind"], registers: r }),
    confirmsSigned: new Counter({ name: "btt_bridge_confirms_signed_total", help: "Valset and batch confirmations signed and submitted, by kind (valset, batch)", labelNames: ["kind"], registers: r }),
    batchesRelayed: new Counter({ name: "btt_bridge_batches_relayed_total", help: "Batches this relayer executed on Ethereum", labelNames: ["token"], registers: r }),
    valsetsRelayed: new Counter({ name: "btt_bridge_valsets_relayed_total", help: "Valset updates this relayer executed on Ethereum", registers: r }),
    batchesSkipped: new Counter({ name: "btt_bridge_batches_skipped_total", help: "Batches not relayed, by reason (unprofitable, not_signed, executed, timed_out, gas_price)", labelNames: ["reason"], registers: r }),
    ethGasSpent: new Counter({ name: "btt_bridge_eth_gas_spent_wei_total", help: "Wei this relayer spent on Ethereum gas", registers: r }),
    lastEthBlock: new Gauge({ name: "btt_bridge_last_ethereum_block", help: "The newest Ethereum block seen (latest, not the confirmed head)", registers: r }),
    lastSafeBlock: new Gauge({ name: "btt_bridge_last_safe_ethereum_block", help: "The newest Ethereum block read for events (latest − confirmations)", registers: r }),
    lastEventNonce: new Gauge({ name: "btt_bridge_last_event_nonce", help: "The last event nonce this validator attested on BTT (orchestrator) / the contract's (relayer)", registers: r }),
    contractValsetNonce: new Gauge({ name: "btt_bridge_contract_valset_nonce", help: "The valset nonce the contract holds", registers: r }),
    txReplaced: new Counter({ name: "btt_bridge_eth_tx_replaced_total", help: "Own Ethereum txs resent with the same nonce and bumped fees (unmined after replaceAfterMs)", registers: r }),
    errors: new Counter({ name: "btt_bridge_errors_total", help: "Errors in the loop, by where they happened", labelNames: ["where"], registers: r }),
  };
}

export type BridgeMetrics = ReturnType<typeof bridgeMetrics>;
