// A generated OIG LEIE file in the published layout (UPDATED.csv: 18 columns, every value quoted, CRLF), for tests and
// the bench: listed people who are nobody on the roster, plus the planted rows a test asks for.
import { leieColumns } from '../../shared/domain/exclusion-screening';

export type LeieRow = Partial<Record<(typeof leieColumns)[number], string>>;

const surnames = ['ABERNATHY', 'BLACKWOOD', 'CASTELLANOS', 'DUNMORE', 'EVERSHOLT', 'FAIRCLOUGH', 'GALLOWAY', 'HARTWELL', 'IRONSIDE', 'JESSOP', 'KINGSLEY', 'LOCKHART'];
const given = ['ALAN', 'BRENDA', 'CARL', 'DENISE', 'EDGAR', 'FIONA', 'GORDON', 'HELEN', 'IVAN', 'JUDITH', 'KEITH', 'LORNA'];

/** A listed person as the LEIE writes one: dates YYYYMMDD, ten zeros where there is no NPI, empty waiver fields. */
export function leieRow(fields: LeieRow): string[] {
  const row: Record<string, string> = {
    LASTNAME: '', FIRSTNAME: '', MIDNAME: '', BUSNAME: '', GENERAL: 'IND- LIC HC SERV PRO', SPECIALTY: 'NURSING PROFESSION', UPIN: '',
    NPI: '0000000000', DOB: '', ADDRESS: '100 MAIN ST', CITY: 'SPRINGFIELD', STATE: 'OH', ZIP: '45501', EXCLTYPE: '1128a1', EXCLDATE: '20190620',
    REINDATE: '00000000', WAIVERDATE: '00000000', WVRSTATE: '', ...fields,
  };
  return leieColumns.map((c) => row[c]!);
}

/** `count` filler rows (deterministic), a tenth of them businesses, with `planted` rows spread through the file. */
export function leieFile(count: number, planted: LeieRow[] = [], columns: readonly string[] = leieColumns): string {
  const lines: string[][] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) lines.push(leieRow({ BUSNAME: `PHARMACY ${i} LLC`, GENERAL: 'PHARMACY', SPECIALTY: '' }));
    else {
      lines.push(leieRow({
        LASTNAME: `${surnames[i % surnames.length]}${Math.floor(i / surnames.length)}`, FIRSTNAME: given[(i * 7) % given.length],
        DOB: `19${50 + (i % 45)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`,
      }));
    }
  }
  planted.forEach((row, k) => lines.splice(Math.floor(((k + 1) * lines.length) / (planted.length + 1)), 0, leieRow(row)));
  const keep = columns.map((c) => leieColumns.indexOf(c as (typeof leieColumns)[number]));
  return [columns, ...lines.map((l) => keep.map((i) => l[i]!))].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** As the OIG writes it: every value in quotes, a quote inside doubled. */
function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
