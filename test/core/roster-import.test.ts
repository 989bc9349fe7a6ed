// Roster import: encodings, column mapping, row-level problems by line, one transaction, and re-import that updates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { npiFor, smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  await smallOrganisation(core); // already holds npiFor(1)
});
afterEach(() => core.dispose());

const b64 = (text: string | Buffer) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
const file = (content: string | Buffer) => ({ fileName: 'roster.csv', dataBase64: b64(content) });

const header = 'First Name,Last Name,Degree,NPI,Role,Department,License Number,License State,License Expires,DEA Number,DEA Expires';
const goodRows = [
  `Ben,Ashford,MD,${npiFor(2)},Attending Physician,Cardiology,MD100200,WA,12/20/2026,AA1234563,2027-03-01`,
  `Carmen,Brambleton,NP,${npiFor(3)},Nurse Practitioner,EM,AP300400,OR,2027-05-31,,`,
  `Amara,Quillmere,MD,${npiFor(1)},Attending Physician,Cardiology,MD500600,WA,"Jan 15, 2027",,`,
];

describe('roster import', () => {
  it('guesses the mapping from common headers and previews what it will do', async () => {
    const preview = await core.call('staff.importPreview', file([header, ...goodRows].join('\n')));
    expect(preview.mapping).toMatchObject({ givenName: 'First Name', familyName: 'Last Name', npi: 'NPI', department: 'Department', licenseExpires: 'License Expires', deaNumber: 'DEA Number' });
    expect(preview).toMatchObject({ encoding: 'utf-8', rowCount: 3, validCount: 3, willCreate: 2, willUpdate: 1, problems: [] });
  });

  it('imports good rows, lists bad ones by line with the reason, and writes the good ones only', async () => {
    const rows = [
      header,
      goodRows[0],
      `Dev,Cinderfield,MD,1234567890,Attending Physician,Cardiology,,,,,`,
      `Elena,Dapplewood,MD,${npiFor(4)},Attending Physician,Cardiology,MD7,WA,31/12/2026,,`,
      `Farid,Elderby,MD,${npiFor(5)},Attending Physician,Radiology,,,,,`,
      `Grace,Fernley,MD,${npiFor(6)},Surgeon General,Cardiology,,,,,`,
      `Hiro,Galeton,MD,${npiFor(7)},Attending Physician,Cardiology,,,,AG1234564,2027-01-01`,
      `Ines,Hazelmere,MD,${npiFor(2)},Attending Physician,Cardiology,,,,,`,
      `,Ivymoor,MD,${npiFor(8)},Attending Physician,Cardiology,,,,,`,
    ];
    const report = await core.call('staff.importCommit', file(rows.join('\r\n')));
    expect(report.created).toBe(1);
    expect(report.problems).toEqual([
      { line: 3, reason: 'NPI "1234567890": this NPI fails its check digit: look for a mistyped digit' },
      { line: 4, reason: 'Licence expires: "31/12/2026" is not a date this import reads (use 2026-03-31 or 03/31/2026)' },
      { line: 5, reason: 'Department "Radiology" does not exist here: add it under Staff & Credentials → Organisation' },
      { line: 6, reason: `Role "Surgeon General" is not one of this hospital's roles: add it under Staff & Credentials → Organisation` },
      { line: 7, reason: 'DEA registration: a DEA number is two letters and seven digits with a valid check digit' },
      { line: 8, reason: `NPI ${npiFor(2)} is also on line 2` },
      { line: 9, reason: 'Given name is empty' },
    ]);
    const staff = await core.call('staff.list', {});
    expect(staff.rows.map((r) => r.familyName)).toEqual(['Ashford', 'Quillmere']);
  });

  it('refuses a DEA number whose second letter is not the surname initial, on its line', async () => {
    const csv = `${header}\nBen,Ashford,MD,${npiFor(2)},Attending Physician,Cardiology,,,,FB1234563,2027-03-01\n`;
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems).toEqual([{ line: 2, reason: expect.stringMatching(/^DEA registration: the second letter of a DEA number is the registrant's surname initial: B does not match Ashford \(A\)/) }]);
    expect(report.created).toBe(0);
  });

  it('refuses a licence that expires before it was issued, on its line', async () => {
    const csv = `First Name,Last Name,NPI,Role,Department,License Number,License Issued,License Expires\nBen,Ashford,${npiFor(2)},Attending Physician,Cardiology,MD100200,2026-06-01,2026-05-01\n`;
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems).toEqual([{ line: 2, reason: 'State medical licence: it expires (2026-05-01) before it was issued (2026-06-01)' }]);
    expect(report.created).toBe(0);
  });

  it('updates instead of duplicating when the same file is imported again, matching on NPI', async () => {
    const csv = [header, ...goodRows].join('\n');
    const first = await core.call('staff.importCommit', file(csv));
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 1, problems: [] });
    const counts = tableCounts(core);
    const again = await core.call('staff.importCommit', file(csv));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, credentialsWritten: 0 });
    expect(tableCounts(core)).toEqual(counts);
    const renewed = csv.replace('12/20/2026', '12/20/2028');
    const third = await core.call('staff.importCommit', file(renewed));
    expect(third).toMatchObject({ created: 0, credentialsWritten: 1 });
    expect(tableCounts(core).credentials).toBe(counts.credentials);
  });

  it('keeps the status on file when the row gives none, and still makes a new practitioner active', async () => {
    const quillmere = (await core.call('staff.list', { search: 'Quillmere' })).rows[0]!;
    await core.call('staff.update', { id: quillmere.id, patch: { status: 'inactive' } });
    const csv = `First Name,Last Name,NPI,Role,Department,Status\nAmara,Quillmere,${npiFor(1)},Attending Physician,Cardiology,\nBen,Ashford,${npiFor(2)},Attending Physician,Cardiology,\n`;
    const report = await core.call('staff.importCommit', file(csv));
    expect(report).toMatchObject({ created: 1, problems: [] });
    expect((await core.call('staff.get', { id: quillmere.id })).status).toBe('inactive');
    expect((await core.call('staff.list', { search: 'Ashford' })).rows[0]!.status).toBe('active');
  });

  it('refuses, on its line, a renewal that would expire before the issue date on file, and imports the other rows', async () => {
    const quillmere = (await core.call('staff.list', { search: 'Quillmere' })).rows[0]!;
    await core.call('credentials.create', { staffId: quillmere.id, type: 'state-license', number: 'MD500600', jurisdiction: 'WA', issuedOn: '2026-01-01', expiresOn: '2027-01-01' });
    const csv = [
      'First Name,Last Name,NPI,Role,Department,License Number,License State,License Expires',
      `Amara,Quillmere,${npiFor(1)},Attending Physician,Cardiology,,WA,2025-06-01`,
      `Ben,Ashford,${npiFor(2)},Attending Physician,Cardiology,MD100200,WA,2027-06-01`,
    ].join('\n');
    const preview = await core.call('staff.importPreview', file(csv));
    expect(preview.problems).toEqual([{ line: 2, reason: 'State medical licence: it expires (2025-06-01) before it was issued (2026-01-01) (with what is on file)' }]);
    const report = await core.call('staff.importCommit', file(csv));
    expect(report).toMatchObject({ created: 1, problems: preview.problems });
    const [licence] = await core.call('credentials.forStaff', { staffId: quillmere.id });
    expect(licence).toMatchObject({ issuedOn: '2026-01-01', expiresOn: '2027-01-01' });
  });

  it('masks licence and DEA numbers in the preview', async () => {
    const preview = await core.call('staff.importPreview', file([header, ...goodRows].join('\n')));
    expect(preview.sample[0]!.values).toMatchObject({ licenseNumber: '••••0200', deaNumber: '•••••4563' });
    expect(JSON.stringify(preview)).not.toMatch(/MD100200|AB1234563/);
  });

  it('reports a row with more values than the header has columns, instead of reading them into the wrong fields', async () => {
    const csv = `First Name,Last Name,NPI,Role,Department,Specialty\nBen,Ashford, Jr.,${npiFor(2)},Attending Physician,Cardiology,Cardiology\nCarmen,Brambleton,${npiFor(3)},Attending Physician,Cardiology,,\n`;
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems).toEqual([{ line: 2, reason: 'The row has 7 values but the header has 6 columns (a comma inside a value that is not in quotes?)' }]);
    expect(report.created).toBe(1);
  });

  it('reads UTF-8 with a byte-order mark and Windows-1252, keeping accented names', async () => {
    const csv = `First Name,Last Name,NPI,Role,Department\nJosé,Núñez-Ashby,${npiFor(9)},Attending Physician,Cardiology\n`;
    const bom = await core.call('staff.importPreview', file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])));
    expect(bom.headers[0]).toBe('First Name');
    expect(bom.sample[0]!.values).toMatchObject({ givenName: 'José', familyName: 'Núñez-Ashby' });
    const cp1252 = Buffer.from(csv, 'latin1'); // é, ñ, ú are the same bytes in Latin-1 and Windows-1252
    const legacy = await core.call('staff.importPreview', file(cp1252));
    expect(legacy.encoding).toBe('windows-1252');
    expect(legacy.sample[0]!.values.familyName).toBe('Núñez-Ashby');
  });

  it('reads dates in the formats spreadsheets write', async () => {
    const dates = ['2027-03-31', '03/31/2027', '3/31/27', '31 Mar 2027', 'Mar 31, 2027', '31-Mar-2027'];
    const csv = ['First Name,Last Name,NPI,Role,Department,BLS Expires', ...dates.map((d, i) => `P${i},Test,${npiFor(20 + i)},Attending Physician,Cardiology,"${d}"`)].join('\n');
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems).toEqual([]);
    const expiries = core.context.db.prepare("SELECT DISTINCT expires_on FROM credentials WHERE type = 'bls'").pluck().all();
    expect(expiries).toEqual(['2027-03-31']);
  });

  it('reports a malformed CSV row by line and imports the rest', async () => {
    const csv = `First Name,Last Name,NPI,Role,Department\nBen,Ashford,${npiFor(2)},Attending Physician,Cardiology\n"Carmen,Brambleton,${npiFor(3)},Attending Physician,Cardiology\n`;
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/quoted value is never closed/) });
    expect(report.created).toBe(1);
  });

  it('refuses an empty file, a binary file and a mapping to a missing column, writing nothing', async () => {
    const before = tableCounts(core);
    for (const [content, message] of [
      ['', /empty|not base64/],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]), /not a text file/],
      [Buffer.from([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    ] as const) {
      const result = await core.dispatch('staff.importPreview', { fileName: 'x.csv', dataBase64: b64(content as string | Buffer) || '' });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    }
    const wrongMapping = await core.dispatch('staff.importCommit', { ...file([header, ...goodRows].join('\n')), mapping: { givenName: 'Prénom', familyName: 'Last Name', npi: 'NPI', role: 'Role', department: 'Department' } });
    expect(wrongMapping).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The file has no column named "Prénom".' } });
    const missingRequired = await core.dispatch('staff.importCommit', { ...file([header, ...goodRows].join('\n')), mapping: { givenName: 'First Name' } });
    expect(missingRequired).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Choose the column for Family name, NPI, Role, Department/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('judges a row by the contract’s own rules: an email the Add practitioner form refuses is refused here too, on its line', async () => {
    const address = 'amara@harbourview.c';
    const typed = await core.dispatch('staff.create', { givenName: 'Ann', familyName: 'Typed', roleId: 'x', departmentId: 'y', email: address });
    expect(typed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'email', message: 'That email address is not valid' }] } });
    const csv = `First Name,Last Name,NPI,Role,Department,Email\nBen,Ashford,${npiFor(2)},Attending Physician,Cardiology,${address}\n`;
    const before = tableCounts(core);
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems).toEqual([{ line: 2, reason: `Email "${address}": that email address is not valid` }]);
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses, by line, a licence without its expiry and one issued in the future: the same rule as the Add credential form', async () => {
    const csv = [
      'First Name,Last Name,NPI,Role,Department,License Number,License State,License Issued,License Expires',
      `Ben,Ashford,${npiFor(2)},Attending Physician,Cardiology,MD100200,WA,,`,
      `Carmen,Brambleton,${npiFor(3)},Attending Physician,Cardiology,MD300400,WA,05/01/2027,05/01/2029`,
      `Dev,Cinderfield,${npiFor(4)},Attending Physician,Cardiology,MD500600,WA,05/01/2025,05/01/2027`,
    ].join('\n');
    const report = await core.call('staff.importCommit', file(csv));
    expect(report.problems).toEqual([
      { line: 2, reason: 'State medical licence: an expiry date is required: reminders, Expirations and the Dashboard follow it' },
      { line: 3, reason: 'State medical licence: it cannot be issued in the future (2027-05-01 is after today, 2026-11-23)' },
    ]);
    expect(report).toMatchObject({ created: 1, credentialsWritten: 1 });
  });

  it('takes a role added on screen, and refuses one that is retired', async () => {
    const csv = `First Name,Last Name,NPI,Role,Department\nBen,Ashford,${npiFor(2)},Hospitalist,Cardiology\n`;
    expect((await core.call('staff.importPreview', file(csv))).problems).toEqual([
      { line: 2, reason: `Role "Hospitalist" is not one of this hospital's roles: add it under Staff & Credentials → Organisation` },
    ]);
    const hospitalist = await core.call('roles.create', { name: 'Hospitalist', kind: 'physician' });
    await core.call('roles.retire', { id: hospitalist.id, retired: true });
    expect((await core.call('staff.importPreview', file(csv))).problems).toEqual([{ line: 2, reason: 'Role "Hospitalist" is retired' }]);
    await core.call('roles.retire', { id: hospitalist.id, retired: false });
    expect(await core.call('staff.importCommit', file(csv))).toMatchObject({ created: 1, problems: [] });
    expect((await core.call('staff.list', { search: 'Ashford' })).rows[0]!.roleName).toBe('Hospitalist');
  });
});
