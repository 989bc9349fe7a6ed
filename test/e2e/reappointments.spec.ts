// A reappointment carried through to the board: the application and the department chair recorded on the Reappointments
// screen (a date before the application refused beside its field), the Credentials Committee's and the board's
// motions on their slates, the MEC's through the core; the appointment renewed; the board packet's slate page rendered.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { addDays, addYears, todayIn } from '../../shared/domain/calendar-day';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { MeetingPage } from './pages/meetings';

test('a reappointment from application through chair, Credentials Committee and MEC to the board and its packet', async ({ page, chartroom }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const today = todayIn('UTC', new Date());
  const day = (offset: number) => addDays(today, offset);
  // Appointed two years before a day a month ahead: due for reappointment in 30 days on the 2-year cycle.
  await core.call('staff.update', { id: org.practitioner.id, patch: { appointmentCategory: 'active', appointmentStart: addYears(day(30), -2), appointmentEnd: null } });
  await core.call('privileges.grant', { staffId: org.practitioner.id, name: 'Core cardiology privileges', isCore: true, status: 'granted', grantedOn: addYears(day(30), -2), fppeRequired: false });
  await core.call('evaluations.create', { staffId: org.practitioner.id, kind: 'oppe', periodStart: day(-200), periodEnd: day(-20), dueOn: day(-10), outcome: 'satisfactory', completedOn: day(-15) });

  // Three committees that act on the slate, each meeting held in the past week (noon in Los Angeles).
  async function heldMeeting(kind: 'credentials' | 'medical-executive' | 'board', name: string, offset: number, withSlate: boolean) {
    const c = await core.call('committees.create', { name, kind });
    for (const person of ['Dr Ada Ashcombe', 'Dr Ben Brambleton', 'Dr Di Dapplewood']) await core.call('committees.addMember', { committeeId: c.id, name: person, role: 'member', voting: true });
    const members = (await core.call('committees.list', {})).find((x) => x.id === c.id)!.members;
    const m = await core.call('meetings.create', { committeeId: c.id, title: `${name} — ${day(offset)}`, startsAt: `${day(offset)}T20:00:00Z`, timeZone: 'America/Los_Angeles' });
    if (withSlate) await core.call('agenda.add', { meetingId: m.id, title: 'Reappointments', kind: 'decision', executiveSession: true, link: { kind: 'recommendation-slate', id: null } });
    await core.call('attendance.set', { meetingId: m.id, members: members.map((x) => ({ memberId: x.id, status: 'present' as const })) });
    return { id: m.id, members };
  }
  const credentials = await heldMeeting('credentials', 'Credentials Committee', -6, true);
  const mec = await heldMeeting('medical-executive', 'Medical Executive Committee', -4, true);
  const board = await heldMeeting('board', 'Board of Trustees', -2, false);

  // The Reappointments screen: due in 30 days, nothing received yet, every step missing.
  await page.goto(`${chartroom.url}#/staff/reappointments`);
  const row = page.getByTestId('reappointment-row').filter({ hasText: 'Amara Quillmere' });
  await expect(row).toContainText('No application yet');
  await expect(row.getByTestId('reappointment-missing')).toContainText('Not yet recorded: Application received, Department chair, Credentials Committee, MEC recommendation, Board decision');
  await row.getByRole('button', { name: 'Record step' }).click();
  let dialog = page.getByRole('dialog', { name: /Application received/ });
  await dialog.getByLabel('Received on').fill(day(-20));
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Application');
  await expect(row.getByTestId('reappointment-missing')).not.toContainText('Application received');

  // The chair's review dated before the application is refused beside its date, and nothing is written.
  await expect(row).toContainText('Next: Department chair');
  await row.getByRole('button', { name: 'Record step' }).click();
  dialog = page.getByRole('dialog', { name: /Department chair/ });
  await dialog.getByLabel('Decided on').fill(day(-25));
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog).toContainText(`The department chair’s review cannot be dated ${day(-25)}, before the application on ${day(-20)}.`);
  await dialog.getByLabel('Decided on').fill(day(-10));
  await dialog.getByLabel('Outcome').selectOption({ label: 'Recommends reappointment' });
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Department chair');
  await expect(row.getByTestId('reappointment-missing')).toContainText('Not yet recorded: Credentials Committee, MEC recommendation, Board decision');
  await saveScreenshot(page, 'reappointments-in-progress');

  // The Credentials Committee adopts its slate by motion: the step is dated by the meeting, not today.
  const meeting = new MeetingPage(page);
  await page.goto(`${chartroom.origin}/#/meetings/${credentials.id}`);
  await meeting.open('Motions');
  await page.getByRole('button', { name: 'Motion to adopt the recommendation slate' }).click();
  const motion = meeting.motionDialog();
  await expect(motion.getByTestId('motion-subject')).toContainText('dated the meeting’s day');
  // The committee departs from the chair's recommendation for this applicant: an exception, with its reason.
  const applicants = motion.getByTestId('slate-exceptions');
  await expect(applicants).toContainText('Amara Quillmere');
  await applicants.getByLabel('Outcome for Amara Quillmere').selectOption({ label: 'Recommends with conditions' });
  await applicants.getByLabel('Reason for the exception for Amara Quillmere').fill('Proctoring of the first five TAVR cases');
  await saveScreenshot(page, 'motion-slate-exception');
  await expectNoSeriousAxeViolations(page);
  await meeting.voteEveryoneYes(motion, 'Dr Ada Ashcombe', 'Dr Ben Brambleton');
  await motion.getByRole('button', { name: 'Record motion' }).click();
  await expect(motion).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Motion to adopt the recommendation slate' })).toHaveCount(0);
  const file = (await core.call('reappointments.list', { withinDays: 90 })).rows.find((r) => r.staffId === org.practitioner.id)!;
  expect(JSON.stringify(file)).toContain('Proctoring of the first five TAVR cases');

  // The MEC's, through the core.
  const mecItem = (await core.call('meetings.get', { id: mec.id })).agenda.find((a) => a.link?.kind === 'recommendation-slate')!;
  await core.call('motions.record', {
    meetingId: mec.id, agendaItemId: mecItem.id, kind: 'approve', text: 'Adopt the slate', moverMemberId: mec.members[0]!.id, seconderMemberId: mec.members[1]!.id,
    subject: { kind: 'recommendation-slate', id: mecItem.id }, votes: mec.members.map((x) => ({ memberId: x.id, vote: 'yes' as const })),
  });

  // The board: the slate linked on screen, then its motion.
  await page.goto(`${chartroom.origin}/#/meetings/${board.id}`);
  await page.getByRole('button', { name: 'Add item' }).click();
  const itemDialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await itemDialog.getByLabel('Title').fill('Medical staff reappointments');
  await itemDialog.getByLabel('Type').selectOption({ label: 'Decision' });
  await itemDialog.getByLabel('Linked record').selectOption({ label: 'Reappointment recommendation slate' });
  await expect(itemDialog).toContainText('A motion on it records each decision.');
  await itemDialog.getByRole('button', { name: 'Add item' }).click();
  await expect(itemDialog).toHaveCount(0);
  await expect(meeting.item('Medical staff reappointments')).toContainText('Linked: Recommendation slate');
  await meeting.open('Motions');
  await page.getByRole('button', { name: 'Motion to adopt the recommendation slate' }).click();
  await meeting.voteEveryoneYes(motion, 'Dr Ada Ashcombe', 'Dr Ben Brambleton');
  await motion.getByRole('button', { name: 'Record motion' }).click();
  await expect(motion).toHaveCount(0);

  // Renewed from the board's meeting day for the 2-year cycle; no longer due.
  const renewed = await core.call('staff.get', { id: org.practitioner.id });
  expect([renewed.appointmentStart, renewed.appointmentEnd]).toEqual([day(-2), addYears(day(-2), 2)]);
  await page.goto(`${chartroom.origin}/#/staff/reappointments`);
  await expect(page.getByRole('heading', { name: 'Reappointments' })).toBeVisible();
  await expect(page.getByTestId('reappointment-row').filter({ hasText: 'Amara Quillmere' })).toHaveCount(0);

  // The board packet's slate page, as of the meeting's day, rendered to PNG to be looked at.
  const packet = await core.call('meetings.exportPacket', { meetingId: board.id });
  const out = path.join(process.cwd(), 'test-results', 'reappointment-board-packet.pdf');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, Buffer.from(packet.content, 'base64'));
  const pages = Array.from({ length: packet.pageCount }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), out, '-']).toString());
  const slatePage = pages.findIndex((text) => text.includes(`Files as they stood on ${day(-2)}, the day of the meeting`) && text.includes('Applicant'));
  expect(slatePage).toBeGreaterThan(0);
  expect(pages[slatePage]).toMatch(/Amara\s+Quillmere/);
  expect(pages[slatePage]).toMatch(/Core\s+cardiology/);
  expect(pages[slatePage]).toMatch(/OPPE\s+satisfactory/);
  expect(pages[slatePage]).toMatch(/Reappointed/);
  expect(pages[slatePage]).toMatch(/CONFIDENTIAL/);
  const png = path.join(process.cwd(), 'test-results', 'screenshots', 'reappointment-board-slate-page');
  fs.mkdirSync(path.dirname(png), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(slatePage + 1), '-l', String(slatePage + 1), '-singlefile', out, png]);
  expect(fs.statSync(`${png}.png`).size).toBeGreaterThan(1000);
});

test('the sample hospital’s reappointments: files at every step, an overdue one showing what it lacks', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  await chartroom.core.call('app.seedSample', { staff: 120 });
  await page.goto(`${chartroom.url}#/staff/reappointments`);
  const rows = page.getByTestId('reappointment-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('list', { name: /Steps of .* reappointment/ }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Overdue' }).getByTestId('reappointment-missing').first()).toContainText('Not yet recorded');
  await saveScreenshot(page, 'reappointments-sample');
  await expectNoSeriousAxeViolations(page);
  // The step dialog too.
  await rows.first().getByRole('button', { name: 'Record step' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
