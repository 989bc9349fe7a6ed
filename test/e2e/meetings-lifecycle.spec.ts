// A committee from end to end: members and quorum → November meeting (agenda reordered by keyboard, attendance to quorum,
// minutes, an action item) → held → December carries the action and links November's minutes → approving them locks
// November → an amendment is carried → a policy version approved by motion → the packet exported with an omission listed.
import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { CommitteesPage, MeetingPage, MeetingsListPage } from './pages/meetings';
import { ShellPage } from './pages/shell';

const committee = 'Medical Executive Committee';

async function onePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  return Buffer.from(await doc.save());
}

test('committee, agenda, attendance and quorum, minutes, motions, locked minutes and amendment, policy approval, packet', async ({ page, chartroom }) => {
  test.setTimeout(180_000);
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Clinical privileges', category: 'Medical staff', ownerId: org.practitioner.id, body: '# Privileges\n\nGranted item by item.' });
  const versionId = policy.versions[0]!.id;

  const shell = new ShellPage(page);
  const list = new MeetingsListPage(page);
  const committees = new CommitteesPage(page);
  const meeting = new MeetingPage(page);
  await shell.open(chartroom.url);
  await shell.go('Meetings');
  await expect(shell.heading('No meetings yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Set up a committee' })).toBeVisible();

  // The committee: one member from the staff list, three outside voting members and a non-voting ex officio.
  await list.subnav('Committees').click();
  await expect(page).toHaveURL(/#\/meetings\/committees$/);
  await committees.create(committee, 'Medical Executive');
  // A policy goes to the committee once it exists (a committee approver must be a committee on record).
  await core.call('policies.submit', { versionId, approvers: [{ kind: 'committee', name: committee }] });
  await committees.addMember(committee, { staffSearch: 'Quill', pick: 'Amara Quillmere' }, 'Chair', true);
  for (const name of ['Dr Ben Brambleton', 'Dr Cy Cinderfield', 'Dr Di Dapplewood']) await committees.addMember(committee, { name }, 'Member', true);
  await committees.addMember(committee, { name: 'Ed Eldermore (CEO)' }, 'Ex officio', false);
  const card = committees.card(committee);
  await expect(card.getByTestId('committee-member')).toHaveCount(5);
  await expect(card.getByTestId('committee-quorum')).toContainText('Quorum: A majority of voting members — 3 of 4 voting members today');
  await expect(card.getByRole('row', { name: /Eldermore/ })).toContainText('Non-voting');
  await shell.dismissToasts();
  await saveScreenshot(page, 'meetings-committees', { readme: true });

  // November: scheduled in Los Angeles time, shown at that clock; the standing agenda is there.
  await list.subnav('Meetings').click();
  await list.schedule({ title: 'November MEC', date: '2026-11-10', time: '08:30', timeZone: 'America/Los_Angeles', location: 'Board room' });
  await expect(page).toHaveURL(/#\/meetings\/[\w-]+$/);
  const novemberId = /#\/meetings\/([\w-]+)$/.exec(page.url())![1]!;
  await expect(shell.pageTitle()).toHaveText('November MEC');
  await expect(page.getByText('Tue, Nov 10, 2026, 8:30 AM PST')).toBeVisible();
  expect((await core.call('meetings.get', { id: novemberId })).startsAt).toBe('2026-11-10T16:30:00.000Z');
  expect(await meeting.agendaTitles()).toEqual(['Call to order', 'Approval of the minutes of the previous meeting', 'Open action items', 'Adjournment']);

  // An item with a presenter, time, executive session, the credentialing report and a PDF goes in before adjournment.
  await page.getByRole('button', { name: 'Add item' }).click();
  const itemDialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await itemDialog.getByLabel('Title').fill('Credentials Committee report');
  await itemDialog.getByLabel('Type').selectOption({ label: 'Decision' });
  await itemDialog.getByLabel('Presenter').fill('Dr Cy Cinderfield');
  await itemDialog.getByLabel('Minutes allotted').fill('15');
  await itemDialog.getByLabel('Executive session').check();
  await itemDialog.getByLabel('Linked record').selectOption({ label: 'Credentialing report' });
  await itemDialog.getByLabel('Attachments (PDF)').setInputFiles({ name: 'credentials-summary.pdf', mimeType: 'application/pdf', buffer: await onePagePdf() });
  await itemDialog.getByRole('button', { name: 'Add item' }).click();
  await expect(itemDialog).toHaveCount(0);
  await expect(meeting.item('Credentials Committee report')).toContainText('Executive session');
  await expect(meeting.item('Credentials Committee report')).toContainText('Linked: Credentialing report');
  await expect(meeting.item('Credentials Committee report')).toContainText('credentials-summary.pdf');
  expect((await meeting.agendaTitles()).indexOf('Credentials Committee report')).toBe(3);

  // Keyboard reorder: the focused item moves with Alt+↑ and keeps the focus, so it can move again.
  await meeting.item('Credentials Committee report').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(meeting.agendaItems.nth(2)).toHaveAttribute('aria-label', '3. Credentials Committee report');
  await expect(meeting.agendaItems.nth(2)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(meeting.agendaItems.nth(1)).toHaveAttribute('aria-label', '2. Credentials Committee report');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(meeting.agendaItems.nth(2)).toHaveAttribute('aria-label', '3. Credentials Committee report');
  // And the buttons say which item they move.
  await page.getByRole('button', { name: 'Move Open action items up' }).click();
  await expect(meeting.agendaItems.nth(2)).toHaveAttribute('aria-label', '3. Open action items');
  // Dragging works too: adjournment dragged to the top, then back to the end.
  await meeting.item('Adjournment').dragTo(meeting.item('Call to order'));
  await expect(meeting.agendaItems.first()).toHaveAttribute('aria-label', '1. Adjournment');
  await meeting.item('Adjournment').dragTo(meeting.item('Credentials Committee report'));
  await expect(meeting.agendaItems.last()).toHaveAttribute('aria-label', '5. Adjournment');
  expect((await core.call('meetings.get', { id: novemberId })).agenda.map((a) => a.title)).toEqual(['Call to order', 'Approval of the minutes of the previous meeting', 'Open action items', 'Credentials Committee report', 'Adjournment']);
  await saveScreenshot(page, 'meetings-agenda-builder', { readme: true });

  // Attendance: the quorum indicator follows each change and flips when the third voting member arrives.
  await meeting.open('Attendance');
  await expect(meeting.quorum).toHaveText(/No quorum: 0 of 4 voting members present \(3 needed\)/);
  await meeting.setAttendance('Amara Quillmere, MD', 'Present');
  await meeting.setAttendance('Ed Eldermore (CEO)', 'Present');
  await meeting.setAttendance('Dr Ben Brambleton', 'Present');
  await expect(meeting.quorum).toHaveText(/No quorum: 2 of 4 voting members present \(3 needed\)/);
  await meeting.setAttendance('Dr Di Dapplewood', 'Excused');
  await meeting.setAttendance('Dr Cy Cinderfield', 'Present');
  await expect(meeting.quorum).toHaveText('Quorum: 3 of 4 voting members present (3 needed)');
  await expect(meeting.quorum).toHaveClass(/quorum--met/);
  await page.getByLabel('Guest’s name').fill('Director of Pharmacy');
  await page.getByRole('button', { name: 'Add guest' }).click();
  await expect(page.getByRole('list', { name: 'Guests' })).toContainText('Director of Pharmacy');
  await saveScreenshot(page, 'meetings-attendance-quorum', { readme: true });

  // Minutes: Markdown with its preview, saved on their own after a pause.
  await meeting.open('Minutes');
  await page.getByRole('navigation', { name: 'Agenda items' }).getByRole('button', { name: /Call to order/ }).click();
  await page.getByRole('textbox', { name: 'Call to order' }).fill('Called to order at **8:32 am** by the chair.');
  await expect(page.getByRole('article', { name: 'Preview' }).locator('strong')).toHaveText('8:32 am');
  await expect(page.getByTestId('minutes-state')).toHaveText('Saved');
  expect((await core.call('meetings.get', { id: novemberId })).agenda[0]!.minutesText).toBe('Called to order at **8:32 am** by the chair.');

  // An action item with an owner and a due date.
  await meeting.open('Action items');
  const actionForm = page.getByRole('form', { name: 'Add an action item' });
  await actionForm.getByLabel('Action').fill('Audit restraint orders on 4 West');
  await actionForm.getByLabel('Owner').fill('Dr Ben Brambleton');
  await actionForm.getByLabel('Due').fill('2026-12-01');
  await actionForm.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByRole('table', { name: 'This meeting’s action items' })).toContainText('Audit restraint orders on 4 West');

  // Held.
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await expect(page.getByText('Held, minutes pending')).toBeVisible();

  // December: the prior-minutes item links November; the open action item is carried forward on its own.
  await page.getByRole('link', { name: 'All meetings' }).click();
  await list.schedule({ title: 'December MEC', date: '2026-12-01', time: '07:30', timeZone: 'America/Los_Angeles', location: 'Board room' });
  await expect(shell.pageTitle()).toHaveText('December MEC');
  const decemberId = /#\/meetings\/([\w-]+)$/.exec(page.url())![1]!;
  await expect(meeting.item('Approval of the minutes of the previous meeting')).toContainText('Linked: Minutes of November MEC');
  await meeting.open('Action items');
  await expect(page.getByRole('table', { name: 'Carried forward' }).getByTestId('action-item')).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Carried forward' })).toContainText('From November MEC');

  // A policy version in review goes on the agenda through the link picker.
  await meeting.open('Agenda');
  await page.getByRole('button', { name: 'Add item' }).click();
  await itemDialog.getByLabel('Title').fill('MS-014 Clinical privileges for approval');
  await itemDialog.getByLabel('Type').selectOption({ label: 'Decision' });
  await itemDialog.getByLabel('Linked record').selectOption({ label: 'Policy version for approval' });
  await itemDialog.getByLabel('Policy version').selectOption({ label: 'MS-014 v1 — Clinical privileges' });
  await itemDialog.getByRole('button', { name: 'Add item' }).click();
  await expect(meeting.item('MS-014 Clinical privileges for approval')).toContainText('Linked: MS-014 v1 — Clinical privileges');

  await meeting.open('Attendance');
  for (const name of ['Amara Quillmere, MD', 'Dr Ben Brambleton', 'Dr Cy Cinderfield']) await meeting.setAttendance(name, 'Present');
  await meeting.setAttendance('Dr Di Dapplewood', 'Absent');
  await expect(meeting.quorum).toHaveText('Quorum: 3 of 4 voting members present (3 needed)');

  // A second window has November's minutes open when December approves them.
  const other = await page.context().newPage();
  await other.goto(`${chartroom.url}#/meetings/${novemberId}`);
  const otherMeeting = new MeetingPage(other);
  await otherMeeting.open('Minutes');
  await expect(other.getByRole('textbox', { name: 'Call to order' })).toBeVisible();

  // Approving the prior minutes is a motion, offered prefilled with its subject.
  await meeting.open('Motions');
  await page.getByRole('button', { name: 'Motion to approve the minutes' }).click();
  const motion = meeting.motionDialog();
  await expect(motion.getByTestId('motion-subject')).toContainText('approves and locks: Minutes of November MEC');
  await expect(motion.getByLabel('Motion')).toHaveValue('Approve the minutes of November MEC as circulated');
  await expect(motion.getByTestId('vote-row')).toHaveCount(4);
  await expect(motion.getByRole('radio', { name: 'Dr Di Dapplewood: Yes' })).toBeDisabled();
  await meeting.voteEveryoneYes(motion, 'Dr Cy Cinderfield', 'Dr Ben Brambleton');
  await motion.getByRole('radio', { name: 'Amara Quillmere, MD: Abstain' }).check();
  await expect(motion.getByTestId('vote-preview')).toHaveText('If recorded now: 2 yes · 0 no · 1 abstain · 1 absent — carries.');
  await saveScreenshot(page, 'meetings-motion-dialog', { readme: true });
  await motion.getByRole('button', { name: 'Record motion' }).click();
  await expect(motion).toHaveCount(0);
  const recorded = page.getByTestId('motion').filter({ hasText: 'Approve the minutes of November MEC' });
  await expect(recorded).toContainText('Carried');
  await expect(recorded).toContainText('2 yes · 0 no · 1 abstain · 1 absent');
  await expect(recorded).toContainText('Moved by Dr Cy Cinderfield, seconded by Dr Ben Brambleton');

  // A policy version approved by a carried motion is approved, and linked to the motion. Its author, the chair, is
  // recused; Dr Dapplewood arrives, so the three who may vote keep the quorum for this vote.
  await meeting.open('Attendance');
  await meeting.setAttendance('Dr Di Dapplewood', 'Present');
  await meeting.open('Motions');
  await page.getByRole('button', { name: 'Motion to approve MS-014 v1 — Clinical privileges' }).click();
  await expect(motion.getByTestId('recusals')).toContainText('Amara Quillmere, MD is recused from this motion: author of MS-014 v1.');
  await meeting.voteEveryoneYes(motion, 'Dr Ben Brambleton', 'Dr Cy Cinderfield');
  await motion.getByRole('button', { name: 'Record motion' }).click();
  await expect(page.getByTestId('motion').filter({ hasText: 'Approve MS-014 v1' })).toContainText('Carried');
  const approved = await core.call('policies.version', { id: versionId });
  expect(approved.state).toBe('active');
  const motions = (await core.call('meetings.get', { id: decemberId })).motions;
  expect(approved.approvals[0]).toMatchObject({ approverKind: 'committee', decision: 'approved', motionId: motions[1]!.id });
  await expect(page.getByRole('button', { name: /Motion to approve/ })).toHaveCount(0);

  // The other window's edit is refused: the lock banner appears with the reason, and the minutes turn read-only.
  await other.getByRole('textbox', { name: 'Call to order' }).fill('Rewritten history');
  await expect(otherMeeting.lockedBanner).toContainText('The minutes of November MEC are approved and locked. A correction is an amendment with its own motion.');
  await expect(other.getByRole('textbox', { name: 'Call to order' })).toHaveCount(0);
  await expect(other.getByRole('article', { name: 'Minutes of Call to order' })).toContainText('Called to order at 8:32 am by the chair.');
  await other.close();
  expect((await core.call('meetings.get', { id: novemberId })).agenda[0]!.minutesText).toBe('Called to order at **8:32 am** by the chair.');
  expect(await core.dispatch('minutes.set', { agendaItemId: (await core.call('meetings.get', { id: novemberId })).agenda[0]!.id, text: 'x' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

  // November shows locked: no editing controls; a correction is an amendment moved at December.
  await page.goto(`${chartroom.origin}/#/meetings/${novemberId}`);
  await expect(meeting.lockedBanner).toContainText('Minutes approved and locked');
  await expect(page.getByRole('button', { name: 'Add item' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
  await meeting.lockedBanner.getByRole('button', { name: 'Propose an amendment' }).click();
  const amendment = page.getByRole('dialog', { name: 'Propose an amendment to the minutes of November MEC' });
  await amendment.getByLabel('Correction').fill('The meeting was called to order at 8:35 am, not 8:32 am.');
  await expect(amendment.getByLabel('Moved at')).toHaveValue(decemberId);
  await meeting.voteEveryoneYes(amendment, 'Dr Ben Brambleton', 'Dr Cy Cinderfield');
  await amendment.getByRole('button', { name: 'Record the amendment motion' }).click();
  await expect(amendment).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Amendments' })).toContainText('The meeting was called to order at 8:35 am, not 8:32 am.');
  await shell.dismissToasts();
  await meeting.open('Minutes');
  await saveScreenshot(page, 'meetings-locked-minutes', { readme: true });
  const decemberMotions = (await core.call('meetings.get', { id: decemberId })).motions;
  expect(decemberMotions.map((m) => [m.kind, m.subject?.kind, m.result])).toEqual([['approve', 'minutes', 'carried'], ['approve', 'policy-version', 'carried'], ['amend', 'minutes-amendment', 'carried']]);

  // The packet: a broken attachment is left out and listed; the download is a PDF. The window stays live meanwhile.
  await page.goto(`${chartroom.origin}/#/meetings/${decemberId}`);
  await page.getByRole('button', { name: 'Edit MS-014 Clinical privileges for approval' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit “MS-014 Clinical privileges for approval”' });
  await editDialog.getByLabel('Attachments (PDF)').setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 and then nothing') });
  await editDialog.getByRole('button', { name: 'Save item' }).click();
  await expect(editDialog).toHaveCount(0);
  await expect(meeting.item('MS-014 Clinical privileges for approval')).toContainText('broken.pdf');

  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export packet' }).click();
  await expect(page.getByTestId('export-progress')).toContainText('Preparing the packet…');
  await expect(page.getByRole('button', { name: 'Preparing the packet…' })).toBeDisabled();
  // The progress is the core's own: the bar moves on as the steps are done, and the step is named.
  const bar = page.getByRole('progressbar', { name: 'Packet progress' });
  await expect.poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('export-progress').locator('strong')).not.toBeEmpty();
  await saveScreenshot(page, 'meetings-packet-progress', { readme: true });
  // The window answers while the packet is made: the tabs still switch.
  await meeting.open('Motions');
  const file = await download;
  expect(file.suggestedFilename()).toBe('December MEC — packet.pdf');
  const bytes = fs.readFileSync((await file.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  const report = page.getByTestId('export-report');
  await expect(report).toContainText(/Packet saved: December MEC — packet\.pdf, \d+ pages\. 1 attachment was left out:/);
  await expect(report.getByRole('list', { name: 'Left out of the packet' })).toContainText('broken.pdf (item “MS-014 Clinical privileges for approval”)');
  await saveScreenshot(page, 'meetings-packet-export');

  const minutesDownload = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export minutes' }).click();
  const minutesFile = await minutesDownload;
  expect(minutesFile.suggestedFilename()).toBe('December MEC — minutes.pdf');
  expect(fs.readFileSync((await minutesFile.path())!).subarray(0, 4).toString('latin1')).toBe('%PDF');
});
