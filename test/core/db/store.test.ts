// The one write path: each field change is logged in the same transaction as the write, and a failed write leaves neither.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineEntity } from '../../../electron/core/db/entity';
import { AppError } from '../../../electron/core/errors';
import { privilegeEntity } from '../../../electron/core/privileges/entities';
import { staffEntity } from '../../../electron/core/staff/entities';
import { smallOrganisation } from '../../support/staff-fixtures';
import { openTempCore, tableCounts, type TempCore } from '../../support/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.dispose());

function log() {
  return core.context.db.prepare('SELECT tx_id AS txId, entity, record_id AS recordId, field, old_value AS oldValue, new_value AS newValue, actor, hlc FROM change_log ORDER BY seq').all() as {
    txId: string; entity: string; recordId: string; field: string; oldValue: string; newValue: string; actor: string; hlc: string;
  }[];
}

// A table declared only here: the log must cover it without any new code in the store.
const pagerEntity = defineEntity({ name: 'pager', table: 'pagers', fields: { number: 'text', onCall: 'boolean', zones: 'json', rank: 'integer' } });

describe('Store', () => {
  beforeEach(() => {
    core.context.db.exec('CREATE TABLE pagers (id TEXT PRIMARY KEY, number TEXT UNIQUE, on_call INTEGER, zones TEXT, rank INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)');
  });

  it('logs each field of a new record, typed, by the acting user, under one transaction id', () => {
    core.context.store.insert(pagerEntity, { number: '4411', onCall: true, zones: ['ED', 'ICU'], rank: 2 }, 'p1');
    const entries = log();
    expect(entries.map((e) => [e.field, JSON.parse(e.oldValue), JSON.parse(e.newValue)])).toEqual([
      ['number', null, '4411'],
      ['onCall', null, true],
      ['zones', null, ['ED', 'ICU']],
      ['rank', null, 2],
    ]);
    expect(new Set(entries.map((e) => e.txId)).size).toBe(1);
    expect(entries.every((e) => e.entity === 'pager' && e.recordId === 'p1' && e.actor === 'test director')).toBe(true);
  });

  it('logs only the fields that changed, old and new', () => {
    const { store } = core.context;
    store.insert(pagerEntity, { number: '4411', onCall: false, rank: 1 }, 'p1');
    const before = log().length;
    expect(store.update(pagerEntity, 'p1', { number: '4411', onCall: true, rank: 1 })).toEqual(['onCall']);
    const added = log().slice(before);
    expect(added.map((e) => [e.field, JSON.parse(e.oldValue), JSON.parse(e.newValue)])).toEqual([['onCall', false, true]]);
    expect(store.update(pagerEntity, 'p1', { onCall: true })).toEqual([]);
    expect(log().length).toBe(before + 1);
  });

  it('logs a delete as every value it held plus a tombstone, so it can be undone', () => {
    const { store } = core.context;
    store.insert(pagerEntity, { number: '4411', rank: 3 }, 'p1');
    store.remove(pagerEntity, 'p1');
    const deleted = log().slice(2);
    expect(deleted.map((e) => [e.field, JSON.parse(e.oldValue), JSON.parse(e.newValue)])).toEqual([
      ['number', '4411', null],
      ['rank', 3, null],
      ['_deleted', false, true],
    ]);
    expect(core.context.db.prepare('SELECT count(*) FROM pagers').pluck().get()).toBe(0);
  });

  it('writes nothing, record or log, when any write in the transaction fails', () => {
    const { store } = core.context;
    store.insert(pagerEntity, { number: '1' }, 'p1');
    const before = tableCounts(core);
    expect(() =>
      store.transaction(() => {
        store.insert(pagerEntity, { number: '2' }, 'p2');
        store.update(pagerEntity, 'p1', { rank: 9 });
        store.insert(pagerEntity, { number: '1' }, 'p3'); // duplicate number
      }),
    ).toThrow(AppError);
    expect(tableCounts(core)).toEqual(before);
    expect(core.context.db.prepare('SELECT rank FROM pagers WHERE id = ?').pluck().get('p1')).toBeNull();
  });

  it('says which value clashed on a unique field', () => {
    const { store } = core.context;
    store.insert(pagerEntity, { number: '1' }, 'p1');
    expect(() => store.insert(pagerEntity, { number: '1' }, 'p2')).toThrow(/Another pager record already has this number/);
  });

  it('refuses a field the entity does not declare', () => {
    expect(() => core.context.store.insert(pagerEntity, { colour: 'red' } as never)).toThrow(/no field colour/);
    expect(log()).toEqual([]);
  });

  it('answers NOT_FOUND for an update of a missing record', () => {
    expect(() => core.context.store.update(pagerEntity, 'nobody', { rank: 1 })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('stamps every change with a clock value later than the last', () => {
    const { store } = core.context;
    for (let i = 0; i < 20; i++) store.insert(pagerEntity, { number: String(i), rank: i }, `p${i}`);
    const stamps = log().map((e) => e.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});

describe('Store.remove with dependants', () => {
  it('removes, children first and each logged, what the schema would cascade, and clears the links it would set to null', async () => {
    const { practitioner } = await smallOrganisation(core);
    const { store, db } = core.context;
    const privilege = await core.call('privileges.grant', { staffId: practitioner.id, name: 'Cardiac catheterisation', fppeRequired: true, grantedOn: '2026-10-01' });
    const [evaluation] = await core.call('evaluations.forStaff', { staffId: practitioner.id }); // the FPPE the grant opened
    const before = log().length;
    store.remove(privilegeEntity, privilege.id);
    const added = log().slice(before);
    // The evaluation stays, its link to the removed privilege cleared in the same transaction.
    expect(added.map((e) => [e.entity, e.field, JSON.parse(e.newValue)]).filter(([, f]) => f === 'privilegeId' || f === '_deleted')).toEqual([
      ['evaluation', 'privilegeId', null],
      ['privilege', '_deleted', true],
    ]);
    expect(new Set(added.map((e) => e.txId)).size).toBe(1);
    expect(db.prepare('SELECT privilege_id FROM evaluations WHERE id = ?').pluck().get(evaluation!.id)).toBeNull();
  });

  it('writes nothing when a dependant the schema protects refuses the delete, even inside a transaction that goes on', async () => {
    const { practitioner } = await smallOrganisation(core);
    const { store } = core.context;
    await core.call('credentials.create', { staffId: practitioner.id, type: 'state-license', issuer: 'WA Medical Commission', number: 'MD60001', expiresOn: '2028-06-30' });
    // The practitioner owns a policy (no ON DELETE rule): deleting them is refused, and their credential stays.
    await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: practitioner.id, body: 'Clean hands.' });
    const before = tableCounts(core);
    store.transaction(() => {
      expect(() => store.remove(staffEntity, practitioner.id)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    });
    expect(tableCounts(core)).toEqual(before);
  });
});

