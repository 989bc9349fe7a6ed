// The roster CSV fixture made real for today: its {today±N} placeholders become dates, so expiries land in known weeks whatever day the test runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../../shared/domain/calendar-day';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** `{today+10}` → 2026-05-11; `{today+50:us}` → 06/30/2026 (the month-first form US rosters use). */
export function rosterCsvFor(today: string, fixture = 'staff-roster.csv'): string {
  const template = fs.readFileSync(path.join(fixtures, fixture), 'utf8');
  return template.replace(/\{today([+-]\d+)(:us)?\}/g, (_match, offset: string, us: string | undefined) => {
    const date = addDays(today, Number(offset));
    if (!us) return date;
    const [y, m, d] = date.split('-');
    return `${m}/${d}/${y}`;
  });
}

/** Writes the dated roster where the file chooser can pick it up. */
export function writeRosterFile(dir: string, today: string, fixture = 'staff-roster.csv'): string {
  const file = path.join(dir, 'harbour-view-roster.csv');
  fs.writeFileSync(file, rosterCsvFor(today, fixture));
  return file;
}

/** The roster's practitioners and credentials the test expects, by line in the file. */
export const roster = {
  good: [
    { line: 2, familyName: 'Quillmere', givenName: 'Amara', npi: '1234567893', licenceNumber: 'TX-48213977' },
    { line: 3, familyName: 'Ferrowood', givenName: 'Bastian', npi: '1245319599', licenceNumber: 'TX-55102841' },
    { line: 4, familyName: 'Vashti', givenName: 'Corinne', npi: '1003000126', licenceNumber: 'TX-77420019' },
    { line: 5, familyName: 'Orrick', givenName: 'Delphine', npi: '1972629459', licenceNumber: 'TX-60918823' },
  ],
  bad: [
    { line: 6, reason: 'NPI "1234567890": this NPI fails its check digit' },
    { line: 7, reason: 'State medical licence: it expires (2024-06-01) before it was issued (2025-06-01)' },
    { line: 8, reason: 'Licence expires: "31/12/2026" is not a date this import reads' },
    { line: 9, reason: 'Department "Astrology" does not exist here' },
  ],
} as const;
