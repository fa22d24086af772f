import { describe, expect, it } from "@jest/globals";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { DirectSecp256k1HdWallet, type EncodeObject } from "@cosmjs/proto-signing";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import {
  BTT_BECH32_PREFIX,
  bttAminoConverters,
  bttHdPath,
  bttRegistryTypes,
  createBttAminoConverters,
  createBttAminoTypes,
  createBttRegistry,
  bttToAbtt,
  btt,
} from "../src/index.js";

// A throw-away mnemonic used only in tests.
const MNEMONIC =
  "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

describe("registry", () => {
  const registry = createBttRegistry();

  it("contains cosmjs' default types, e.g. cosmos bank MsgSend", () => {
    expect(registry.lookupType("/cosmos.bank.v1beta1.MsgSend")).toBe(MsgSend);
    expect(registry.lookupType("/cosmos.staking.v1beta1.MsgDelegate")).toBe(MsgDelegate);
    expect(registry.lookupType("/cosmos.gov.v1.MsgVote")).toBeDefined();
    expect(registry.lookupType("/ibc.applications.transfer.v1.MsgTransfer")).toBeDefined();
  });

  it("contains every generated BTT Msg type", () => {
    for (const [typeUrl, type] of bttRegistryTypes) {
      expect(typeUrl.startsWith("/btt.")).toBe(true);
      expect(registry.lookupType(typeUrl)).toBe(type);
    }
  });

  it("contains the SDK messages cosmjs lacks, e.g. gov v1 MsgCancelProposal", () => {
    expect(registry.lookupType("/cosmos.gov.v1.MsgCancelProposal")).toBeDefined();
    const msg: EncodeObject = { typeUrl: "/cosmos.gov.v1.MsgCancelProposal", value: { proposalId: 7n, proposer: "btt1a" } };
    expect(registry.decode(registry.encodeAsAny(msg))).toEqual(msg.value);
  });

  it("encodes and decodes a MsgSend", () => {
    const msg: EncodeObject = {
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: MsgSend.fromPartial({ fromAddress: "btt1a", toAddress: "btt1b", amount: [{ denom: "abtt", amount: "5" }] }),
    };
    const any = registry.encodeAsAny(msg);
    expect(registry.decode(any)).toEqual(msg.value);
  });
});

describe("amino converters", () => {
  const aminoTypes = createBttAminoTypes();

  it("include cosmjs' defaults and every BTT Msg", () => {
    const converters = createBttAminoConverters();
    expect(converters["/cosmos.bank.v1beta1.MsgSend"]).toBeDefined();
    for (const typeUrl of Object.keys(bttAminoConverters)) expect(converters[typeUrl]).toBeDefined();
    // Every registered BTT Msg must be signable with amino-json, i.e. have an amino name.
    for (const [typeUrl] of bttRegistryTypes) expect(Object.keys(bttAminoConverters)).toContain(typeUrl);
  });

  it("round-trip a bank MsgSend", () => {
    const msg = {
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: MsgSend.fromPartial({ fromAddress: "btt1a", toAddress: "btt1b", amount: [{ denom: "abtt", amount: bttToAbtt("1.5") }] }),
    };
    const amino = aminoTypes.toAmino(msg);
    expect(amino.type).toBe("cosmos-sdk/MsgSend");
    expect(amino.value).toEqual({ from_address: "btt1a", to_address: "btt1b", amount: [{ denom: "abtt", amount: "1500000000000000000" }] });
    expect(aminoTypes.fromAmino(amino)).toEqual(msg);
  });

  it("round-trip every BTT Msg (default-valued) to the same sign bytes", () => {
    // cosmjs broadcasts fromAmino(signed msg); the chain recomputes the amino JSON from those bytes.
    // Exact object equality is not required: an empty `(amino.dont_omitempty)` cosmos.Int prints "0"
    // and comes back as "0" (a valid zero Int on the chain), which signs identically.
    // test/amino.test.ts checks exact round trips and the encoding rules on a test proto.
    for (const [typeUrl, type] of bttRegistryTypes) {
      const value = type.fromPartial({});
      const amino = aminoTypes.toAmino({ typeUrl, value });
      const back = aminoTypes.fromAmino(amino);
      expect(back.typeUrl).toBe(typeUrl);
      expect(aminoTypes.toAmino(back)).toEqual(amino);
    }
  });

  it("sign x/rwa MsgPruneLapsedOrders under its amino name", () => {
    const msg = {
      typeUrl: "/btt.rwa.v1.MsgPruneLapsedOrders",
      value: btt.rwa.v1.MsgPruneLapsedOrders.fromPartial({ signer: "btt1a", assetId: 3n, side: btt.rwa.v1.Side.SIDE_SELL, limit: 200 }),
    };
    expect(createBttRegistry().lookupType(msg.typeUrl)).toBeDefined();
    const amino = aminoTypes.toAmino(msg);
    expect(amino).toEqual({ type: "btt/rwa/MsgPruneLapsedOrders", value: { signer: "btt1a", asset_id: "3", side: 2, limit: 200 } });
    expect(aminoTypes.fromAmino(amino)).toEqual(msg);
  });
});

describe("signers", () => {
  it("derive btt addresses on coin type 118 for direct and amino wallets", async () => {
    const direct = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: BTT_BECH32_PREFIX, hdPaths: [bttHdPath(0)] });
    const amino = await Secp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: BTT_BECH32_PREFIX, hdPaths: [bttHdPath(0)] });
    const [d] = await direct.getAccounts();
    const [a] = await amino.getAccounts();
    expect(d!.address).toMatch(/^btt1[0-9a-z]{38}$/);
    expect(a!.address).toBe(d!.address);
  });
});
