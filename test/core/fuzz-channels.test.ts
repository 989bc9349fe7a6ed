// Every channel of the contract, fed thousands of random, hostile and nearly-valid payloads on a seeded sample
// hospital: each call resolves (no throw, no crash), answers a value or a typed error that is never INTERNAL, and a
// payload answered with an error leaves the database exactly as it was. Seeded: FUZZ_SEED=n reproduces a run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../shared/contract';
import { SeededRandom } from '../../electron/core/sample/random';
import { leafPaths, SchemaSampler, withValueAt } from '../support/schema-samples';
import { openTempCore } from '../support/temp-core';

process.env.CHARTROOM_AUTO_SYNC = '0';
const seed = Number(process.env.FUZZ_SEED ?? 20261203);
/** Payloads per channel: random ones, samples read off its schema, and those samples with one field made wrong. */
const randomPerChannel = 8;
const samplesPerChannel = 3;
const mutationsPerSample = 6;

const internals: { channel: string; error: unknown }[] = [];
const core = openTempCore({ onInternalError: (channel, error) => internals.push({ channel, error }) });
const totals = { payloads: 0, crashes: 0, internal: 0, writesAfterError: 0, refusedBySchema: 0, answeredOk: 0, answeredError: 0 };
let ids: string[] = [];

beforeAll(async () => {
  await core.call('app.seedSample', { staff: 20, seed: 3 });
  const { db } = core.context;
  const tables = db.prepare("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c ON c.name = 'id' WHERE m.type = 'table' AND c.type = 'TEXT'").pluck().all() as string[];
  ids = tables.flatMap((t) => db.prepare(`SELECT id FROM "${t}" LIMIT 5`).pluck().all() as string[]);
}, 120_000);

afterAll(() => {
  console.log(
    `fuzz (seed ${seed}): ${totals.payloads} payloads over ${channelNames.length} channels; crashes ${totals.crashes}, INTERNAL ${totals.internal}, ` +
      `writes after an error ${totals.writesAfterError}; ${totals.refusedBySchema} refused by the schema, ${totals.answeredError} other errors, ${totals.answeredOk} answered`,
  );
  core.dispose();
});

/** A cheap fingerprint of everything stored: every write this connection made, and the change log's end. */
function fingerprint() {
  const { db } = core.context;
  return `${db.prepare('SELECT total_changes()').pluck().get() as number}/${db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number}`;
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

/** Values that break careless code: wrong types, edge numbers, huge and hostile strings, prototype keys, deep nesting. */
const hostileValues: unknown[] = [
  null, undefined, true, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1e308, 10n,
  '', ' ', '\u0000', '\uD800', '%E0%A4%A', '../../../etc/passwd', "x'); DROP TABLE staff; --", 'x'.repeat(1_000_001), '9999-99-99', '2026-02-30',
  [], [null], {}, new Date(NaN), new Map([['a', 1]]), new Uint8Array(4),
  JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } }, Object.create(null), nested(5_000),
];

const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'id', 'limit');
const randomPayload = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, key: fc.oneof(fc.string(), protoKey), withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
  fc.dictionary(fc.oneof(protoKey, fc.string()), fc.constantFrom(...hostileValues)),
  fc.constantFrom(...hostileValues),
);

function payloadsFor(name: ChannelName, index: number): unknown[] {
  const random = new SeededRandom(seed + index * 7919);
  const sampler = new SchemaSampler(random, ids);
  const schema = contract[name].input;
  const payloads: unknown[] = fc.sample(randomPayload, { seed: seed + index, numRuns: randomPerChannel });
  for (let s = 0; s < samplesPerChannel; s++) {
    const sample = sampler.sample(schema);
    payloads.push(sample);
    const paths = leafPaths(sample);
    for (let m = 0; m < mutationsPerSample; m++) {
      const kind = random.int(0, 9);
      if (kind === 0) payloads.push(withValueAt(sample, [random.pick(['__proto__', 'constructor', 'unexpectedField'])], random.pick(hostileValues)));
      else if (kind === 1 && paths.length) payloads.push(withValueAt(sample, random.pick(paths), undefined, true));
      else if (paths.length) payloads.push(withValueAt(sample, random.pick(paths), random.pick(hostileValues)));
      else payloads.push(random.pick(hostileValues));
    }
  }
  return payloads;
}

const describePayload = (payload: unknown) => {
  try {
    return (JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(payload)).slice(0, 300);
  } catch {
    return String(payload).slice(0, 300);
  }
};

describe('every channel under fuzzing', () => {
  it.each(channelNames.map((name, index) => [name, index] as const))('%s: no crash, never INTERNAL, nothing written on an error', async (name, index) => {
    const failures: string[] = [];
    for (const payload of payloadsFor(name, index)) {
      totals.payloads++;
      const before = fingerprint();
      const refusedBySchema = !contract[name].input.safeParse(payload === undefined ? {} : payload).success;
      let result;
      try {
        result = await core.dispatch(name, payload);
      } catch (error) {
        totals.crashes++;
        failures.push(`threw ${String(error)} on ${describePayload(payload)}`);
        continue;
      }
      if (refusedBySchema) totals.refusedBySchema++;
      if (result.ok) {
        totals.answeredOk++;
        continue;
      }
      if (!refusedBySchema) totals.answeredError++;
      if (result.error.code === 'INTERNAL') {
        totals.internal++;
        failures.push(`INTERNAL on ${describePayload(payload)}: ${String(internals.at(-1)?.error)}`);
      } else if (result.error.message.length < 6 || /at \w+ \(|node_modules|ZodError|TypeError|undefined/.test(result.error.message)) {
        failures.push(`${result.error.code} without a sentence ("${result.error.message}") on ${describePayload(payload)}`);
      }
      if (fingerprint() !== before) {
        totals.writesAfterError++;
        failures.push(`wrote while answering ${result.error.code} to ${describePayload(payload)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
