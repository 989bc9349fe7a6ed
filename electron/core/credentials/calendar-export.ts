// The expirations board as files a director can take elsewhere: CSV for a spreadsheet, .ics for their calendar.
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { CredentialListRow, ExportedFile } from '../../../shared/contract/credentials';
import { credentialTypeLabels, describeCredentialStatus } from '../../../shared/domain/credentials';

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

/**
 * The board as an RFC 5545 calendar: one all-day event on each expiry date, with a reminder at each warning band.
 * Written with ical.js, which serialises dates and durations by the RFC ("-P90D"), so strict importers accept it.
 */
export function expirationsCalendar(rows: CredentialListRow[], today: string, warningDays: readonly number[], organisation: string, now: Date): ExportedFile {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Chartroom//Credential expirations//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', `${organisation} — credential expirations`);
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const r of rows) {
    if (!r.expiresOn) continue;
    const event = new ICAL.Component('vevent');
    // Stable per credential and expiry: importing a newer export updates the event instead of adding a twin.
    event.addPropertyWithValue('uid', `${r.credentialId}-${r.expiresOn}@chartroom`);
    event.addPropertyWithValue('dtstamp', stamp);
    const day = ICAL.Time.fromDateString(r.expiresOn);
    const next = day.clone();
    next.adjust(1, 0, 0, 0);
    // An all-day event is the day itself: DTEND is the next day, exclusive.
    event.addPropertyWithValue('dtstart', day);
    event.addPropertyWithValue('dtend', next);
    event.addPropertyWithValue('summary', `${credentialTypeLabels[r.type]} expires: ${r.staffName}`);
    event.addPropertyWithValue('description', `${credentialName(r)}\nNumber: ${r.numberMasked ?? '—'}\nDepartment: ${r.departmentName}\nExported from Chartroom on ${today}.`);
    event.addPropertyWithValue('categories', 'Credentials');
    event.addPropertyWithValue('class', 'CONFIDENTIAL');
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    // A lapsed credential needs no reminder of a date already past.
    if (r.status.state !== 'expired') {
      for (const days of warningDays) {
        const alarm = new ICAL.Component('valarm');
        alarm.addPropertyWithValue('action', 'DISPLAY');
        alarm.addPropertyWithValue('description', `${credentialName(r)} for ${r.staffName} expires in ${days} days`);
        alarm.addPropertyWithValue('trigger', ICAL.Duration.fromData({ days, isNegative: true }));
        event.addSubcomponent(alarm);
      }
    }
    calendar.addSubcomponent(event);
  }
  return { fileName: `credential-expirations-${today}.ics`, mediaType: 'text/calendar', content: `${calendar.toString()}\r\n` };
}
