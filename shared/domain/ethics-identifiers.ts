// An identifier typed into a case's narrative: the patient's name, record number, date of birth or admission date
// (in any usual spelling), or anything shaped like a record or social security number. Caught on save.
import { findIdentifiers } from './deidentify';

export interface CaseIdentifiers {
  patientName: string;
  mrn: string;
  dateOfBirth: string | null;
  admissionDate: string | null;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ways a director might write an ISO day: 3/14/1941, 03/14/1941, 1941-03-14, March 14, 1941, 14 March 1941, Mar 14. */
export function spellingsOfDay(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = monthNames[m - 1]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [
    iso, `${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${String(y).slice(2)}`, `${pad(m)}-${pad(d)}-${y}`, `${d}.${m}.${y}`,
    `${month} ${d}, ${y}`, `${month} ${d} ${y}`, `${d} ${month} ${y}`, `${month.slice(0, 3)} ${d}, ${y}`, `${month.slice(0, 3)}. ${d}, ${y}`,
    `${d} ${month.slice(0, 3)} ${y}`,
  ];
}

/** What of the case's own identifiers (or record-number-like text) a narrative holds: a sentence per find, or none. */
export function identifiersInNarrative(text: string, ids: CaseIdentifiers): string[] {
  const problems: string[] = [];
  const lower = text.toLowerCase();
  const own = findIdentifiers(text, { personNames: ids.patientName ? [ids.patientName] : [], values: ids.mrn ? [ids.mrn] : [] });
  if (own.some((s) => s.kind === 'name' && ids.patientName && ids.patientName.toLowerCase().split(/\s+/).some((p) => p.length >= 3 && s.text.toLowerCase().startsWith(p)))) {
    problems.push("the patient's name");
  }
  if (ids.mrn && lower.includes(ids.mrn.toLowerCase())) problems.push('the record number');
  else if (own.some((s) => s.kind === 'mrn' || s.kind === 'ssn')) problems.push('a record or social security number');
  for (const [label, day] of [['the date of birth', ids.dateOfBirth], ['the admission date', ids.admissionDate]] as const) {
    if (day && spellingsOfDay(day).some((s) => lower.includes(s.toLowerCase()))) problems.push(label);
  }
  return problems;
}
