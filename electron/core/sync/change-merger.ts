// Merges one field change into the registers: latest clock wins (the device id at the end of the clock text breaks
// ties), a change seen twice does nothing, and a value that loses to an edit made without knowing it is kept as a
// conflict. Long text edited on both sides from the same base is merged where the edits do not overlap.
// Two bookkeeping registers per record serve duplicate merging (see duplicates.ts): '_created', the earliest stamp
// ever written to the record (its creation, the same on every laptop), and '_mergedInto', the record it was merged into.
import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { entityNamed } from '../db/entity-registry';
import { createdField, isBookkeeping, mergedIntoField } from './duplicates';
import { isLongText } from './long-text';
import type { FieldChange, Knowledge } from './segment-codec';
import type { Register, SyncState } from './sync-state';
import { mergeThreeWay } from './three-way-merge';

export interface Writer {
  deviceId: string;
  seq: number;
  known: Knowledge;
  /** Shown as the author in the record's history. */
  actor: string;
}

/** Did the writer of `later` have `earlier` when it wrote? Its own earlier segments, or what its knowledge lists. */
export function writerKnew(later: { deviceId: string; seq: number; known: Knowledge }, earlier: { deviceId: string; seq: number }): boolean {
  if (later.deviceId === earlier.deviceId) return earlier.seq <= later.seq;
  return (later.known[earlier.deviceId] ?? 0) >= earlier.seq;
}

export class ChangeMerger {
  /** Records whose registers changed: the projection brings their rows in line afterwards. */
  readonly touched = new Map<string, Set<string>>();
  /** Long texts merged three-way: each is an open 'merged' conflict until the engine writes the merged text. */
  textMerges = 0;
  conflicts = 0;
  applied = 0;
  private readonly logRemote: Statement;
  private readonly txId = randomUUID();

  constructor(
    db: Database,
    private readonly state: SyncState,
    private readonly now: () => string,
  ) {
    this.logRemote = db.prepare(
      'INSERT INTO change_log (tx_id, entity, record_id, field, old_value, new_value, actor, at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /**
   * `local`: the change is this laptop's own, already in its table and change log; only the registers learn it.
   * Returns whether the change now holds its register.
   */
  merge(change: FieldChange, writer: Writer, local: boolean): boolean {
    const [entity, recordId, field, value, base, hlc] = change;
    if (!entityNamed(entity)) return false;
    if (field === createdField) return this.noteCreated(entity, recordId, hlc, writer);
    this.noteCreated(entity, recordId, hlc, writer);
    const current = this.state.register(entity, recordId, field);
    if (field === mergedIntoField) return this.mergeRedirect(entity, recordId, change, current, writer, local);
    if (current && (current.hlc === hlc || alsoOf(current).some((m) => m.hlc === hlc))) return false;
    const incoming: Register = { value, hlc, deviceId: writer.deviceId, seq: writer.seq, base: isLongText(entity, field) ? base : null, also: null };
    const wins = !current || hlc > current.hlc;

    if (current) {
      // Everyone holding the current value without knowing of each other: the winner and its concurrent co-holders.
      const holders: Holder[] = [{ hlc: current.hlc, deviceId: current.deviceId, seq: current.seq }, ...alsoOf(current)];
      if (wins) {
        const stillHolding: Holder[] = [];
        for (const h of holders) {
          if (writerKnew(writer, this.withKnowledge(h))) continue;
          if (current.value === value) stillHolding.push(h);
          else this.keepLoser(entity, recordId, field, incoming, { ...current, hlc: h.hlc, deviceId: h.deviceId, seq: h.seq });
        }
        incoming.also = stillHolding.length ? JSON.stringify(stillHolding.map((h) => [h.hlc, h.deviceId, h.seq])) : null;
      } else if (!holders.some((h) => writerKnew(this.withKnowledge(h), writer))) {
        if (current.value === value) {
          const also = [...alsoOf(current), { hlc, deviceId: writer.deviceId, seq: writer.seq }];
          this.state.putRegister(entity, recordId, field, { ...current, also: JSON.stringify(also.map((h) => [h.hlc, h.deviceId, h.seq])) });
        } else {
          this.keepLoser(entity, recordId, field, current, incoming);
        }
      }
    }
    if (field !== '_deleted') this.checkAgainstDelete(entity, recordId, field, incoming, writer);
    else if (value === 'true') this.checkDeleteAgainstEdits(entity, recordId, incoming, writer);

    if (!wins) return false;
    this.state.putRegister(entity, recordId, field, incoming);
    if (!local) {
      this.applied++;
      this.logRemote.run(this.txId, entity, recordId, field, current?.value ?? 'null', value ?? 'null', writer.actor, this.now(), hlc, writer.deviceId);
      this.touch(entity, recordId);
    }
    return true;
  }

  /**
   * The earliest write to a record is its creation: every later write was made by someone who had the record, whose
   * clock had therefore passed that stamp. Keeping the minimum makes it the same on every laptop, whatever arrives first.
   */
  private noteCreated(entity: string, recordId: string, hlc: string, writer: Writer): boolean {
    const current = this.state.register(entity, recordId, createdField);
    if (current && current.hlc <= hlc) return false;
    this.state.putRegister(entity, recordId, createdField, { value: null, hlc, deviceId: writer.deviceId, seq: writer.seq, base: null, also: null });
    return true;
  }

  /** A redirect merges like any field (the latest wins) but is bookkeeping: two laptops naming different survivors both lead to one root. */
  private mergeRedirect(entity: string, recordId: string, change: FieldChange, current: Register | undefined, writer: Writer, local: boolean): boolean {
    const [, , field, value, , hlc] = change;
    if (current && current.hlc >= hlc) return false;
    this.state.putRegister(entity, recordId, field, { value, hlc, deviceId: writer.deviceId, seq: writer.seq, base: null, also: null });
    if (!local) {
      this.applied++;
      this.logRemote.run(this.txId, entity, recordId, field, current?.value ?? 'null', value ?? 'null', writer.actor, this.now(), hlc, writer.deviceId);
    }
    // Even a local one: no table shows a redirect, so the rows must be brought in line with it.
    this.touch(entity, recordId);
    return true;
  }

  private touch(entity: string, recordId: string): void {
    let records = this.touched.get(entity);
    if (!records) this.touched.set(entity, (records = new Set()));
    records.add(recordId);
  }

  private withKnowledge(h: Holder) {
    return { ...h, known: this.state.knownBy(h.deviceId, h.seq) };
  }

  private keepLoser(entity: string, recordId: string, field: string, kept: Register, lost: Register): void {
    if (isLongText(entity, field) && typeof kept.value === 'string' && typeof lost.value === 'string' && kept.base !== null && kept.base === lost.base) {
      const merged = mergeThreeWay(JSON.parse(kept.base) as string, older(kept, lost), newer(kept, lost));
      if (merged !== null) {
        // Open until the merged text is in the record (the engine writes it once the batch is applied and the row
        // exists); kept_value holds the merged text, and until then the losing edit lives only here.
        this.state.addConflict({ entity, recordId, field, kind: 'merged', keptValue: JSON.stringify(merged), keptHlc: kept.hlc, lostValue: lost.value, lostHlc: lost.hlc }, this.now());
        this.textMerges++;
        return;
      }
    }
    this.state.addConflict({ entity, recordId, field, kind: 'concurrent', keptValue: kept.value, keptHlc: kept.hlc, lostValue: lost.value, lostHlc: lost.hlc }, this.now());
    this.conflicts++;
  }

  /** An edit that meets a delete it did not know of: kept if later (the record returns), kept as a conflict if earlier. */
  private checkAgainstDelete(entity: string, recordId: string, field: string, edit: Register, writer: Writer): void {
    const deletion = this.state.register(entity, recordId, '_deleted');
    if (!deletion || deletion.value !== 'true') return;
    const deleter = { deviceId: deletion.deviceId, seq: deletion.seq, known: this.state.knownBy(deletion.deviceId, deletion.seq) };
    if (edit.hlc > deletion.hlc && !writerKnew(writer, deleter)) {
      this.state.addConflict({ entity, recordId, field: '_deleted', kind: 'resurrected', keptValue: edit.value, keptHlc: edit.hlc, lostValue: 'true', lostHlc: deletion.hlc }, this.now());
      this.conflicts++;
    } else if (edit.hlc < deletion.hlc && !writerKnew(deleter, writer)) {
      this.state.addConflict({ entity, recordId, field, kind: 'deleted', keptValue: null, keptHlc: deletion.hlc, lostValue: edit.value, lostHlc: edit.hlc }, this.now());
      this.conflicts++;
    }
  }

  private checkDeleteAgainstEdits(entity: string, recordId: string, deletion: Register, writer: Writer): void {
    for (const r of this.state.recordRegisters(entity, recordId)) {
      if (r.field === '_deleted' || isBookkeeping(r.field)) continue;
      const full = this.state.register(entity, recordId, r.field)!;
      const editor = { deviceId: full.deviceId, seq: full.seq, known: this.state.knownBy(full.deviceId, full.seq) };
      if (full.hlc < deletion.hlc && !writerKnew(writer, editor)) {
        this.state.addConflict({ entity, recordId, field: r.field, kind: 'deleted', keptValue: null, keptHlc: deletion.hlc, lostValue: full.value, lostHlc: full.hlc }, this.now());
        this.conflicts++;
      } else if (full.hlc > deletion.hlc && !writerKnew(editor, writer)) {
        this.state.addConflict({ entity, recordId, field: '_deleted', kind: 'resurrected', keptValue: full.value, keptHlc: full.hlc, lostValue: 'true', lostHlc: deletion.hlc }, this.now());
        this.conflicts++;
      }
    }
  }
}

interface Holder {
  hlc: string;
  deviceId: string;
  seq: number;
}

function alsoOf(r: Register): Holder[] {
  if (!r.also) return [];
  return (JSON.parse(r.also) as [string, string, number][]).map(([hlc, deviceId, seq]) => ({ hlc, deviceId, seq }));
}

// The merge reads the older edit as "ours" and the newer as "theirs" on every laptop, so all compute the same text.
const older = (a: Register, b: Register) => JSON.parse(a.hlc < b.hlc ? a.value! : b.value!) as string;
const newer = (a: Register, b: Register) => JSON.parse(a.hlc < b.hlc ? b.value! : a.value!) as string;
