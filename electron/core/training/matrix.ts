// The compliance matrix (people × requirements), a person's assignments, and a policy's training compliance, all
// derived from the facts of one day.
import Papa from 'papaparse';
import { matrixCellCodes, type AssignmentRow, type Matrix } from '../../../shared/contract/training';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { escapeHtml } from '../print/escape-html';
import { printStyles } from '../print/print-styles';
import { organisationCalendar } from '../settings/today';
import { assess, countState, emptyCounts, personName, trainingFacts } from './assignments';

export const cellWords: Record<string, string> = { C: 'Current', S: 'Due soon', O: 'Overdue', N: 'Not yet due', E: 'Exempt', '-': 'Not required' };

export function trainingMatrix(ctx: CoreContext) {
  const calendar = organisationCalendar(ctx);
  const facts = trainingFacts(ctx);
  const staffExists = ctx.db.prepare('SELECT 1 FROM staff WHERE id = ?').pluck();
  const requirementOfPolicy = ctx.db.prepare('SELECT id FROM training_requirements WHERE policy_id = ? AND retired_on IS NULL ORDER BY created_at LIMIT 1').pluck();

  function matrix(query: { departmentId?: string; roleId?: string; asOf?: string }): Matrix {
    const asOf = query.asOf ?? calendar.today();
    const read = facts(asOf, query);
    const rows = read.people.map((person) => {
      let cells = '';
      for (const r of read.requirements) cells += matrixCellCodes[assess(r, person, read).state];
      return { staffId: person.id, name: personName(person), departmentName: person.departmentName, roleName: person.roleName, cells };
    });
    return { asOf, requirements: read.requirements.map((r) => ({ id: r.id, title: r.title })), rows };
  }

  return {
    matrix,

    assignments(staffId: string): AssignmentRow[] {
      if (!staffExists.get(staffId)) throw notFound('This staff member');
      const read = facts(calendar.today(), { staffId });
      const person = read.people[0];
      if (!person) return [];
      return read.requirements.flatMap((r) => {
        const a = assess(r, person, read);
        if (a.state === 'not-required') return [];
        const waiver = read.waivers.get(staffId)?.get(r.id);
        return [{ requirementId: r.id, requirementTitle: r.title, courseId: r.courseId, courseTitle: r.courseTitle, ...a, waiver: a.state === 'exempt' && waiver ? waiver : null }];
      });
    },

    policyCompliance(policyId: string) {
      const requirementId = (requirementOfPolicy.get(policyId) as string | undefined) ?? null;
      const counts = emptyCounts();
      if (!requirementId) return { requirementId, courseTitle: null, ...counts };
      const read = facts(calendar.today());
      const requirement = read.requirements.find((r) => r.id === requirementId)!;
      for (const person of read.people) countState(counts, assess(requirement, person, read).state);
      return { requirementId, courseTitle: requirement.courseTitle, ...counts };
    },

    async export(query: { departmentId?: string; roleId?: string; format: 'csv' | 'pdf' }) {
      const m = matrix(query);
      if (query.format === 'csv') {
        const content = Papa.unparse(
          { fields: ['Name', 'Department', 'Role', ...m.requirements.map((r) => r.title)], data: m.rows.map((row) => [row.name, row.departmentName, row.roleName, ...[...row.cells].map((c) => cellWords[c])]) },
          // Names come from imported rosters: a cell starting with = + - @ would run as a formula in Excel.
          { quotes: true, newline: '\r\n', escapeFormulae: true },
        );
        return { fileName: `training-compliance-${m.asOf}.csv`, mediaType: 'text/csv', content: `\uFEFF${content}\r\n` };
      }
      const pdf = await ctx.printer().print(matrixHtml(m, calendar.settings().organisationName), { landscape: true });
      return { fileName: `training-compliance-${m.asOf}.pdf`, mediaType: 'application/pdf', content: Buffer.from(pdf).toString('base64') };
    },
  };
}

function matrixHtml(m: Matrix, organisation: string): string {
  const head = m.requirements.map((r) => `<th class="req">${escapeHtml(r.title)}</th>`).join('');
  const body = m.rows.map((row) => `<tr><td>${escapeHtml(row.name)}</td><td>${escapeHtml(row.departmentName)}</td>${[...row.cells].map((c) => `<td class="cell c-${c === '-' ? 'x' : c}">${escapeHtml(cellWords[c]!)}</td>`).join('')}</tr>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${printStyles}
    table { border-collapse: collapse; font-size: 7.5pt; width: 100%; } th, td { border: 1px solid #ccd; padding: 2px 4px; }
    th.req { font-weight: 600; } thead { display: table-header-group; } tr { break-inside: avoid; }
    .c-C { background: #e5f4ea; } .c-S { background: #fff4d6; } .c-O { background: #fbe3e3; font-weight: 600; } .c-E { background: #eceef3; } .c-x { color: #999; }
  </style></head><body><h1>Training compliance</h1><p>${escapeHtml(organisation)} · as of ${m.asOf} · ${m.rows.length} people × ${m.requirements.length} requirements</p>
  <table><thead><tr><th>Name</th><th>Department</th>${head}</tr></thead><tbody>${body}</tbody></table></body></html>`;
}
