// The expirations board as files a director can take elsewhere: CSV for a spreadsheet, .ics for their calendar.
import { createEvents, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import type { CredentialListRow, ExportedFile } from '../../../shared/contract/credentials';
import { credentialTypeLabels, describeCredentialStatus } from '../../../shared/domain/credentials';
import { AppError } from '../errors';

const credentialName = (r: CredentialListRow) =>
  [credentialTypeLabels[r.type], r.title, r.jurisdiction].filter(Boolean).join(' — ');

export function expirationsCsv(rows: CredentialListRow[], today: string): ExportedFile {
  const content = Papa.unparse(
    rows.map((r) => ({
      Practitioner: r.staffName,
      Department: r.departmentName,
      Credential: credentialName(r),
      // Masked here too: a spreadsheet travels further than the app.
      Number: r.numberMasked ?? '',
      Expires: r.expiresOn ?? '',
      Status: describeCredentialStatus(r.status),
      'Last verified': r.lastVerifiedOn ?? '',
    })),
    // Names and departments come from imported rosters: a cell starting with = + - @ would run as a formula in Excel.
    { quotes: true, newline: '\r\n', escapeFormulae: true },
  );
  // A byte-order mark lets Excel open the accents in names correctly.
  return { fileName: `credential-expirations-${today}.csv`, mediaType: 'text/csv', content: `\uFEFF${content}\r\n` };
}

export function expirationsCalendar(rows: CredentialListRow[], today: string, warningDays: readonly number[], organisation: string): ExportedFile {
  const events: EventAttributes[] = rows
    .filter((r) => r.expiresOn)
    .map((r) => {
      const [y, m, d] = r.expiresOn!.split('-').map(Number) as [number, number, number];
      return {
        // Stable per credential and expiry: importing a newer export updates the event instead of adding a twin.
        uid: `${r.credentialId}-${r.expiresOn}@chartroom`,
        start: [y, m, d],
        duration: { days: 1 },
        title: `${credentialTypeLabels[r.type]} expires: ${r.staffName}`,
        description: `${credentialName(r)}\nNumber: ${r.numberMasked ?? '—'}\nDepartment: ${r.departmentName}\nExported from Chartroom on ${today}.`,
        categories: ['Credentials'],
        classification: 'CONFIDENTIAL',
        transp: 'TRANSPARENT',
        calName: `${organisation} — credential expirations`,
        productId: 'chartroom/credentials',
        alarms: r.status.state === 'expired' ? [] : warningDays.map((days) => ({ action: 'display' as const, description: `${credentialName(r)} for ${r.staffName} expires in ${days} days`, trigger: { days, before: true } })),
      };
    });
  if (events.length === 0) {
    return { fileName: `credential-expirations-${today}.ics`, mediaType: 'text/calendar', content: emptyCalendar(organisation) };
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw new AppError('INTERNAL', `The calendar file could not be written (${error?.message ?? 'unknown reason'}).`);
  return { fileName: `credential-expirations-${today}.ics`, mediaType: 'text/calendar', content: value };
}

function emptyCalendar(organisation: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:chartroom/credentials', `X-WR-CALNAME:${organisation} — credential expirations`, 'END:VCALENDAR', ''].join('\r\n');
}
