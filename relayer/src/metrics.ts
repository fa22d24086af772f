// Prometheus metrics of the relayer, served on /metrics with prom-client.
import { createServer, type Server } from "node:http";
import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

export function relayerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "btt_relayer_" });
  return {
    registry,
    relayed: new Counter({ name: "btt_relayer_packets_relayed_total", help: "Packets relayed, by path, direction and kind (recv, ack, timeout)", labelNames: ["path", "direction", "kind"], registers: [registry] }),
    pending: new Gauge({ name: "btt_relayer_packets_pending", help: "Packets and acks waiting to be relayed", labelNames: ["path", "direction", "kind"], registers: [registry] }),
    skipped: new Counter({ name: "btt_relayer_packets_skipped_total", help: "Packets not relayed, by reason (relayed-by-another, failed)", labelNames: ["path", "reason"], registers: [registry] }),
    fees: new Gauge({ name: "btt_relayer_fees_spent", help: "Fees spent by this process, in the fee denom's base unit", labelNames: ["chain"], registers: [registry] }),
    clientAge: new Gauge({ name: "btt_relayer_client_age_seconds", help: "Seconds since the client's latest consensus state", labelNames: ["chain", "client"], registers: [registry] }),
    balance: new Gauge({ name: "btt_relayer_balance", help: "Relayer account balance of the fee denom, base units", labelNames: ["chain"], registers: [registry] }),
    lowBalance: new Gauge({ name: "btt_relayer_low_balance", help: "1 when the balance is below the chain's minBalance", labelNames: ["chain"], registers: [registry] }),
  };
}

export type RelayerMetrics = ReturnType<typeof relayerMetrics>;

/** A bare HTTP server for /metrics and /health (nothing else is served). */
export function serveMetrics(m: { registry: Registry }, host: string, port: number, health: () => Record<string, unknown>): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/metrics") {
      m.registry.metrics().then((body) => {
        res.writeHead(200, { "content-type": m.registry.contentType });
        res.end(body);
      }, () => {
        res.writeHead(500);
        res.end();
      });
    } else if (req.method === "GET" && req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(health()));
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"error":"not found"}');
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
