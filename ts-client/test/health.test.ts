import { describe, expect, it } from "@jest/globals";
import { fromHex, toBase64 } from "@cosmjs/encoding";
import { createBttAminoTypes, deviceReadingMsg, devicePubkey, deviceSignBytes, evidenceHashOf, signDeviceReading } from "../src/index.js";

// The chain's vector (chain/x/health/types/health_test.go).
const KEY = fromHex("0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000");
const READING = {
  chainId: "btt-localnet-1",
  deviceId: "scanner-7",
  nonce: 42n,
  patient: "btt1ezl4us2wcf23apmu02suvy3yq77sksgu6gr0sv",
  activityCode: "dental-checkup",
  evidenceHash: evidenceHashOf("check-up 2026-01-02 chair 3"),
};

describe("device readings", () => {
  it("hash evidence like the chain", () => {
    expect(READING.evidenceHash).toBe("013bede5a8eb0552bd8be24dd97df5e3d73416add18a5f46512dcd3ac42a3762");
  });

  it("sign the chain's canonical bytes with the same signature", () => {
    expect(new TextDecoder().decode(deviceSignBytes(READING))).toBe(
      `btt-health-device-reading/v1\nbtt-localnet-1\nscanner-7\n42\n${READING.patient}\ndental-checkup\n${READING.evidenceHash}`,
    );
    expect(toBase64(devicePubkey(KEY))).toBe("AsDUXMknbKkm7lUV4uUSjFHmW+h/cKmWs9O9WzeibaM2");
    expect(toBase64(signDeviceReading(READING, KEY))).toBe(
      "DGbOrpwg/0MrZXAbM9NYjiKYBxiiQBi5rK+WA2S6J8MW8ii96hT70PIz0Gat5xI12Vj0mdsaYreIA1E+BI0HUQ==",
    );
  });

  it("build a MsgRecordActivity any relayer can sign, in amino-json too", () => {
    const msg = deviceReadingMsg("btt1relayer", READING, KEY);
    const amino = createBttAminoTypes().toAmino(msg);
    expect(amino.type).toBe("btt/health/MsgRecordActivity");
    expect(amino.value.nonce).toBe("42");
    expect(amino.value.source).toBe(3);
    expect(amino.value.device_signature).toBe(toBase64(signDeviceReading(READING, KEY)));
  });
});
