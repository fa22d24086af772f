import { Secp256k1, sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { MsgRecordActivity } from "./generated/btt/health/v1/tx.js";
import { VerificationSource } from "./generated/btt/health/v1/types.js";

const encoder = new TextEncoder();

/** Lower-case hex sha256 of the evidence kept off-chain (what MsgRecordActivity carries; never the data). */
export function evidenceHashOf(evidence: Uint8Array | string): string {
  return toHex(sha256(typeof evidence === "string" ? encoder.encode(evidence) : evidence));
}

export interface DeviceReading {
  readonly chainId: string;
  readonly deviceId: string;
  /** Must exceed the device's last accepted nonce (bttd q health devices). */
  readonly nonce: bigint;
  readonly patient: string;
  readonly activityCode: string;
  readonly evidenceHash: string;
}

/** The canonical bytes a device key signs (the chain's types.DeviceSignBytes). */
export function deviceSignBytes(r: DeviceReading): Uint8Array {
  return encoder.encode(
    ["btt-health-device-reading/v1", r.chainId, r.deviceId, r.nonce.toString(), r.patient, r.activityCode, r.evidenceHash].join("\n"),
  );
}

/** The device's 64-byte (r||s) signature of sha256(deviceSignBytes(reading)) with its raw private key. */
export function signDeviceReading(reading: DeviceReading, devicePrivkey: Uint8Array): Uint8Array {
  const sig = Secp256k1.createSignature(sha256(deviceSignBytes(reading)), devicePrivkey);
  return new Uint8Array([...sig.r(32), ...sig.s(32)]);
}

/** The compressed public key governance registers for a device (MsgRegisterDevice.pub_key). */
export function devicePubkey(devicePrivkey: Uint8Array): Uint8Array {
  return Secp256k1.compressPubkey(Secp256k1.makeKeypair(devicePrivkey).pubkey);
}

/** A device-signed MsgRecordActivity that any relayer (`relayer`) may submit. */
export function deviceReadingMsg(relayer: string, reading: DeviceReading, devicePrivkey: Uint8Array): EncodeObject {
  return {
    typeUrl: "/btt.health.v1.MsgRecordActivity",
    value: MsgRecordActivity.fromPartial({
      signer: relayer,
      patient: reading.patient,
      activityCode: reading.activityCode,
      evidenceHash: reading.evidenceHash,
      source: VerificationSource.VERIFICATION_SOURCE_DEVICE,
      deviceId: reading.deviceId,
      nonce: reading.nonce,
      deviceSignature: signDeviceReading(reading, devicePrivkey),
    }),
  };
}
