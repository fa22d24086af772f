// CometRpc against a small JSON-RPC server on 127.0.0.1, and cometTime against CometBFT's own time strings.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fromRfc3339WithNanoseconds } from "@cosmjs/tendermint-rpc";
import { CometRpc, CometRpcError, cometTime } from "../src/comet.js";

describe("cometTime", () => {
  test.each(["2026-12-06T09:13:34.123456789Z", "2026-12-06T09:13:34.1234Z", "2026-12-06T09:13:34.1Z", "2026-12-06T09:13:34Z", "2026-12-06T09:13:30.000001Z"])(
    "gives back CometBFT's string %s",
    (s) => expect(cometTime(fromRfc3339WithNanoseconds(s))).toBe(s),
  );
});

describe("CometRpc", () => {
  let server: Server;
  let url: string;
  let drops = 0;
  const methods: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (drops > 0) {
        drops--;
        return req.socket.destroy();
      }
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const { id, method, params } = JSON.parse(body) as { id: number; method: string; params: Record<string, string> };
        methods.push(method);
        res.setHeader("content-type", "application/json");
        if (method === "net_info") return res.end(JSON.stringify({ jsonrpc: "2.0", id, result: { n_peers: "3", params } }));
        res.end(JSON.stringify({ jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: "height 9 is not available, lowest height is 20" } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("a raw call returns CometBFT's result, after a dropped connection is asked again", async () => {
    drops = 1;
    expect(await new CometRpc(url).call("net_info", { x: "1" })).toEqual({ n_peers: "3", params: { x: "1" } });
    expect(drops).toBe(0);
  });
  test("an error the node answers with is a CometRpcError with its message and data, asked once", async () => {
    methods.length = 0;
    const err = await new CometRpc(url, { attempts: 3 }).comet.block(9).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometRpcError);
    expect(err).toMatchObject({ method: "block", code: -32603, detail: "Internal error height 9 is not available, lowest height is 20" });
    expect(methods).toEqual(["block"]);
  });
  test("no answer at all fails after the given attempts", async () => {
    drops = 2;
    await expect(new CometRpc(url, { attempts: 2, retryDelayMs: 1 }).call("net_info")).rejects.toThrow(/fetch failed/);
    expect(drops).toBe(0);
  });
});
