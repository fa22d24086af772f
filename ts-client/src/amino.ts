// Descriptor-driven amino-JSON converters.
//
// scripts/codegen.mjs reads the protobuf descriptors (buf build) and emits, for every message that a
// BTT Msg reaches, an AminoMessageSchema (src/generated/amino-schema.ts). The functions here turn a
// telescope/cosmjs-types object into the JSON that the Cosmos SDK's x/tx aminojson encoder
// (cosmossdk.io/x/tx v0.14, signing/aminojson) produces from the same protobuf bytes, and back.
// Rules mirrored from that encoder (see test/amino.test.ts for one test per rule):
//  - field keys are the proto field names, or `(amino.field_name)`; cosmjs sorts keys when it
//    serialises the sign doc, as the Go encoder does;
//  - a field that is not "set" in protobuf terms (proto3 default scalar, empty bytes/list, absent
//    message) is omitted, unless `(amino.dont_omitempty)`; an unset repeated field kept by
//    dont_omitempty is `null`, or `[]` with `(amino.encoding) = "legacy_coins"`;
//  - int64/uint64 (and the fixed/sint variants) are decimal strings, int32/uint32/enums numbers,
//    bytes standard base64 with padding;
//  - google.protobuf.Timestamp is an RFC 3339 UTC string (fraction only when nanos != 0, trailing
//    zeros trimmed), google.protobuf.Duration the total nanoseconds as a decimal string;
//  - `(cosmos_proto.scalar) = "cosmos.Int"` strings are "0" when empty; "cosmos.Dec" strings backed by
//    cosmossdk.io/math.LegacyDec are printed as a LegacyDec (18 decimals), "0" when empty;
//  - `(amino.encoding) = "inline_json"` bytes are embedded as (sorted) JSON;
//  - a oneof member is written as `"<OneofName>": {"type": <amino.oneof_name>, "value": {<field>: v}}`,
//    an unset oneof as `"<OneofName>": null`; the Go encoder refuses oneofs (and proto3 `optional`
//    fields) without `(amino.oneof_name)`, and so does this;
//  - google.protobuf.Any is `{"type": <amino.name of the packed message, or its type URL>, "value": ...}`;
//    the packed message is decoded and converted by the AminoAnyResolver (see setAminoAnyResolver);
//  - strings with U+2028/U+2029 or lone surrogates are refused: Go escapes them, cosmjs does not;
//  - floats, maps and the message encodings key_field/module_account/threshold_string are refused
//    like (or not implemented like) the Go encoder.
import { Decimal } from "@cosmjs/math";
import type { AminoConverter } from "@cosmjs/stargate";
import { base64FromBytes, bytesFromBase64 } from "cosmjs-types/helpers";

export type AminoFieldKind =
  | "string"
  | "bool"
  | "int32"
  | "uint32"
  | "int64"
  | "uint64"
  | "bytes"
  | "enum"
  | "message"
  | "float"
  | "map";

export interface AminoFieldSchema {
  /** Property name on the TypeScript object (telescope / cosmjs-types). */
  readonly ts: string;
  /** Key in amino JSON: `(amino.field_name)` or the proto field name. */
  readonly json: string;
  readonly kind: AminoFieldKind;
  /** Full proto name of the type of a message field. */
  readonly type?: string;
  readonly repeated?: boolean;
  /** Explicit presence (oneof member or proto3 `optional`): set iff not undefined. */
  readonly presence?: boolean;
  /** `(amino.dont_omitempty) = true`. */
  readonly dontOmitEmpty?: boolean;
  /** `(amino.encoding)` when the Go encoder knows it ("legacy_coins", "inline_json"). */
  readonly encoding?: string;
  /** `(cosmos_proto.scalar)` when the Go encoder applies a scalar encoder to it. */
  readonly scalar?: "cosmos.Int" | "cosmos.Dec";
  /** The TypeScript value is a human-readable decimal ("1.5") that telescope encodes as 18-decimal atomics. */
  readonly tsDec?: boolean;
  /** Oneof (or proto3 optional) membership: JSON name (strcase.ToCamel of the oneof) and `(amino.oneof_name)`. */
  readonly oneof?: { readonly name: string; readonly type?: string };
}

export interface AminoMessageSchema {
  /** `(amino.name)`. */
  readonly name?: string;
  /** `(amino.message_encoding)`. */
  readonly encoding?: string;
  readonly fields: readonly AminoFieldSchema[];
}

export type AminoSchema = Readonly<Record<string, AminoMessageSchema>>;

const TIMESTAMP = "google.protobuf.Timestamp";
const DURATION = "google.protobuf.Duration";
const ANY = "google.protobuf.Any";
const UNSUPPORTED_MESSAGE_ENCODINGS = ["key_field", "module_account", "threshold_string"];

/** Converts the message packed in a google.protobuf.Any to and from its amino JSON ({type, value}). */
export interface AminoAnyResolver {
  toAmino(any: { typeUrl: string; value: Uint8Array }): { type: string; value: unknown };
  fromAmino(json: { type: string; value: unknown }): { typeUrl: string; value: Uint8Array };
}

let anyResolver: AminoAnyResolver | undefined;

/**
 * Sets how Any fields of BTT messages are converted. createBttAminoTypes() and
 * connectBttSigningClient() set one built from their Registry and AminoTypes; call this to use others.
 */
export function setAminoAnyResolver(resolver: AminoAnyResolver | undefined): void {
  anyResolver = resolver;
}

function fail(where: string, what: string): never {
  throw new Error(`amino-json: ${where}: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// Well-known types

const NANOS = 1_000_000_000n;
const MAX_DURATION_SECONDS = 9223372036854775807n / NANOS - 1n;

export function timestampToAmino(t: { seconds: bigint | number | string; nanos: number }, where = TIMESTAMP): string {
  let seconds = BigInt(t.seconds ?? 0);
  let nanos = Number(t.nanos ?? 0);
  if (nanos < 0) fail(where, `nanos must be non-negative on a timestamp, got ${nanos}`);
  // time.Unix(seconds, nanos) normalises nanos >= 1e9.
  seconds += BigInt(Math.floor(nanos / 1e9));
  nanos %= 1e9;
  const date = new Date(Number(seconds) * 1000);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(date.getTime()) || year < 1 || year > 9999) fail(where, `timestamp out of range (year ${year})`);
  const base = date.toISOString().slice(0, 19); // YYYY-MM-DDTHH:MM:SS
  if (nanos === 0) return `${base}Z`; // time.RFC3339
  return `${base}.${String(nanos).padStart(9, "0").replace(/0+$/, "")}Z`; // time.RFC3339Nano
}

export function timestampFromAmino(s: string, where = TIMESTAMP): { seconds: bigint; nanos: number } {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/i.exec(s);
  if (!m) fail(where, `not an RFC 3339 timestamp: ${JSON.stringify(s)}`);
  const ms = Date.parse(`${m[1]}${m[3]!.toUpperCase()}`);
  if (!Number.isFinite(ms)) fail(where, `not an RFC 3339 timestamp: ${JSON.stringify(s)}`);
  return { seconds: BigInt(ms / 1000), nanos: m[2] ? Number(m[2].padEnd(9, "0")) : 0 };
}

export function durationToAmino(d: { seconds: bigint | number | string; nanos: number }, where = DURATION): string {
  const seconds = BigInt(d.seconds ?? 0);
  if (seconds > MAX_DURATION_SECONDS) fail(where, `${seconds} seconds would overflow an int64 when represented as nanoseconds`);
  return (seconds * NANOS + BigInt(d.nanos ?? 0)).toString();
}

export function durationFromAmino(s: string, where = DURATION): { seconds: bigint; nanos: number } {
  if (typeof s !== "string" || !/^-?\d+$/.test(s)) fail(where, `not a duration in nanoseconds: ${JSON.stringify(s)}`);
  const total = BigInt(s);
  return { seconds: total / NANOS, nanos: Number(total % NANOS) };
}

// ---------------------------------------------------------------------------------------------
// cosmos.Dec (LegacyDec: 18 decimal places)

/** LegacyDec.String() of the given atomics (integer text scaled by 10^18). */
function legacyDecString(atomics: string, where: string): string {
  if (!/^-?\d+$/.test(atomics)) fail(where, `not a LegacyDec: ${JSON.stringify(atomics)}`);
  let n = BigInt(atomics);
  const neg = n < 0n;
  if (neg) n = -n;
  const digits = n.toString().padStart(19, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

function decToAmino(f: AminoFieldSchema, v: unknown, where: string): string {
  let text: string;
  if (v instanceof Uint8Array) text = new TextDecoder().decode(v);
  else if (typeof v === "string") text = v;
  else fail(where, `unsupported type for cosmos.Dec: ${typeof v}`);
  if (text === "") return "0";
  const atomics = f.tsDec ? Decimal.fromUserInput(text, 18).atomics : text;
  return legacyDecString(atomics, where);
}

function decFromAmino(f: AminoFieldSchema, s: unknown, where: string): string | Uint8Array {
  if (typeof s !== "string") fail(where, `expected a decimal string, got ${JSON.stringify(s)}`);
  // "0" is what an empty (unset) Dec prints as; any set Dec prints with 18 decimals.
  let out: string;
  if (s === "0") out = "";
  else {
    const d = Decimal.fromUserInput(s, 18);
    out = f.tsDec ? d.toString() : d.atomics;
  }
  return f.kind === "bytes" ? new TextEncoder().encode(out) : out;
}

// ---------------------------------------------------------------------------------------------
// Presence and defaults

function isSet(f: AminoFieldSchema, v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (f.repeated) return (v as unknown[]).length > 0;
  if (f.kind === "map") return (v instanceof Map ? v.size : Object.keys(v as object).length) > 0;
  if (f.presence || f.kind === "message") return true;
  switch (f.kind) {
    case "string":
      return v !== "";
    case "bool":
      return v === true;
    case "bytes":
      return (v as Uint8Array).length > 0;
    case "int64":
    case "uint64":
      return BigInt(v as bigint) !== 0n;
    default:
      return Number(v) !== 0;
  }
}

function defaultValue(f: AminoFieldSchema): unknown {
  if (f.repeated) return [];
  if (f.kind === "map") return {};
  if (f.presence || f.kind === "message") return undefined;
  switch (f.kind) {
    case "string":
      return "";
    case "bool":
      return false;
    case "bytes":
      return new Uint8Array();
    case "int64":
    case "uint64":
      return BigInt(0);
    default:
      return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// toAmino

/**
 * The chain's encoder (Go encoding/json) escapes U+2028/U+2029 and writes a lone surrogate (invalid
 * UTF-8 on the wire) as U+FFFD; cosmjs' serializeSignDoc does neither, so such a string would be signed
 * over different bytes than the chain verifies. Refuse it rather than produce a tx that cannot verify.
 */
function checkSignableString(s: string, where: string): string {
  if (/[\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) {
    fail(where, "strings with U+2028, U+2029 or a lone surrogate cannot be amino-signed (cosmjs and the SDK escape them differently)");
  }
  return s;
}

function scalarToAmino(schema: AminoSchema, f: AminoFieldSchema, v: unknown, where: string): unknown {
  switch (f.kind) {
    case "string":
      return checkSignableString(v as string, where);
    case "bool":
      return Boolean(v);
    case "int32":
    case "uint32":
    case "enum":
      return Number(v);
    case "int64":
    case "uint64":
      return BigInt(v as bigint).toString();
    case "bytes":
      return base64FromBytes(v as Uint8Array);
    case "message":
      return messageToAmino(schema, f.type!, v, where);
    case "float":
      return fail(where, "floats are not supported");
    case "map":
      return fail(where, "maps are not supported");
  }
}

function fieldValueToAmino(schema: AminoSchema, f: AminoFieldSchema, v: unknown, set: boolean, where: string): unknown {
  if (f.encoding === "legacy_coins") {
    const list = (v ?? []) as unknown[];
    return list.map((x) => scalarToAmino(schema, f, x, where));
  }
  if (f.encoding === "inline_json") {
    if (!(v instanceof Uint8Array)) fail(where, "inline_json needs a bytes field");
    return JSON.parse(checkSignableString(new TextDecoder().decode(v), where));
  }
  if (f.scalar) {
    if (f.repeated) fail(where, `unsupported type protoreflect.List for ${f.scalar}`);
    if (f.scalar === "cosmos.Int") {
      const s = v instanceof Uint8Array ? new TextDecoder().decode(v) : (v as string | undefined) ?? "";
      return s === "" ? "0" : s;
    }
    return decToAmino(f, v ?? "", where);
  }
  if (f.repeated) {
    if (!set) return null; // an empty protoreflect.List is not valid: "null"
    return (v as unknown[]).map((x) => scalarToAmino(schema, f, x, where));
  }
  if (!set && f.kind !== "message") v = defaultValue(f); // dont_omitempty on an unset scalar
  return scalarToAmino(schema, f, v, where);
}

/** Amino JSON of a message of proto type `typeName` (without the {type, value} envelope). */
export function messageToAmino(schema: AminoSchema, typeName: string, value: unknown, where = typeName): unknown {
  if (typeName === TIMESTAMP) return timestampToAmino(value as never, where);
  if (typeName === DURATION) return durationToAmino(value as never, where);
  if (typeName === ANY) {
    const any = value as { typeUrl?: string; value?: Uint8Array };
    if (!anyResolver) fail(where, "no AminoAnyResolver for google.protobuf.Any (see setAminoAnyResolver)");
    return anyResolver.toAmino({ typeUrl: any.typeUrl ?? "", value: any.value ?? new Uint8Array() });
  }
  const m = schema[typeName] ?? fail(where, `no amino schema for ${typeName}`);
  if (m.encoding && UNSUPPORTED_MESSAGE_ENCODINGS.includes(m.encoding)) {
    fail(where, `(amino.message_encoding) = "${m.encoding}" is not supported`);
  }
  const obj = (value ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const oneofSet = new Set<string>();
  for (const f of m.fields) {
    if (f.oneof) {
      if (f.oneof.type === undefined) {
        fail(`${typeName}.${f.json}`, "field within a oneof must have the amino.oneof_name option set");
      }
      if (isSet(f, obj[f.ts])) oneofSet.add(f.oneof.name);
    }
  }
  const emptyOneofWritten = new Set<string>();
  for (const f of m.fields) {
    const where = `${typeName}.${f.json}`;
    const v = obj[f.ts];
    const set = isSet(f, v);
    if (!set) {
      if (f.oneof && !oneofSet.has(f.oneof.name) && !emptyOneofWritten.has(f.oneof.name)) {
        emptyOneofWritten.add(f.oneof.name);
        out[f.oneof.name] = null;
        continue;
      }
      if (!f.dontOmitEmpty) continue;
      if (f.kind === "message" && !f.repeated) {
        fail(where, "not supported: dont_omit_empty=true on invalid (nil?) message field");
      }
    }
    const encoded = fieldValueToAmino(schema, f, v, set, where);
    if (f.oneof) out[f.oneof.name] = { type: f.oneof.type, value: { [f.json]: encoded } };
    else out[f.json] = encoded;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// fromAmino

function scalarFromAmino(schema: AminoSchema, f: AminoFieldSchema, j: unknown, where: string): unknown {
  switch (f.kind) {
    case "string":
      if (typeof j !== "string") fail(where, `expected a string, got ${JSON.stringify(j)}`);
      return j;
    case "bool":
      return j === true;
    case "int32":
    case "uint32":
    case "enum":
      return Number(j);
    case "int64":
    case "uint64":
      return BigInt(j as string);
    case "bytes":
      if (typeof j !== "string") fail(where, `expected base64, got ${JSON.stringify(j)}`);
      return bytesFromBase64(j);
    case "message":
      return messageFromAmino(schema, f.type!, j, where);
    default:
      return fail(where, `${f.kind} fields are not supported`);
  }
}

function fieldValueFromAmino(schema: AminoSchema, f: AminoFieldSchema, j: unknown, where: string): unknown {
  if (j === undefined || j === null) return defaultValue(f);
  if (f.encoding === "inline_json") return new TextEncoder().encode(JSON.stringify(j));
  if (f.scalar && !f.repeated) {
    if (f.scalar === "cosmos.Dec") return decFromAmino(f, j, where);
    // cosmos.Int: "0" signs the same whether the field was "" or "0".
    return f.kind === "bytes" ? new TextEncoder().encode(j as string) : j;
  }
  if (f.repeated) {
    if (!Array.isArray(j)) fail(where, `expected a list, got ${JSON.stringify(j)}`);
    return j.map((x) => scalarFromAmino(schema, f, x, where));
  }
  return scalarFromAmino(schema, f, j, where);
}

/** The TypeScript object of proto type `typeName` for its amino JSON (inverse of messageToAmino). */
export function messageFromAmino(schema: AminoSchema, typeName: string, json: unknown, where = typeName): unknown {
  if (typeName === TIMESTAMP) return timestampFromAmino(json as string, where);
  if (typeName === DURATION) return durationFromAmino(json as string, where);
  if (typeName === ANY) {
    if (!anyResolver) fail(where, "no AminoAnyResolver for google.protobuf.Any (see setAminoAnyResolver)");
    return anyResolver.fromAmino(json as { type: string; value: unknown });
  }
  const m = schema[typeName] ?? fail(where, `no amino schema for ${typeName}`);
  if (json === null || typeof json !== "object" || Array.isArray(json)) fail(where, `expected an object, got ${JSON.stringify(json)}`);
  const obj = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of m.fields) {
    const where = `${typeName}.${f.json}`;
    let j: unknown;
    if (f.oneof) {
      const wrapped = obj[f.oneof.name] as { type?: string; value?: Record<string, unknown> } | null | undefined;
      j = wrapped && wrapped.type === f.oneof.type && wrapped.value ? wrapped.value[f.json] : undefined;
    } else {
      j = obj[f.json];
    }
    out[f.ts] = fieldValueFromAmino(schema, f, j, where);
  }
  return out;
}

/**
 * A cosmjs AminoConverter for the Msg `typeName` (full proto name). The amino type is `(amino.name)`,
 * or the type URL for a message without one (what the Go encoder writes for such an Any).
 */
export function createAminoConverter(schema: AminoSchema, typeName: string): AminoConverter {
  const m = schema[typeName] ?? fail(typeName, `no amino schema for ${typeName}`);
  return {
    aminoType: m.name ?? `/${typeName}`,
    toAmino: (value: unknown) => messageToAmino(schema, typeName, value),
    fromAmino: (json: unknown) => messageFromAmino(schema, typeName, json),
  };
}
