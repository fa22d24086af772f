// A JSON-RPC provider that retries a request whose kept-alive socket the node had already closed (ECONNRESET,
// "socket hang up"): Node ≥ 19 keeps HTTP connections alive by default and Hardhat's server drops idle ones after
// 5 s, so a loop that polls less often would otherwise fail its first request after every pause.
import { StaticJsonRpcProvider } from "@ethersproject/providers";

function isStaleSocket(e: unknown): boolean {
  const s = e instanceof Error ? `${e.message} ${JSON.stringify((e as { serverError?: unknown }).serverError ?? "")}` : String(e);
  return /ECONNRESET|socket hang up|EPIPE/.test(s);
}

export class RetryingJsonRpcProvider extends StaticJsonRpcProvider {
  constructor(url: string, chainId: number) {
    super(url, chainId);
    this.pollingInterval = 250;
  }

  override async send(method: string, params: Array<unknown>): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    for (let attempt = 0; ; attempt++) {
      try {
        return await super.send(method, params);
      } catch (e) {
        if (attempt >= 3 || !isStaleSocket(e)) throw e;
      }
    }
  }
}
