// Small schemas every feature's contract reuses, so a date or an id means the same thing everywhere.
import { z } from 'zod';

/** Record ids are opaque text: UUIDs made on any laptop, so records never collide when folders sync. */
export const Id = z.string().trim().min(1, 'An id is required').max(64).regex(/^[A-Za-z0-9_-]+$/, 'An id has only letters, digits, - and _');

/** A calendar day with no time zone: how expiry, hire and due dates are kept. */
export const IsoDate = z.iso.date({ message: 'Use a date like 2026-03-31' });

/** An instant, stored in UTC. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-03-31T14:05:00Z' });

export const Empty = z.object({}).strict();

export const Page = z.object({
  limit: z.number().int().min(1).max(50_000).default(200),
  offset: z.number().int().min(0).default(0),
});

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({ total: z.number().int(), rows: z.array(row) });
}

export const NonBlank = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`);
