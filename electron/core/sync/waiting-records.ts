// Records waiting in the merged state (parked): which, since when, for what, and what the director can do, in
// sentences. The projection's reason is read, not shown: it names ids and SQLite's words, not the director's.
import type { WaitingRecord, WaitingRecords } from '../../../shared/contract/sync';
import { recordKindName } from '../../../shared/domain/record-kinds';
import type { CoreContext } from '../context';
import { entityNamed } from '../db/entity-registry';
import { parseHlc } from '../db/hlc';
import { recordName } from './conflict-restore';
import { isLive } from './projection';
import { syncState } from './sync-state';

interface ParkedRow {
  entity: string;
  recordId: string;
  reason: string;
  since: string;
}

const lower = (kind: string) => kind.charAt(0).toLowerCase() + kind.slice(1);

/** Words for a column SQLite names in a refusal: staff.npi → "NPI", attendance.member_id → "member". */
function columnWords(column: string): string {
  const name = column.replace(/^\w+\./, '').replace(/_id$/, '').replaceAll('_', ' ');
  return name === 'npi' ? 'NPI' : name;
}

export function waitingRecords(ctx: CoreContext, limit: number): WaitingRecords {
  const state = syncState(ctx.db);
  const total = ctx.db.prepare('SELECT count(*) FROM sync_parked').pluck().get() as number;
  const rows = ctx.db
    .prepare('SELECT entity, record_id AS recordId, reason, since FROM sync_parked ORDER BY since, entity, record_id LIMIT ?')
    .all(limit) as ParkedRow[];
  const openConflictOn = ctx.db.prepare('SELECT 1 FROM sync_conflicts WHERE entity = ? AND record_id = ? AND resolved_at IS NULL LIMIT 1').pluck();
  const hasRow = (entity: string, id: string) => {
    const e = entityNamed(entity);
    return !!e && ctx.db.prepare(`SELECT 1 FROM ${e.table} WHERE id = ?`).pluck().get(id) === 1;
  };
  const parked = new Set(rows.map((r) => `${r.entity}\u0000${r.recordId}`));

  /** "Credential “State medical licence”", or "Credential for Quillmere, Amara" when it has no name of its own. */
  function describe(entity: string, id: string): string {
    const kind = recordKindName(entity);
    const name = recordName(ctx, entity, id);
    if (name) return `${kind} “${name}”`;
    const staffId = state.register(entity, id, 'staffId')?.value;
    const owner = staffId ? recordName(ctx, 'staff', JSON.parse(staffId) as string) : null;
    return owner ? `${kind} for ${owner}` : kind;
  }

  function explain(row: ParkedRow): Omit<WaitingRecord, 'entity' | 'recordId' | 'kind' | 'record' | 'since'> {
    const record = describe(row.entity, row.recordId);
    const waitsFor = /^waits for (\w+) (\S+?),? /.exec(row.reason);
    if (waitsFor) {
      const [, parentEntity, parentId] = waitsFor as unknown as [string, string, string];
      const parentKind = lower(recordKindName(parentEntity));
      const registers = state.recordRegisters(parentEntity, parentId);
      if (registers.length === 0) {
        return {
          waitsFor: `the ${parentKind} it refers to`,
          reason: `${record} waits for the ${parentKind} it refers to, which has not arrived on this laptop yet. It will appear after the laptop that created that ${parentKind} syncs.`,
          action: 'wait',
        };
      }
      const parent = describe(parentEntity, parentId);
      if (!isLive(registers)) {
        const deleted = registers.find((r) => r.field === '_deleted')!;
        const by = deviceName(ctx, parseHlc(deleted.hlc).deviceId);
        const on = new Date(parseHlc(deleted.hlc).wallMs).toISOString().slice(0, 10);
        const where = by === null ? 'on this laptop' : `on ${by}`;
        if (openConflictOn.get(parentEntity, parentId) === 1) {
          return {
            waitsFor: parent,
            reason: `${record} waits for ${lower(parent)}, which was deleted ${where} on ${on}: restore it from Conflicts, or ignore this and it stays hidden with it.`,
            action: 'review-conflicts',
          };
        }
        return {
          waitsFor: parent,
          reason: `${record} waits for ${lower(parent)}, which was deleted ${where} on ${on}. If that was a mistake, ask whoever deleted it; otherwise ignore this: it stays hidden with it.`,
          action: 'ignore',
        };
      }
      if (!hasRow(parentEntity, parentId)) {
        const alsoListed = parked.has(`${parentEntity}\u0000${parentId}`);
        return {
          waitsFor: parent,
          reason: `${record} waits for ${lower(parent)}, which is itself waiting${alsoListed ? ' (see it in this list)' : ''}. Both appear once it can.`,
          action: 'wait',
        };
      }
      return { waitsFor: parent, reason: `${record} waits for ${lower(parent)}, which has just arrived: it appears at the next sync.`, action: 'wait' };
    }
    const unique = /UNIQUE constraint failed: (.+)$/.exec(row.reason);
    if (unique) {
      const what = unique[1]!.split(',').map((c) => columnWords(c.trim())).join(' and ');
      return {
        waitsFor: null,
        reason: `${record} has the same ${what} as another ${lower(recordKindName(row.entity))} on this laptop, so the two cannot both be shown. ` +
          `Correct the ${what} of one of them on the laptop that created it.`,
        action: 'correct',
      };
    }
    return {
      waitsFor: null,
      reason: `${record} holds a value this version of Chartroom refuses, so it cannot be shown. Updating Chartroom on this laptop may let it in.`,
      action: 'update-app',
    };
  }

  return {
    total,
    records: rows.map((row) => ({
      entity: row.entity,
      recordId: row.recordId,
      kind: recordKindName(row.entity),
      record: describe(row.entity, row.recordId),
      since: row.since,
      ...explain(row),
    })),
  };
}

/** The name another laptop goes by in this folder, or null for this laptop itself. */
export function deviceName(ctx: CoreContext, deviceId: string): string | null {
  if (deviceId === ctx.store.deviceId) return null;
  return (ctx.db.prepare('SELECT name FROM sync_devices WHERE device_id = ? ORDER BY last_seen_at DESC LIMIT 1').pluck().get(deviceId) as string | undefined) ?? `laptop ${deviceId.slice(0, 8)}`;
}
