// Exclusion screening and NPDB queries: a generated LEIE file matched to the roster (NPI, name + date of birth, name
// alone; a near miss set aside), the queue cleared and confirmed, refused files writing nothing, last-screened dates,
// and NPDB queries due at appointment and 2 years after the last.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leieColumns, npdbStanding, screeningOverdue } from '../../shared/domain/exclusion-screening';
import { leieFile } from '../support/leie-file';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { npiFor, smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let ids: Record<string, string>;
beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  const { cardiology, practitioner } = await smallOrganisation(core);
  const add = async (givenName: string, familyName: string, n: number, extra: Record<string, unknown> = {}) =>
    (await core.call('staff.create', { givenName, familyName, degree: 'MD', roleId: 'role-attending', departmentId: cardiology.id, npi: npiFor(n), ...extra })).id;
  ids = {
    amara: practitioner.id,
    ben: await add('Ben', 'Ashford', 2, { dateOfBirth: '1971-04-02' }),
    carmen: await add('Carmen', 'Brambleton', 3, { dateOfBirth: '1980-09-15' }),
    dev: await add('Dev', 'Cinderfield', 4),
    elena: await add('Elena María', 'Muñoz', 5, { dateOfBirth: '1969-01-30' }),
    gone: await add('Farid', 'Elderby', 6, { dateOfBirth: '1975-05-05' }),
  };
  await core.call('staff.endAppointment', { id: ids.gone!, endedOn: '2026-10-01', reason: 'Moved away' });
});
afterEach(() => core.dispose());

const b64 = (content: string | Buffer) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
const leie = (content: string | Buffer) => ({ listKind: 'leie' as const, fileName: 'UPDATED.csv', dataBase64: b64(content) });

/** One true match by NPI (a different spelling of the name), one near miss, one name + DOB match, one name alone. */
const planted = () => [
  { LASTNAME: 'QUILMERE', FIRSTNAME: 'AMARRA', NPI: npiFor(1), DOB: '19700101', EXCLTYPE: '1128b4', EXCLDATE: '20240115' },
  { LASTNAME: 'ASHFORD', FIRSTNAME: 'BENJAMIN', DOB: '19630812' }, // first word differs: not the same given name at all
  { LASTNAME: 'ASHFORD', FIRSTNAME: 'BEN', DOB: '19630812', MIDNAME: 'J' }, // same name, another date of birth: a near miss
  { LASTNAME: 'BRAMBLETON', FIRSTNAME: 'CARMEN', DOB: '19800915' },
  { LASTNAME: 'CINDERFIELD', FIRSTNAME: 'DEV', DOB: '19550303' }, // Dev has no date of birth on file: possible
  { LASTNAME: 'ELDERBY', FIRSTNAME: 'FARID', DOB: '19750505' }, // appointment ended: not screened
];

describe('exclusion screening', () => {
  it('queues the NPI match, the name and date of birth match and the name-only one; a near miss is counted, not queued', async () => {
    const report = await core.call('screening.import', leie(leieFile(200, planted())));
    expect(report.screening).toMatchObject({ listName: 'OIG LEIE', listKind: 'leie', rowCount: 206, staffScreened: 5, matchCount: 3, nearMisses: 1, screenedOn: '2026-11-23' });
    expect(report).toMatchObject({ encoding: 'utf-8', queued: 3, alreadyDecided: 0 });
    const queue = await core.call('screening.matches', { status: 'possible' });
    expect(queue.map((m) => [m.staffName, m.basis, m.listedName]).sort()).toEqual([
      ['Amara Quillmere, MD', 'npi', 'AMARRA QUILMERE'],
      ['Carmen Brambleton, MD', 'name-dob', 'CARMEN BRAMBLETON'],
      ['Dev Cinderfield, MD', 'name-only', 'DEV CINDERFIELD'],
    ]);
    const amara = queue.find((m) => m.staffId === ids.amara)!;
    expect(amara).toMatchObject({ listedNpi: npiFor(1), listedDob: '1970-01-01', exclType: '1128b4', exclDate: '2024-01-15', status: 'possible' });
    expect(queue.find((m) => m.staffId === ids.carmen)!.staffDobMasked).toBe('1980-••-••');
  });

  it('gives every active practitioner the screening date, and not one whose appointment ended', async () => {
    expect((await core.call('screening.overdue', {})).map((r) => r.staffId).sort()).toEqual([ids.amara, ids.ben, ids.carmen, ids.dev, ids.elena].sort());
    await core.call('screening.import', leie(leieFile(20)));
    for (const key of ['amara', 'ben', 'carmen', 'dev', 'elena']) expect((await core.call('staff.get', { id: ids[key]! })).lastScreenedOn).toBe('2026-11-23');
    expect((await core.call('staff.get', { id: ids.gone! })).lastScreenedOn).toBeNull();
    expect(await core.call('screening.overdue', {})).toEqual([]);
    expect((await core.call('screening.forStaff', { staffId: ids.ben! })).lastScreenedOn).toBe('2026-11-23');
  });

  it('is due monthly: overdue the day after a month has passed', () => {
    expect(screeningOverdue('2026-10-23', '2026-11-23')).toBe(false);
    expect(screeningOverdue('2026-10-23', '2026-11-24')).toBe(true);
    expect(screeningOverdue('2026-01-31', '2026-02-28')).toBe(false);
    expect(screeningOverdue('2026-01-31', '2026-03-01')).toBe(true);
    expect(screeningOverdue(null, '2026-11-23')).toBe(true);
  });

  it('clears and confirms with a note; next month the same listed entries keep their decisions instead of queueing again', async () => {
    await core.call('screening.import', leie(leieFile(50, planted())));
    const queue = await core.call('screening.matches', { status: 'possible' });
    const byStaff = (id: string) => queue.find((m) => m.staffId === id)!;
    const confirmed = await core.call('screening.decide', { id: byStaff(ids.amara!).id, decision: 'confirmed', note: 'NPI and address match the OIG record; verified on exclusions.oig.hhs.gov' });
    expect(confirmed).toMatchObject({ status: 'confirmed', decidedBy: 'test director', decidedOn: '2026-11-23' });
    await core.call('screening.decide', { id: byStaff(ids.dev!).id, decision: 'cleared', note: 'Date of birth on the licence is 1978-06-01: another person' });
    const refused = await core.dispatch('screening.decide', { id: byStaff(ids.carmen!).id, decision: 'cleared', note: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const again = await core.call('screening.import', leie(leieFile(50, planted())));
    expect(again).toMatchObject({ queued: 0, alreadyDecided: 2 });
    expect((await core.call('screening.matches', { status: 'possible' })).map((m) => m.staffId)).toEqual([ids.carmen]);
    expect((await core.call('screening.matches', { status: 'confirmed' })).map((m) => m.staffId)).toEqual([ids.amara]);
    const amara = await core.call('screening.forStaff', { staffId: ids.amara! });
    expect(amara.matches.map((m) => m.status)).toEqual(['confirmed']);
    // The dashboard counts with the same handlers as the lists its tiles open.
    const { screening } = await core.call('dashboard.attention', {});
    expect(screening).toMatchObject({ possibleMatches: 1, confirmedExclusions: 1, screeningOverdue: 0 });
  });

  it('refuses an LEIE file with a missing column, naming it, and writes nothing', async () => {
    const before = tableCounts(core);
    const withoutDob = leieColumns.filter((c) => c !== 'DOB' && c !== 'EXCLDATE');
    const result = await core.dispatch('screening.import', leie(leieFile(10, planted(), withoutDob)));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^This is not the OIG LEIE file as published: it has no DOB, EXCLDATE columns\..*Nothing was screened\.$/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a UTF-16 file, a file with an unreadable row and an empty one, writing nothing', async () => {
    const before = tableCounts(core);
    const text = leieFile(5, planted());
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await core.dispatch('screening.import', leie(utf16))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/saved as UTF-16/) } });
    const shifted = text.replace('"BRAMBLETON"', '"BRAMBLETON","JR"'); // one value too many: every later value shifts
    expect(await core.dispatch('screening.import', leie(shifted))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^1 row of the file cannot be read, so nothing was screened: line \d+: the row has 19 values but the header has 18 columns/) } });
    const strayQuote = text.replace('"CINDERFIELD"', '"CINDER"FIELD"');
    expect(await core.dispatch('screening.import', leie(strayQuote))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/line \d+: a value has a stray " in it/) } });
    expect(await core.dispatch('screening.import', leie(`${leieColumns.join(',')}\r\n`))).toMatchObject({ ok: false, error: { message: /no listed people/ } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('reads a Windows-1252 file as Windows-1252: an accented name is matched, never garbled', async () => {
    const text = leieFile(5, [{ LASTNAME: 'MUÑOZ', FIRSTNAME: 'ELENA', DOB: '19690130' }]);
    const cp1252 = Buffer.from(text.replace('MUÑOZ', 'MU\u0000OZ'), 'latin1');
    cp1252[cp1252.indexOf(0)] = 0xd1; // Ñ in Windows-1252, not valid UTF-8
    const report = await core.call('screening.import', leie(cp1252));
    expect(report).toMatchObject({ encoding: 'windows-1252', queued: 1 });
    expect(await core.call('screening.matches', { status: 'possible' })).toMatchObject([{ staffId: ids.elena, basis: 'name-dob', listedName: 'ELENA MUÑOZ' }]);
  });

  it('screens another list by its own headers, and refuses one without a name column', async () => {
    const csv = 'Last Name,First Name,Date of Birth,Exclusion Date\r\nBrambleton,Carmen,09/15/1980,03/01/2025\r\n';
    const report = await core.call('screening.import', { listKind: 'other', listName: 'Ohio Medicaid', fileName: 'ohio.csv', dataBase64: b64(csv) });
    expect(report).toMatchObject({ queued: 1, screening: { listName: 'Ohio Medicaid' } });
    const before = tableCounts(core);
    const noName = await core.dispatch('screening.import', { listKind: 'other', listName: 'SAM', fileName: 'sam.csv', dataBase64: b64('Name,NPI\r\nCarmen Brambleton,1234567893\r\n') });
    expect(noName).toMatchObject({ ok: false, error: { message: 'The list has no column for the last name (LASTNAME) and first name (FIRSTNAME): a match needs both. Nothing was screened.' } });
    const unnamed = await core.dispatch('screening.import', { listKind: 'other', fileName: 'x.csv', dataBase64: b64(csv) });
    expect(unnamed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('date of birth', () => {
  it('is masked in lists, revealed on purpose (and logged), and never after today', async () => {
    const row = (await core.call('staff.list', { search: 'Ashford' })).rows[0]!;
    expect(row.dateOfBirthMasked).toBe('1971-••-••');
    expect(JSON.stringify(row)).not.toContain('1971-04-02');
    expect(await core.call('staff.revealDateOfBirth', { id: ids.ben! })).toEqual({ dateOfBirth: '1971-04-02' });
    expect(core.context.db.prepare("SELECT action FROM access_log WHERE record_id = ?").pluck().all(ids.ben)).toEqual(['reveal-date-of-birth']);
    const before = tableCounts(core);
    const future = await core.dispatch('staff.update', { id: ids.ben!, patch: { dateOfBirth: '2026-11-24' } });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'dateOfBirth' }] } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('comes in with the roster import, judged like the form', async () => {
    const csv = `First Name,Last Name,NPI,Role,Department,DOB\nGrace,Fernley,${npiFor(7)},Attending Physician,Cardiology,03/14/1982\nHiro,Galeton,${npiFor(8)},Attending Physician,Cardiology,2030-01-01\n`;
    const report = await core.call('staff.importCommit', { fileName: 'roster.csv', dataBase64: b64(csv) });
    expect(report.problems).toEqual([{ line: 3, reason: 'Date of birth "2030-01-01" is after today' }]);
    const grace = (await core.call('staff.list', { search: 'Fernley' })).rows[0]!;
    expect(await core.call('staff.revealDateOfBirth', { id: grace.id })).toEqual({ dateOfBirth: '1982-03-14' });
  });
});

describe('NPDB queries', () => {
  it('are due at appointment, then 2 years after the last: due on the day, overdue the day after', () => {
    expect(npdbStanding('2026-12-01', null, '2026-11-23', 30)).toMatchObject({ state: 'never', dueOn: '2026-12-01', daysLeft: 8 });
    const last = { queriedOn: '2024-11-23', kind: 'renewal' as const };
    expect(npdbStanding('2020-01-01', last, '2026-11-23', 30)).toMatchObject({ state: 'due-soon', dueOn: '2026-11-23', daysLeft: 0 });
    expect(npdbStanding('2020-01-01', last, '2026-11-24', 30)).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(npdbStanding('2020-01-01', { queriedOn: '2026-01-10', kind: 'continuous-query' }, '2026-11-23', 30)).toMatchObject({ state: 'current', dueOn: '2027-01-10' });
  });

  it('lists the appointed practitioners due, drops one once queried, and keeps the report attached', async () => {
    await core.call('staff.update', { id: ids.ben!, patch: { appointmentCategory: 'active', appointmentStart: '2020-03-01' } });
    await core.call('staff.update', { id: ids.carmen!, patch: { appointmentCategory: 'active', appointmentStart: '2020-03-01' } });
    await core.call('npdb.record', { staffId: ids.carmen!, queriedOn: '2024-11-22', kind: 'renewal', result: 'no-report' });
    const due = await core.call('npdb.due', {});
    expect(due.map((r) => [r.staffId, r.state, r.dueOn])).toEqual([
      [ids.ben, 'never', '2020-03-01'],
      [ids.carmen, 'overdue', '2026-11-22'],
    ]);
    const pdf = Buffer.from('%PDF-1.4\n% NPDB response\n%%EOF\n');
    const query = await core.call('npdb.record', { staffId: ids.ben!, queriedOn: '2026-11-20', kind: 'initial', result: 'report', note: 'One malpractice payment, 2011', report: { fileName: 'npdb-response.pdf', dataBase64: pdf.toString('base64') } });
    expect(query).toMatchObject({ result: 'report', reportDocumentName: 'npdb-response.pdf' });
    expect((await core.call('npdb.due', {})).map((r) => r.staffId)).toEqual([ids.carmen]);
    expect(await core.call('screening.forStaff', { staffId: ids.ben! })).toMatchObject({ npdbState: 'current', npdbDueOn: '2028-11-20', npdbQueries: [{ kind: 'initial' }] });
  });

  it('refuses a query dated after today, writing nothing', async () => {
    const before = tableCounts(core);
    const result = await core.dispatch('npdb.record', { staffId: ids.ben!, queriedOn: '2026-11-24', kind: 'initial', result: 'no-report' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'An NPDB query is recorded once it is made: 2026-11-24 is after today (2026-11-23).' } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('the sample hospital', () => {
  it('has matches to decide, a confirmed exclusion, practitioners not yet screened and NPDB queries due', async () => {
    const sample = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    try {
      await sample.call('app.seedSample', {});
      const { screening } = await sample.call('dashboard.attention', {});
      expect(screening.possibleMatches).toBe(2);
      expect(screening.confirmedExclusions).toBe(1);
      expect(screening.screeningOverdue).toBe(3);
      expect(screening.npdbDue).toBeGreaterThan(0);
      expect(await sample.call('screening.list', {})).toMatchObject([{ listName: 'OIG LEIE', screenedOn: '2026-11-11' }]);
    } finally {
      sample.dispose();
    }
  });
});
