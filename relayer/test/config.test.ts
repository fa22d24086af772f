// The config file: schema errors are clear, chain facts come from chain-registry/, paths name real chains.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig, parseConfig } from "../src/config.js";
import { packetsInEvents, parseHeight, timedOut } from "../src/packets.js";
import { expectedSequence, revisionNumberOf } from "../src/chain.js";

const chains = `
chains:
  - name: one
    chainId: btt-localnet-1
    key: { mnemonicFile: m.txt }
  - name: two
    chainId: other-2
    rpc: http://127.0.0.1:27857
    gasPrice: 0.025uother
    prefix: other
    key: { keyring: { home: kr, name: relayer } }
`;

describe("relayer config", () => {
  test("fills chain facts from chain-registry and resolves paths relative to the file", () => {
    const cfg = parseConfig(`${chains}paths: [{ name: p, a: one, b: two }]\n`, "/etc/relayer");
    const [one, two] = cfg.chains;
    // from chain-registry/localnet/chain.json
    expect(one.prefix).toBe("btt");
    expect(one.rpc).toMatch(/^http:\/\/127\.0\.0\.1:26657/);
    expect(one.gasPrice).toMatch(/^[0-9]+abtt$/);
    expect(one.key).toEqual({ mnemonicFile: "/etc/relayer/m.txt" });
    expect(two.key).toEqual({ keyring: { home: "/etc/relayer/kr", name: "relayer" } });
    expect(cfg.paths[0]).toEqual({ name: "p", a: "one", b: "two", port: "transfer", version: "ics20-1" });
    expect(cfg.stateDir).toBe("/etc/relayer/.relayer");
  });

  test("refuses bad files with a message that names the problem", () => {
    const bad: [string, RegExp][] = [
      ["chains: [", /not valid YAML/],
      ["chains: []\npaths: []\n", /chains must NOT have fewer than 2 items/],
      [`${chains}paths: [{ name: p, a: one, b: three }]\n`, /no chain named three/],
      [`${chains}paths: [{ name: p, a: one, b: one }]\n`, /both ends are one/],
      [`${chains}paths: [{ name: p, a: one, b: two }]\nsurprise: 1\n`, /must NOT have additional properties/],
      [chains.replace("chainId: other-2", "chainId: 'bad id!'") + "paths: [{ name: p, a: one, b: two }]\n", /chainId must match pattern/],
      [chains.replace("key: { mnemonicFile: m.txt }", "key: {}") + "paths: [{ name: p, a: one, b: two }]\n", /config is invalid/],
      [chains.replace("name: two", "name: one") + "paths: [{ name: p, a: one, b: one }]\n", /used twice/],
      [chains.replace("chainId: btt-localnet-1", "chainId: unknown-9") + "paths: [{ name: p, a: one, b: two }]\n", /no rpc given/],
    ];
    for (const [text, msg] of bad) {
      expect(() => parseConfig(text, "/x")).toThrow(ConfigError);
      expect(() => parseConfig(text, "/x")).toThrow(msg);
    }
    expect(() => loadConfig(join(tmpdir(), "does-not-exist.yaml"))).toThrow(/does not exist/);
  });

  test("JSON is YAML too", () => {
    const dir = mkdtempSync(join(tmpdir(), "relayer-config-"));
    const f = join(dir, "c.json");
    writeFileSync(f, JSON.stringify({ chains: [{ name: "a", chainId: "x-1", rpc: "http://h:1", gasPrice: "1uatom", key: { mnemonicFile: "m" } }, { name: "b", chainId: "y-2", rpc: "http://h:2", gasPrice: "1uatom", key: { mnemonicFile: "m" } }], paths: [{ name: "ab", a: "a", b: "b" }] }));
    const cfg = loadConfig(f);
    expect(cfg.chains.map((c) => c.chainId)).toEqual(["x-1", "y-2"]);
    expect(cfg.chains[0].key).toEqual({ mnemonicFile: join(dir, "m") });
  });
});

describe("packets from ibc-go v10 events", () => {
  const attrs = (o: Record<string, string>) => Object.entries(o).map(([key, value]) => ({ key, value }));
  const base = {
    packet_sequence: "7", packet_src_port: "transfer", packet_src_channel: "channel-0", packet_dst_port: "transfer", packet_dst_channel: "channel-1",
    packet_data_hex: "7b7d", packet_timeout_height: "2-150", packet_timeout_timestamp: "1700000000000000000",
  };

  test("send_packet and write_acknowledgement decode to packets with their bytes", () => {
    const { sent, acks } = packetsInEvents([
      { type: "send_packet", attributes: attrs(base) },
      { type: "write_acknowledgement", attributes: attrs({ ...base, packet_ack_hex: "7b22726573756c74223a2241513d3d227d" }) },
      { type: "message", attributes: attrs({ module: "ibc_channel" }) },
    ], 12);
    expect(sent).toHaveLength(1);
    expect(sent[0].height).toBe(12);
    expect(sent[0].packet.sequence).toBe(7n);
    expect(Buffer.from(sent[0].packet.data).toString()).toBe("{}");
    expect(sent[0].packet.timeoutHeight).toEqual({ revisionNumber: 2n, revisionHeight: 150n });
    expect(Buffer.from(acks[0].ack).toString()).toBe('{"result":"AQ=="}');
  });

  test("an event without packet_data_hex (the pre-v9 shape) is an error, not a silent skip", () => {
    const { packet_data_hex: _omit, ...old } = base;
    expect(() => packetsInEvents([{ type: "send_packet", attributes: attrs({ ...old, packet_data: "{}" }) }], 1)).toThrow(/packet_data_hex/);
    expect(() => parseHeight("12")).toThrow(/bad IBC height/);
    // the relayer's scan skips such an event (and reports it) but keeps the good ones of the block
    const bad: string[] = [];
    const { sent } = packetsInEvents([
      { type: "send_packet", attributes: attrs({ ...old, packet_data: "{}" }) },
      { type: "send_packet", attributes: attrs({ ...base, packet_timeout_height: "garbage" }) },
      { type: "send_packet", attributes: attrs(base) },
    ], 1, (type, err) => bad.push(`${type}: ${err.message}`));
    expect(sent.map((s) => s.packet.sequence)).toEqual([7n]);
    expect(bad).toEqual(["send_packet: packet event without packet_data_hex", 'send_packet: bad IBC height "garbage"']);
  });

  test("timeouts by height (same revision) and by timestamp", () => {
    const [{ packet }] = packetsInEvents([{ type: "send_packet", attributes: attrs(base) }], 1).sent;
    const h = (rev: bigint, height: bigint) => ({ revisionNumber: rev, revisionHeight: height });
    expect(timedOut(packet, h(2n, 149n), 0n)).toBe(false);
    expect(timedOut(packet, h(2n, 150n), 0n)).toBe(true);
    expect(timedOut(packet, h(3n, 1n), 0n)).toBe(true);
    expect(timedOut(packet, h(2n, 1n), 1700000000000000000n)).toBe(true);
    expect(timedOut({ ...packet, timeoutHeight: h(0n, 0n), timeoutTimestamp: 0n }, h(9n, 9n), 10n ** 30n)).toBe(false);
    expect(revisionNumberOf("btt-localnet-2")).toBe(2n);
    expect(revisionNumberOf("localchain")).toBe(0n);
  });
});

describe("sequence recovery", () => {
  test("reads the sequence a node expects from its mismatch error, and nothing from other errors", () => {
    expect(expectedSequence("account sequence mismatch, expected 42, got 44: incorrect account sequence")).toBe(42);
    expect(expectedSequence("Broadcasting transaction failed with code 32 (codespace: sdk). Log: account sequence mismatch, expected 7, got 6: incorrect account sequence")).toBe(7);
    expect(expectedSequence("insufficient fees; got: 1abtt required: 2abtt")).toBeUndefined();
  });
});
