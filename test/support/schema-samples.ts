// Valid-ish inputs read off a channel's zod schema, and the same inputs with one field made wrong: what a fuzz test
// sends so that payloads reach past the first check. zod-fast-check does not read zod 4 yet, so this walks the
// schema's own definition (`_zod.def`), leaf values checked against the leaf's schema so that most samples pass.
import type { z } from 'zod';
import { SeededRandom } from '../../electron/core/sample/random';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  items?: z.ZodType[];
  left?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const stringCandidates = [
  '2026-03-15', '2027-06-30', 'Sample text', 'A', 'MD', '1234567893', 'AB1234563', 'person@example.org', 'CA', 'OR', '01-15', '09:30',
  '2026-03-15T10:00:00.000Z', 'https://example.org/x', 'a.pdf', 'YQ==', 'Lantern Bay', '0123456789abcdef',
];
const numberCandidates = [1, 2, 0, 3, 5, 7, 12, 30, 90, 100, 2026, 0.25, 1.5, -1];

export class SchemaSampler {
  constructor(
    private readonly random: SeededRandom,
    /** Ids that exist in the database under test: a field named like an id often gets one, to reach past NOT_FOUND. */
    private readonly ids: readonly string[],
  ) {}

  sample(schema: z.ZodType, key = '', depth = 0): unknown {
    const def = defOf(schema);
    const r = this.random;
    switch (def.type) {
      case 'string': {
        if (/id$/i.test(key) && this.ids.length && r.chance(0.7)) return r.pick(this.ids);
        const fitting = stringCandidates.filter((c) => schema.safeParse(c).success);
        return fitting.length ? r.pick(fitting) : 'x';
      }
      case 'number': {
        const fitting = numberCandidates.filter((c) => schema.safeParse(c).success);
        return fitting.length ? r.pick(fitting) : 1;
      }
      case 'boolean':
        return r.chance(0.5);
      case 'enum':
        return r.pick(Object.values(def.entries ?? {}));
      case 'literal':
        return r.pick(def.values ?? [null]);
      case 'null':
        return null;
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [name, field] of Object.entries(def.shape ?? {})) {
          const optional = ['optional', 'default', 'prefault'].includes(defOf(field).type);
          if (optional && r.chance(0.4)) continue;
          out[name] = this.sample(field, name, depth + 1);
        }
        return out;
      }
      case 'array':
        return depth > 6 ? [] : Array.from({ length: r.int(1, 2) }, () => this.sample(def.element!, key.replace(/s$/, ''), depth + 1));
      case 'tuple':
        return (def.items ?? []).map((item) => this.sample(item, key, depth + 1));
      case 'union':
        return this.sample(r.pick(def.options ?? []), key, depth + 1);
      case 'intersection':
        return this.sample(def.left!, key, depth + 1);
      case 'optional':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return this.sample(def.innerType!, key, depth);
      case 'nullable':
        return r.chance(0.2) ? null : this.sample(def.innerType!, key, depth);
      case 'pipe':
        return this.sample(def.in!, key, depth);
      case 'lazy':
        return depth > 6 ? null : this.sample(def.getter!(), key, depth + 1);
      case 'record':
        return {};
      default:
        return 'x';
    }
  }
}

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
export function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [...(prefix.length ? [prefix] : []), ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
}

/** A deep copy of `value` with the value at `path` replaced (or removed, for `remove`). */
export function withValueAt(value: unknown, path: (string | number)[], replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0) {
    if (remove) delete copy[head];
    else Object.defineProperty(copy, head, { value: replacement, enumerable: true, writable: true, configurable: true });
  } else copy[head] = withValueAt(copy[head], rest, replacement, remove);
  return copy;
}
