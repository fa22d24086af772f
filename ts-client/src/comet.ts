/**
 * The one CometBFT RPC client of the TypeScript packages: cosmjs's `Comet38Client` (JSON-RPC over HTTP POST, responses
 * decoded into typed objects) on an HTTP transport with a request timeout and a retry for a request that got no answer
 * (a kept-alive socket the node closed while idle fails the next request on it at once), plus raw calls for the two
 * methods `Comet38Client` does not wrap (`net_info`, `consensus_params`). An error the node answers with is a
 * `CometRpcError` carrying CometBFT's message and data, retried only where the caller asks (retryErrors).
 */
import { Comet38Client, HttpClient, type ReadonlyDateWithNanoseconds } from "@cosmjs/tendermint-rpc";

export interface CometRpcOptions {
  /** Timeout of one request in ms (default 15 000). */
  timeoutMs?: number;
  /** Attempts in all for a request that got no answer (default 3). */
  attempts?: number;
  /** The pause before attempt n + 1 is retryDelayMs · n (default 50 ms). */
  retryDelayMs?: number;
  /** Whether a timed-out request is tried again too (default false: it has waited long enough). */
  retryTimeouts?: boolean;
  /** Whether an error the node answers with is tried again too (default false), for callers that poll a node through transient errors. */
  retryErrors?: boolean;
}

/** A JSON-RPC error the node answered with; `detail` is CometBFT's message and data, e.g. "Internal error height 3 is not available, lowest height is 120". */
export class CometRpcError extends Error {
  constructor(readonly method: string, readonly code: number | undefined, readonly detail: string) {
    super(`RPC ${method}: ${detail}`);
    this.name = "CometRpcError";
  }
}

type JsonRpcRequest = Parameters<HttpClient["execute"]>[0];
type JsonRpcSuccess = Awaited<ReturnType<HttpClient["execute"]>>;

/** cosmjs's HttpClient throws a node's JSON-RPC error as Error(JSON.stringify(error)): read it back. */
function answeredError(method: string, err: unknown): CometRpcError | undefined {
  if (!(err instanceof Error) || !err.message.startsWith("{")) return undefined;
  try {
    const e = JSON.parse(err.message) as { code?: number; message?: string; data?: string };
    if (typeof e !== "object" || e === null || (e.message === undefined && e.code === undefined)) return undefined;
    return new CometRpcError(method, e.code, `${e.message ?? ""} ${e.data ?? ""}`.trim());
  } catch {
    return undefined;
  }
}

class RetryingHttpClient extends HttpClient {
  constructor(url: string, timeoutMs: number, private readonly opts: Required<Omit<CometRpcOptions, "timeoutMs">>) {
    super(url, timeoutMs);
  }

  override async execute(request: JsonRpcRequest): Promise<JsonRpcSuccess> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.execute(request);
      } catch (err) {
        const answered = answeredError(request.method, err);
        if (answered && (!this.opts.retryErrors || attempt >= this.opts.attempts)) throw answered;
        const timedOut = (err as Error)?.name === "TimeoutError";
        if (attempt >= this.opts.attempts || (timedOut && !this.opts.retryTimeouts)) throw err;
        await new Promise((r) => setTimeout(r, this.opts.retryDelayMs * attempt));
      }
    }
  }
}

export class CometRpc {
  /** The typed client: status, block, blockResults, numUnconfirmedTxs, abciQuery, broadcastTx*, txSearch... */
  readonly comet: Comet38Client;
  private readonly http: RetryingHttpClient;
  private nextId = 1;

  constructor(readonly url: string, opts: CometRpcOptions = {}) {
    this.http = new RetryingHttpClient(url.replace(/\/$/, ""), opts.timeoutMs ?? 15_000, {
      attempts: opts.attempts ?? 3,
      retryDelayMs: opts.retryDelayMs ?? 50,
      retryTimeouts: opts.retryTimeouts ?? false,
      retryErrors: opts.retryErrors ?? false,
    });
    this.comet = Comet38Client.create(this.http);
  }

  /** A method by name (for those Comet38Client does not wrap: net_info, consensus_params), its `result` as CometBFT's JSON (snake_case, numbers as strings). */
  async call<T>(method: string, params: JsonRpcRequest["params"] = {}): Promise<T> {
    const res = await this.http.execute({ jsonrpc: "2.0", id: this.nextId++, method, params });
    return res.result as T;
  }

  disconnect(): void {
    this.comet.disconnect();
  }
}

/** CometBFT's JSON form of a time (Go's RFC 3339 with nanoseconds, trailing fractional zeros dropped) from the Date with nanoseconds that Comet38Client decodes. */
export function cometTime(d: ReadonlyDateWithNanoseconds): string {
  const ms = d.toISOString(); // 2026-01-01T00:00:00.123Z
  const frac = `${ms.slice(20, 23)}${String(d.nanoseconds ?? 0).padStart(6, "0")}`.replace(/0+$/, "");
  return `${ms.slice(0, 19)}${frac ? `.${frac}` : ""}Z`;
}
