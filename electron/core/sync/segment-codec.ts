// A segment: one batch of one device's field changes, gzip-compressed, sealed with the team key and framed with a
// checksummed footer. The header (inside the seal) says who wrote it, in what order, and what they had seen.
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { frame, unframe } from './framed-file';
import { open, seal } from './sealed-box';

/** One field's new value: entity, record, field, value (JSON text, null for SQL NULL), base (long text only), clock. */
export const FieldChange = z.tuple([z.string(), z.string(), z.string(), z.string().nullable(), z.string().nullable(), z.string()]);
export type FieldChange = z.infer<typeof FieldChange>;

/** What a writer had applied from each other device when it wrote: tells a concurrent edit from a later one. */
export const Knowledge = z.record(z.string(), z.number().int().min(0));
export type Knowledge = z.infer<typeof Knowledge>;

export const SegmentHeader = z.object({
  format: z.number().int(),
  schemaVersion: z.number().int(),
  device: z.string(),
  deviceName: z.string(),
  seq: z.number().int().min(1),
  hlcMin: z.string(),
  hlcMax: z.string(),
  count: z.number().int().min(0),
  known: Knowledge,
  writtenAt: z.string(),
});
export type SegmentHeader = z.infer<typeof SegmentHeader>;

const Segment = z.object({ header: SegmentHeader, changes: z.array(FieldChange) });
export type Segment = z.infer<typeof Segment>;

const segmentContext = 'chartroom-segment';

export function encodeSegment(key: Buffer, segment: Segment): Buffer {
  return frame(seal(key, gzipSync(JSON.stringify(segment)), segmentContext));
}

export type DecodedSegment = { ok: true; segment: Segment } | { ok: false; reason: 'incomplete' | 'damaged' | 'undecryptable' };

export function decodeSegment(key: Buffer, file: Buffer): DecodedSegment {
  const framed = unframe(file);
  if (!framed.ok) return framed;
  const plain = open(key, framed.body, segmentContext);
  if (!plain) return { ok: false, reason: 'undecryptable' };
  try {
    const parsed = Segment.safeParse(JSON.parse(gunzipSync(plain).toString('utf8')));
    if (!parsed.success || parsed.data.header.count !== parsed.data.changes.length) return { ok: false, reason: 'damaged' };
    return { ok: true, segment: parsed.data };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/** Snapshots and presence files use the same frame and seal with their own context, so one cannot pose as another. */
export function encodeSealedJson(key: Buffer, value: unknown, context: string): Buffer {
  return frame(seal(key, gzipSync(JSON.stringify(value)), context));
}

export function decodeSealedJson(key: Buffer, file: Buffer, context: string): unknown {
  const framed = unframe(file);
  if (!framed.ok) return undefined;
  const plain = open(key, framed.body, context);
  if (!plain) return undefined;
  try {
    return JSON.parse(gunzipSync(plain).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
