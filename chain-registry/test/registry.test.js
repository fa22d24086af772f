import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import {
  BTT_BECH32_PREFIX,
  BTT_COIN_TYPE,
  BTT_DECIMALS,
  BTT_DEFAULT_GAS_PRICE,
  BTT_DENOM,
  BTT_DISPLAY_DENOM,
  BTT_LOCALNET_CHAIN_ID,
  BTT_SYMBOL,
  BTT_TESTNET_CHAIN_ID,
} from "@btt/ts-client";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const readJson = (...p) => JSON.parse(readFileSync(join(root, ...p), "utf8"));

/** The vendored schemas say draft-07 but use 2019-09's $defs and min/maxContains; Ajv's default
 * (draft-07) class understands both. Their "$schema" URL is the https form Ajv does not know, so
 * the meta-schema check is skipped and every $ref is resolved inside the vendored file. */
function compile(schemaFile) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, loadSchema: undefined });
  addFormats(ajv);
  const schema = readJson("schemas", schemaFile);
  const validate = ajv.compile(schema);
  return (data) => {
    const ok = validate(data);
    return { ok, errors: ok ? "" : ajv.errorsText(validate.errors, { separator: "\n" }) };
  };
}

const validateChain = compile("chain.schema.json");
const validateAssetlist = compile("assetlist.schema.json");

const networks = readdirSync(root)
  .filter((d) => !["schemas", "test", "node_modules"].includes(d) && statSync(join(root, d)).isDirectory())
  .sort();
const EXPECTED_CHAIN_IDS = { localnet: BTT_LOCALNET_CHAIN_ID, testnet: BTT_TESTNET_CHAIN_ID };

describe("vendored schemas", () => {
  it("reject bad documents (so a pass means something)", () => {
    expect(validateChain({ chain_name: "x", chain_type: "cosmos" }).ok).toBe(false); // no bech32_prefix/chain_id
    expect(validateChain({ chain_name: "x", chain_type: "cosmos", chain_id: "x-1", bech32_prefix: "x", slip44: "118" }).ok).toBe(false);
    expect(validateAssetlist({ chain_name: "x", assets: [{ base: "a" }] }).ok).toBe(false);
    // $refs into $defs are followed: a gas price must be a number, an exponent an integer.
    const chain = readJson("localnet", "chain.json");
    expect(validateChain({ ...chain, fees: { fee_tokens: [{ denom: "abtt", low_gas_price: "1" }] } }).ok).toBe(false);
    const assets = readJson("localnet", "assetlist.json");
    const badUnit = { ...assets.assets[0], denom_units: [{ denom: "abtt", exponent: 0.5 }] };
    expect(validateAssetlist({ ...assets, assets: [badUnit] }).ok).toBe(false);
  });
});

it("covers the localnet and the testnet", () => {
  expect(networks).toEqual(["localnet", "testnet"]);
});

describe.each(networks)("%s", (network) => {
  const chain = readJson(network, "chain.json");
  const assetlist = readJson(network, "assetlist.json");

  it("chain.json is valid against chain.schema.json", () => {
    const r = validateChain(chain);
    expect(r.errors).toBe("");
    expect(r.ok).toBe(true);
  });

  it("assetlist.json is valid against assetlist.schema.json", () => {
    const r = validateAssetlist(assetlist);
    expect(r.errors).toBe("");
    expect(r.ok).toBe(true);
  });

  it("matches the chain's constants", () => {
    expect(chain.chain_id).toBe(EXPECTED_CHAIN_IDS[network]);
    expect(chain.bech32_prefix).toBe(BTT_BECH32_PREFIX);
    expect(chain.bech32_config.bech32PrefixValAddr).toBe(`${BTT_BECH32_PREFIX}valoper`);
    expect(chain.bech32_config.bech32PrefixConsAddr).toBe(`${BTT_BECH32_PREFIX}valcons`);
    expect(chain.slip44).toBe(BTT_COIN_TYPE);
    expect(chain.daemon_name).toBe("bttd");
    expect(chain.staking.staking_tokens).toEqual([{ denom: BTT_DENOM }]);
    const [fee] = chain.fees.fee_tokens;
    expect(chain.fees.fee_tokens).toHaveLength(1);
    expect(fee.denom).toBe(BTT_DENOM);
    // The minimum gas price wallets are told about is the one the client uses by default.
    expect(`${fee.fixed_min_gas_price}${fee.denom}`).toBe(BTT_DEFAULT_GAS_PRICE);
    expect([fee.low_gas_price, fee.average_gas_price, fee.high_gas_price]).toEqual([1e9, 2e9, 4e9]);
  });

  it("describes BTT with base abtt, display btt and exponent 18", () => {
    expect(assetlist.chain_name).toBe(chain.chain_name);
    expect(assetlist.assets).toHaveLength(1);
    const [asset] = assetlist.assets;
    expect(asset.base).toBe(BTT_DENOM);
    expect(asset.display).toBe(BTT_DISPLAY_DENOM);
    expect(asset.symbol).toBe(BTT_SYMBOL);
    expect(asset.type_asset).toBe("sdk.coin");
    const units = Object.fromEntries(asset.denom_units.map((u) => [u.denom, u.exponent]));
    expect(units).toEqual({ [BTT_DENOM]: 0, [BTT_DISPLAY_DENOM]: BTT_DECIMALS });
  });

  it("has endpoints that fit the network", () => {
    const addresses = [...chain.apis.rpc, ...chain.apis.rest, ...chain.apis.grpc].map((e) => e.address);
    if (network === "localnet") {
      expect(addresses).toEqual(["http://127.0.0.1:26657", "http://127.0.0.1:1317", "127.0.0.1:9090"]);
      expect(chain.network_type).toBe("devnet");
    } else {
      // Placeholders under the project's own (example) domain until the public testnet exists.
      for (const a of addresses) expect(a).toMatch(/\.testnet\.btt\.example(:\d+)?$/);
      expect(chain.network_type).toBe("testnet");
    }
  });
});
