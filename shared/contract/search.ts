// The global search: one box over every kind of record, answered in groups by kind with the matched words marked.
import { z } from 'zod';
import { channel } from './define';
import { Id } from './common';

/** Text in pieces, the pieces holding a searched word marked: the screen highlights them, no HTML crosses. */
export const MarkedText = z.array(z.object({ text: z.string(), match: z.boolean() }).strict());
export type MarkedText = z.infer<typeof MarkedText>;

export const SearchKindName = z.string().regex(/^[a-zA-Z]{1,40}$/, 'A kind of record is a name like "policy"');

export const EverythingHit = z.object({
  kind: SearchKindName,
  id: Id,
  title: MarkedText,
  /** Licence and DEA numbers appear here only masked. */
  subtitle: MarkedText,
  /** The words around the first match in the record's text; empty when the match was in the title or a number. */
  snippet: MarkedText,
  /** Where the hit opens, as the renderer's address ("#/staff/<id>"). */
  route: z.string().regex(/^#\//),
});
export type EverythingHit = z.infer<typeof EverythingHit>;

export const EverythingGroup = z.object({ kind: SearchKindName, label: z.string(), hits: z.array(EverythingHit) });
export type EverythingGroup = z.infer<typeof EverythingGroup>;

export const searchContract = {
  'search.everything': channel({
    summary: 'Search every kind of record at once: practitioners, credentials, policies and their text, meetings and minutes, planning, training, ethics while unlocked',
    writes: false,
    input: z
      .object({
        query: z.string().trim().max(200, 'A search is at most 200 characters'),
        /** Hits per kind. */
        limit: z.number().int().min(1).max(50).default(5),
        kinds: z.array(SearchKindName).max(50).optional(),
      })
      .strict(),
    output: z.object({ groups: z.array(EverythingGroup) }),
  }),
};
