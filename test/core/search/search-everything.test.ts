// The global search on real SQLite: every indexed kind found by a word of its text after insert, not by the old word
// after an update, not at all after a delete, and after a change another laptop made and sync applied; ethics cases only
// while unlocked and never in the index file; a full DEA number matched but shown only masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnOf, rowToFields } from '../../../electron/core/db/entity';
import { entityNamed } from '../../../electron/core/db/entity-registry';
import { sampleEthicsPassphrase } from '../../../electron/core/sample/ethics';
import { seedSampleHospital } from '../../../electron/core/sample/hospital';
import { rebuildSearchIndex } from '../../../electron/core/search/search-index';
import { isIndexed, type IndexedSearchKind } from '../../../electron/core/search/searchable-kind';
import { searchableKinds } from '../../../electron/core/search/searchable-kinds';
import { staffEntity } from '../../../electron/core/staff/entities';
import { openTempCore, type TempCore } from '../../support/temp-core';
import { sharedFolderTeam, syncedOrganisation } from '../sync/support/shared-folder-pair';

/** The text field each kind's test writes its probe word into. */
const probeField: Record<string, string> = {
  practitioner: 'familyName', credential: 'issuer', privilege: 'conditions', policy: 'title', standard: 'title', committee: 'description',
  meeting: 'location', agendaItem: 'minutesText', motion: 'text', actionItem: 'description', minutesAmendment: 'text', planPeriod: 'name',
  goal: 'description', initiative: 'title', milestone: 'title', measure: 'definition', pdsaCycle: 'study', risk: 'consequence',
  trainingCourse: 'provider', trainingRequirement: 'sourceNote', department: 'name', role: 'name',
};
/** Values for a kind whose record the small sample hospital does not hold. */
const whenNoneInSample: Record<string, (core: TempCore) => Record<string, unknown>> = {
  minutesAmendment: (core) => ({ meetingId: core.context.db.prepare('SELECT id FROM meetings LIMIT 1').pluck().get(), text: 'x', motionId: null }),
};

let core: TempCore;
beforeAll(() => {
  core = openTempCore({ now: () => new Date('2026-11-02T09:00:00Z') });
  seedSampleHospital(core.context, { staff: 40, seed: 3, today: new Date('2026-11-02T09:00:00Z') });
}, 60_000);
afterAll(() => core?.dispose());

async function found(c: TempCore, query: string, kind?: string): Promise<{ kind: string; id: string }[]> {
  const { groups } = await c.call('search.everything', { query, limit: 50, ...(kind ? { kinds: [kind] } : {}) });
  return groups.flatMap((g) => g.hits.map((h) => ({ kind: h.kind, id: h.id })));
}

/** A new record of the kind's entity: a copy of one in the sample with its unique values made unique, and the probe word. */
function insertProbe(kind: IndexedSearchKind, n: number, word: string): string {
  const { db, store } = core.context;
  const entity = entityNamed(kind.entity)!;
  const row = db.prepare(`SELECT * FROM ${entity.table} LIMIT 1`).get() as Record<string, unknown> | undefined;
  const values: Record<string, unknown> = row ? { ...rowToFields(entity, row) } : whenNoneInSample[kind.kind]!(core);
  delete values.id;
  delete values.createdAt;
  delete values.updatedAt;
  const uniques = (db.prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1 AND origin <> 'pk'`).pluck().all(entity.table) as string[])
    .flatMap((index) => db.prepare('SELECT name FROM pragma_index_info(?)').pluck().all(index) as string[]);
  for (const [field, fieldKind] of Object.entries(entity.fields)) {
    if (!uniques.includes(columnOf(field)) || values[field] === null || values[field] === undefined) continue;
    values[field] = fieldKind === 'integer' ? 10_000 + n : `${String(values[field])}-${n}`;
  }
  values[probeField[kind.kind]!] = word;
  return store.insert(entity, values as never);
}

const indexedKinds = searchableKinds.filter(isIndexed);

describe('every indexed kind, through the store', () => {
  it('has a probe field in this test', () => {
    expect(indexedKinds.filter((k) => !probeField[k.kind]).map((k) => k.kind)).toEqual([]);
  });

  it.each(indexedKinds.map((k, i) => [k.kind, k, i] as const))('%s: found after insert, only by its new word after update, gone after delete', async (_name, kind, i) => {
    const { store } = core.context;
    const entity = entityNamed(kind.entity)!;
    const id = insertProbe(kind, i, `Quorvex${i} probe`);
    expect(await found(core, `quorvex${i}`)).toEqual([{ kind: kind.kind, id }]);

    store.update(entity, id, { [probeField[kind.kind]!]: `Zembrall${i} probe` });
    expect(await found(core, `quorvex${i}`)).toEqual([]);
    expect(await found(core, `zembrall${i}`)).toEqual([{ kind: kind.kind, id }]);

    store.remove(entity, id);
    expect(await found(core, `zembrall${i}`)).toEqual([]);
  });

  it('follows a change to a record a hit names: a practitioner renamed shows on their credentials', async () => {
    const staffId = core.context.db.prepare('SELECT staff_id FROM credentials LIMIT 1').pluck().get() as string;
    core.context.store.update(staffEntity, staffId, { familyName: 'Wendlethorpe' });
    const credentials = (await found(core, 'wendlethorpe', 'credential')).map((h) => h.kind);
    expect(credentials.length).toBeGreaterThan(0);
  });

  it('rebuilds to exactly what the triggers kept', () => {
    const { db } = core.context;
    const dump = () => db.prepare('SELECT kind, record_id, title, subtitle, body, identifiers, opens FROM search_documents ORDER BY kind, record_id').all();
    const kept = dump();
    rebuildSearchIndex(db, searchableKinds);
    expect(dump()).toEqual(kept);
    // FTS5's own check that the index holds exactly the documents' text: it throws when it does not.
    expect(() => db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });
});

describe('what is found, and what is shown', () => {
  it('finds a policy by a word of its text, and a practitioner by NPI or part of it', async () => {
    const { db } = core.context;
    const ownerId = db.prepare('SELECT id FROM staff LIMIT 1').pluck().get() as string;
    const policy = await core.call('policies.create', {
      reference: 'QA-901', title: 'Specimen labelling', category: 'Quality', ownerId, body: 'Every tube is labelled at the bedside with two identifiers before it leaves the phlebotomist.',
    });
    expect(await found(core, 'phlebotomist')).toEqual([{ kind: 'policy', id: policy.id }]);
    const { id, npi } = db.prepare('SELECT id, npi FROM staff WHERE npi IS NOT NULL LIMIT 1').get() as { id: string; npi: string };
    expect(await found(core, npi, 'practitioner')).toEqual([{ kind: 'practitioner', id }]);
    expect(await found(core, npi.slice(3, 9), 'practitioner')).toContainEqual({ kind: 'practitioner', id });
  });

  it('matches a full DEA number, or its digits, and shows it only masked', async () => {
    const { id, number } = core.context.db.prepare("SELECT id, number FROM credentials WHERE type = 'dea' AND number IS NOT NULL LIMIT 1").get() as { id: string; number: string };
    for (const query of [number, number.slice(2)]) {
      const answer = await core.call('search.everything', { query });
      expect(answer.groups.flatMap((g) => g.hits.map((h) => h.id))).toContain(id);
      expect(JSON.stringify(answer)).not.toContain(number.slice(2));
      const hit = answer.groups.find((g) => g.kind === 'credential')!.hits.find((h) => h.id === id)!;
      expect(hit.subtitle.map((p) => p.text).join('')).toContain(`••${number.slice(-4)}`);
    }
  });

  it('marks the matched words in the title and the snippet', async () => {
    const { groups } = await core.call('search.everything', { query: 'bedside phlebotomist', kinds: ['policy'] });
    const hit = groups[0]!.hits[0]!;
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['bedside', 'phlebotomist']);
    expect(hit.route).toBe(`#/policies/${hit.id}`);
  });
});

describe('ethics cases', () => {
  it('are found only while unlocked, and never put in the index file', async () => {
    await core.call('ethics.unlock', { passphrase: sampleEthicsPassphrase });
    const c = await core.call('ethics.create', {
      requestedAt: '2026-11-02T08:30:00Z', requesterName: 'Amara Quillmere', requesterRole: 'Attending physician', urgency: 'urgent', unitId: null,
      type: 'end-of-life', question: 'May the team withdraw the xylocardic support the surrogate asks to continue?',
      identifiers: { patientName: 'Hester Fallowmere', mrn: 'MR-448120', dateOfBirth: '1931-04-17', admissionDate: '2026-10-28' },
    });
    expect(await found(core, 'xylocardic')).toEqual([{ kind: 'ethicsCase', id: c.id }]);
    // The patient's identifiers are shown only with the case open: the search does not look at them.
    expect(await found(core, 'Fallowmere')).toEqual([]);
    const { db } = core.context;
    expect(db.prepare("SELECT count(*) FROM search_documents WHERE kind = 'ethicsCase' OR body LIKE '%xylocardic%'").pluck().get()).toBe(0);

    await core.call('ethics.lock', {});
    expect(await found(core, 'xylocardic')).toEqual([]);
  });
});

describe('a change another laptop made', () => {
  it('is found once sync applies it, and not by its old words once sync applies the edit and the delete', async () => {
    const team = sharedFolderTeam(['alice', 'bob']);
    try {
      const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
      const { cardiology } = await syncedOrganisation(alice.core);
      const made = await alice.core.call('staff.create', { givenName: 'Ottoline', familyName: 'Brackwater', degree: 'MD', roleId: 'role-np', departmentId: cardiology.id });
      alice.sync();
      bob.sync();
      expect(await found(bob.core, 'brackwater')).toEqual([{ kind: 'practitioner', id: made.id }]);

      await alice.core.call('staff.update', { id: made.id, patch: { familyName: 'Saltmarsh' } });
      alice.sync();
      bob.sync();
      expect(await found(bob.core, 'brackwater')).toEqual([]);
      expect(await found(bob.core, 'saltmarsh')).toEqual([{ kind: 'practitioner', id: made.id }]);

      alice.core.context.store.remove(staffEntity, made.id);
      alice.sync();
      bob.sync();
      expect(await found(bob.core, 'saltmarsh')).toEqual([]);
    } finally {
      team.dispose();
    }
  });
});
