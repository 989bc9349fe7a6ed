// An entity declares its table and fields once; the store then writes it and logs every field change for it.

export type FieldKind = 'text' | 'integer' | 'real' | 'boolean' | 'json';
export type FieldValue = string | number | boolean | null | readonly unknown[] | { readonly [k: string]: unknown };

export interface EntityDef<F extends string = string> {
  /** The name in the change log and in sync files: never renamed once shipped. */
  name: string;
  table: string;
  fields: Readonly<Record<F, FieldKind>>;
  /** Fields that identify a person to regulators (licence and DEA numbers): read back masked, as in the history panel. */
  masked?: readonly NoInfer<F>[];
}

export type EntityValues<E extends EntityDef> = E extends EntityDef<infer F> ? { [K in F]?: FieldValue } : never;

export function defineEntity<F extends string>(def: EntityDef<F>): EntityDef<F> {
  for (const field of Object.keys(def.fields)) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(field)) throw new Error(`${def.name}.${field}: fields are camelCase`);
  }
  return def;
}

export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Turns a row read with `SELECT *` into the entity's fields, decoding booleans and JSON. */
export function rowToFields<E extends EntityDef>(entity: E, row: Record<string, unknown>): Record<string, FieldValue> & { id: string } {
  const out: Record<string, FieldValue> = { id: row.id as string };
  for (const [field, kind] of Object.entries(entity.fields) as [string, FieldKind][]) {
    out[field] = decode(kind, row[columnOf(field)]);
  }
  out.createdAt = row.created_at as string;
  out.updatedAt = row.updated_at as string;
  return out as Record<string, FieldValue> & { id: string };
}

export function encode(kind: FieldKind, value: FieldValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'boolean':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value as string | number;
  }
}

export function decode(kind: FieldKind, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) return null;
  switch (kind) {
    case 'boolean':
      return raw === 1;
    case 'json':
      return JSON.parse(raw as string) as FieldValue;
    default:
      return raw as string | number;
  }
}
