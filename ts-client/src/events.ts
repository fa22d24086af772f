// Typed events of the BTT modules (x/compute, x/emissions, x/rwa, x/wgov).
//
// The chain emits every module event with EmitTypedEvent (Cosmos SDK sdk.TypedEventToEvent): the event
// type is the message's full proto name (btt.compute.v1.EventTaskSubmitted) and each field of the
// message is one attribute, keyed by the proto field name, whose value is the field's proto-JSON
// (strings quoted, 64-bit integers as quoted decimals, enums by name, bytes in base64, coins as objects).
// A transaction's events also carry a `msg_index` attribute, and block events a `mode` attribute: they
// are not fields, and are ignored. This module turns such events back into the generated message types.
import { bttEventCodecs } from "./generated/aggregate.js";

export { bttEventCodecs };

/** An ABCI event as CometBFT RPC (v0.38) and cosmjs deliver it: attributes as plain strings. */
export interface AbciEvent {
  readonly type: string;
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

/** The type (full proto name) of every BTT typed event. */
export type BttEventType = keyof typeof bttEventCodecs;

/** The generated codec of one typed event: enough to decode it. */
export interface EventCodec<T> {
  fromJSON(object: unknown): T;
}

type MessageOf<K extends BttEventType> = ReturnType<(typeof bttEventCodecs)[K]["fromJSON"]>;

/** A decoded typed event: its type and its message, e.g. { type: "btt.rwa.v1.EventOrderFill", value: EventOrderFill }. */
export type BttEvent = { [K in BttEventType]: { type: K; value: MessageOf<K> } }[BttEventType];

/** Attributes that the SDK adds next to a typed event's fields. */
const NOT_FIELDS = new Set(["msg_index", "mode"]);

const typeOfCodec = new Map<unknown, BttEventType>(
  (Object.entries(bttEventCodecs) as [BttEventType, unknown][]).map(([type, codec]) => [codec, type]),
);

/** True when `type` is the type of a BTT typed event. */
export function isBttEventType(type: string): type is BttEventType {
  return Object.prototype.hasOwnProperty.call(bttEventCodecs, type);
}

/** The event type (full proto name) that a generated event codec decodes, e.g. EventTaskSubmitted → "btt.compute.v1.EventTaskSubmitted". */
export function eventType(codec: EventCodec<unknown>): BttEventType {
  const type = typeOfCodec.get(codec);
  if (!type) throw new Error("not a BTT typed event codec (an Event* message of a btt.*.v1 events.proto)");
  return type;
}

/** snake_case proto field name → the lowerCamelCase JSON name that the generated fromJSON reads. */
function jsonName(field: string): string {
  return field.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The proto-JSON object of a typed event's attributes (keys as lowerCamelCase JSON names). Throws on
 * an attribute value that is not JSON, which a typed event never has.
 */
export function eventJson(event: AbciEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of event.attributes) {
    if (NOT_FIELDS.has(key)) continue;
    try {
      out[jsonName(key)] = JSON.parse(value);
    } catch {
      throw new Error(`${event.type}: attribute ${key} is not JSON: ${JSON.stringify(value)}`);
    }
  }
  return out;
}

/** Decodes one event with a given codec (no check of its type). */
export function decodeEventAs<T>(event: AbciEvent, codec: EventCodec<T>): T {
  return codec.fromJSON(eventJson(event));
}

/** Decodes a BTT typed event; undefined for any other event (SDK events such as `transfer`, or `message`). */
export function decodeEvent(event: AbciEvent): BttEvent | undefined {
  if (!isBttEventType(event.type)) return undefined;
  const codec = bttEventCodecs[event.type] as EventCodec<unknown>;
  return { type: event.type, value: codec.fromJSON(eventJson(event)) } as BttEvent;
}

/** Decodes, in order, every event of one type: findEvents(tx.events, EventTaskSubmitted) → EventTaskSubmitted[]. */
export function findEvents<T>(events: readonly AbciEvent[], codec: EventCodec<T>): T[] {
  const type = eventType(codec);
  return events.filter((e) => e.type === type).map((e) => codec.fromJSON(eventJson(e)));
}

/** The first event of one type, decoded; undefined when there is none. */
export function findEvent<T>(events: readonly AbciEvent[], codec: EventCodec<T>): T | undefined {
  const type = eventType(codec);
  const e = events.find((x) => x.type === type);
  return e && codec.fromJSON(eventJson(e));
}

/** Like findEvent, but throws when the events have none of that type. */
export function requireEvent<T>(events: readonly AbciEvent[], codec: EventCodec<T>): T {
  const found = findEvent(events, codec);
  if (found === undefined) throw new Error(`no ${eventType(codec)} event`);
  return found;
}
