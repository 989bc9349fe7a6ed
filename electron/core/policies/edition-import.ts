// A new edition of an accreditor's standards from a CSV file: the standards it adds, carries or revises, and those it
// moves or retires, so the citations it makes stale show in the crosswalk. All or nothing: any bad line, nothing written.
import { editionFileColumns, EditionImportRow, type Standard, type StandardEdition } from '../../../shared/contract/policies';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { decodeRoster, parseRoster } from '../staff/roster-text';
import { standardChangeEntity, standardEditionEntity, standardEntity } from './entities';

export interface EditionFile {
  body: Standard['body'];
  name: string;
  effectiveOn: string;
  file: { fileName: string; dataBase64: string };
}

interface Problem { line: number; reason: string }

export function editionImport(ctx: CoreContext) {
  const { db, store } = ctx;
  const standardsOf = db.prepare('SELECT id, code FROM standards WHERE body = ?');
  const latestEdition = db.prepare('SELECT name, effective_on AS effectiveOn FROM standard_editions WHERE body = ? ORDER BY effective_on DESC LIMIT 1');
  const editionNamed = db.prepare('SELECT 1 FROM standard_editions WHERE body = ? AND name = ?').pluck();
  const editionById = db.prepare('SELECT id, body, name, effective_on AS effectiveOn FROM standard_editions WHERE id = ?');
  const citationsOf = db.prepare('SELECT count(*) FROM policy_standards WHERE standard_id = ?').pluck();

  function readRows(file: EditionFile['file']): { line: number; row: EditionImportRow }[] {
    const { text } = decodeRoster(Buffer.from(file.dataBase64, 'base64'));
    if (text.includes('\u0000')) throw new AppError('INVALID_INPUT', `${file.fileName} is not a text file. Save the edition's list as CSV.`);
    if (!text.trim()) throw new AppError('INVALID_INPUT', `${file.fileName} is empty: an edition file has a header row (${editionFileColumns.join(', ')}) and a row per standard.`);
    const parsed = parseRoster(text);
    const headers = parsed.headers.map((h) => h.toLowerCase());
    const missing = editionFileColumns.filter((c) => !headers.includes(c));
    if (missing.length) {
      throw new AppError('INVALID_INPUT', `${file.fileName} has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}: the header row must name ${editionFileColumns.join(', ')}.`);
    }
    const problems: Problem[] = [...parsed.problems];
    const rows: { line: number; row: EditionImportRow }[] = [];
    for (const { line, cells } of parsed.rows) {
      const record = Object.fromEntries(editionFileColumns.map((c) => [c, cells[headers.indexOf(c)] ?? '']));
      const result = EditionImportRow.safeParse(record);
      if (result.success) rows.push({ line, row: result.data });
      else problems.push(...result.error.issues.map((i) => ({ line, reason: i.message })));
    }
    refuse(problems);
    if (rows.length === 0) throw new AppError('INVALID_INPUT', `${file.fileName} has a header but no standards.`);
    return rows;
  }

  function refuse(problems: Problem[]): void {
    if (problems.length === 0) return;
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''})` : '';
    throw new AppError('INVALID_INPUT', `Line ${sorted[0]!.line}: ${sorted[0]!.reason}${more}. Nothing was imported.`,
      sorted.map((p) => ({ path: `line ${p.line}`, message: p.reason })));
  }

  /** What each line does, checked against the standards already in the crosswalk before anything is written. */
  function plan(body: string, rows: { line: number; row: EditionImportRow }[]) {
    const existing = new Map((standardsOf.all(body) as { id: string; code: string }[]).map((s) => [s.code.toUpperCase(), s.id]));
    const problems: Problem[] = [];
    const seen = new Map<string, number>();
    const replaced = new Map<string, number>();
    for (const { line, row } of rows) {
      const code = row.code.toUpperCase();
      if (seen.has(code)) problems.push({ line, reason: `${row.code} is also on line ${seen.get(code)}: give each standard one line` });
      seen.set(code, line);
      const known = existing.has(code);
      if (row.change === 'new' && known) problems.push({ line, reason: `${body} ${row.code} is already in the crosswalk: mark it unchanged or revised` });
      if ((row.change === 'unchanged' || row.change === 'revised' || row.change === 'retired') && !known) {
        problems.push({ line, reason: `${body} ${row.code} is not in the crosswalk, so it cannot be ${row.change}` });
      }
      if (row.change === 'moved') {
        for (const old of row.replaces.split(';').map((c) => c.trim()).filter(Boolean)) {
          if (!existing.has(old.toUpperCase())) problems.push({ line, reason: `It replaces ${body} ${old}, which is not in the crosswalk` });
          else replaced.set(old.toUpperCase(), line);
        }
      }
    }
    for (const { line, row } of rows) {
      const code = row.code.toUpperCase();
      if (replaced.has(code) && row.change !== 'moved' && row.change !== 'retired' && replaced.get(code) !== line) {
        problems.push({ line, reason: `${row.code} is moved by line ${replaced.get(code)} but this line keeps it (${row.change})` });
      }
    }
    refuse(problems);
    return { existing, replaced };
  }

  return {
    importEdition(input: EditionFile) {
      const rows = readRows(input.file);
      const { existing, replaced } = plan(input.body, rows);
      const latest = latestEdition.get(input.body) as { name: string; effectiveOn: string } | undefined;
      if (editionNamed.get(input.body, input.name)) throw new AppError('CONFLICT', `${input.body} already has an edition named "${input.name}".`, [{ path: 'name', message: 'Already imported' }]);
      if (latest && input.effectiveOn <= latest.effectiveOn) {
        throw new AppError('INVALID_INPUT', `${input.body}'s latest edition, ${latest.name}, takes effect ${latest.effectiveOn}: a new edition takes effect after it.`, [{ path: 'effectiveOn', message: `After ${latest.effectiveOn}` }]);
      }
      return store.transaction(() => {
        const editionId = store.insert(standardEditionEntity, { body: input.body, name: input.name, effectiveOn: input.effectiveOn });
        const counts = { added: 0, carried: 0, moved: 0, retired: 0, staleCitations: 0 };
        for (const { row } of rows) {
          const known = existing.get(row.code.toUpperCase());
          if (row.change === 'retired') {
            store.insert(standardChangeEntity, { editionId, standardId: known!, change: 'retired', successorId: null });
            counts.retired++;
            counts.staleCitations += citationsOf.get(known!) as number;
            continue;
          }
          let id = known;
          if (id) store.update(standardEntity, id, row.change === 'unchanged' ? { editionId } : { editionId, title: row.title });
          else id = store.insert(standardEntity, { body: input.body, code: row.code, title: row.title, editionId });
          if (row.change === 'moved') {
            for (const old of row.replaces.split(';').map((c) => c.trim()).filter(Boolean)) {
              const oldId = existing.get(old.toUpperCase())!;
              store.insert(standardChangeEntity, { editionId, standardId: oldId, change: 'moved', successorId: id });
              counts.moved++;
              counts.staleCitations += citationsOf.get(oldId) as number;
            }
          } else if (known) counts.carried++;
          else counts.added++;
        }
        const mentioned = new Set([...rows.map((r) => r.row.code.toUpperCase()), ...replaced.keys()]);
        const notMentioned = [...existing.keys()].filter((code) => !mentioned.has(code)).length;
        return { edition: editionById.get(editionId) as StandardEdition, ...counts, notMentioned };
      });
    },
  };
}
