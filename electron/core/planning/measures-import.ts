// Values pasted from a spreadsheet (tab-separated) or read from a CSV file: every row judged by the contract's schema
// and the shared value rule, reported by line, and written only when every row is right (nothing written otherwise).
import type { ValuesImportReport } from '../../../shared/contract/measures';
import { MeasureValueInput } from '../../../shared/contract/measures';
import { isRatioType, readNumber } from '../../../shared/domain/spc/value-rules';
import { decodeBase64 } from '../attachments/attachment-store';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { decodeRoster, parseRoster } from '../staff/roster-text';
import { measuresRepository } from './measures-repository';

type Column = 'period' | 'numerator' | 'denominator' | 'value' | 'annotation';
const headerNames: Record<string, Column> = {
  period: 'period', month: 'period', quarter: 'period', year: 'period', date: 'period',
  numerator: 'numerator', num: 'numerator', denominator: 'denominator', den: 'denominator', denom: 'denominator',
  value: 'value', count: 'value', annotation: 'annotation', note: 'annotation', notes: 'annotation', comment: 'annotation',
};

export function measuresImport(ctx: CoreContext) {
  const repo = measuresRepository(ctx);
  return {
    importValues(input: { measureId: string; commit: boolean } & ({ text: string } | { fileName: string; dataBase64: string })): ValuesImportReport {
      const m = repo.measure(input.measureId);
      const text = 'text' in input ? input.text : decodeRoster(decodeBase64(input.dataBase64)).text;
      const ratio = isRatioType(m.type);
      // A paste usually has no header row: the columns are then read in the order the grid shows them.
      const firstCell = text.trimStart().split(/[\t,;\r\n]/, 1)[0]!.trim().toLowerCase();
      const headed = firstCell in headerNames;
      const defaultHeader = (ratio ? ['period', 'numerator', 'denominator', 'annotation'] : ['period', 'value', 'annotation']).join(text.includes('\t') ? '\t' : ',');
      const parsed = parseRoster(headed ? text : `${defaultHeader}\n${text}`);
      const lineOffset = headed ? 0 : -1;
      const columns = parsed.headers.map((h) => headerNames[h.trim().toLowerCase()] ?? null);
      const unknown = parsed.headers.filter((_, i) => !columns[i]);
      if (!columns.includes('period') || (ratio ? !columns.includes('numerator') || !columns.includes('denominator') : !columns.includes('value'))) {
        throw new AppError('INVALID_INPUT', `The columns must be period, ${ratio ? 'numerator and denominator' : 'value'} (and optionally annotation)${unknown.length ? `; “${unknown.join('”, “')}” is not one of them` : ''}.`);
      }
      const rows: ValuesImportReport['rows'] = [];
      const candidates: { line: number; input: ReturnType<typeof MeasureValueInput.parse> }[] = [];
      for (const problem of parsed.problems) rows.push({ line: problem.line + lineOffset, period: '', problems: [problem.reason] });
      for (const row of parsed.rows) {
        const cell = (c: Column) => {
          const i = columns.indexOf(c);
          return i < 0 ? '' : row.cells[i] ?? '';
        };
        const problems: string[] = [];
        const number = (c: Column, label: string) => {
          const n = readNumber(cell(c));
          if (Number.isNaN(n)) {
            problems.push(`${label} “${cell(c)}” is not a number`);
            return null;
          }
          return n;
        };
        const candidate = MeasureValueInput.safeParse({
          period: cell('period'), numerator: ratio ? number('numerator', 'The numerator') : null, denominator: ratio ? number('denominator', 'The denominator') : null,
          value: ratio ? null : number('value', 'The value'), annotation: cell('annotation') || null,
        });
        if (!candidate.success) problems.push(...candidate.error.issues.map((i) => i.message));
        const line = row.line + lineOffset;
        rows.push({ line, period: cell('period'), problems });
        if (candidate.success && problems.length === 0) candidates.push({ line, input: candidate.data });
      }
      // The shared rule and duplicate periods, judged on the rows that read as numbers.
      for (const p of repo.judgeValues(m, candidates.map((c) => c.input))) {
        const line = candidates[p.index]!.line;
        rows.find((r) => r.line === line)!.problems.push(p.message.replace(/\(rows (\d+) and (\d+)\)/, (_, a: string, b: string) => `(lines ${candidates[Number(a) - 1]!.line} and ${candidates[Number(b) - 1]!.line})`));
      }
      rows.sort((a, b) => a.line - b.line);
      const problemCount = rows.reduce((n, r) => n + r.problems.length, 0);
      if (rows.length === 0) throw new AppError('INVALID_INPUT', 'There are no values to import: each row is a period and its values.');
      const written = input.commit && problemCount === 0 ? repo.writeValues(m, candidates.map((c) => c.input)) : 0;
      return { written, rows, problemCount };
    },
  };
}
