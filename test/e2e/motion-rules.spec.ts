// A vote held to its rules: the author of a policy recused from the motion approving it, a member out of the room for
// one vote, the quorum for that vote and the yes votes needed, said in the dialog; a consent agenda approved by one motion.
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { MeetingPage } from './pages/meetings';
import { ShellPage } from './pages/shell';

test('a consent agenda approved by one motion, with the author recused and a member out of the room', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  await core.call('committees.addMember', { committeeId: mec.id, staffId: org.practitioner.id, role: 'chair', voting: true });
  for (const name of ['Dr Ben Brambleton', 'Dr Cy Cinderfield', 'Dr Di Dapplewood', 'Dr Eve Ellingham']) await core.call('committees.addMember', { committeeId: mec.id, name, role: 'member', voting: true });
  // The chair wrote the policy the committee approves today.
  const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Clinical privileges', category: 'Medical staff', ownerId: org.practitioner.id, body: '# Privileges\n\nGranted item by item.' });
  const versionId = policy.versions[0]!.id;
  await core.call('policies.submit', { versionId, approvers: [{ kind: 'committee', name: 'Medical Executive Committee' }] });
  const october = await core.call('meetings.create', { committeeId: mec.id, title: 'October MEC', startsAt: '2026-10-13T15:30:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
  const meeting = await core.call('meetings.create', { committeeId: mec.id, title: 'November MEC', startsAt: '2026-11-10T16:30:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
  await core.call('attendance.set', { meetingId: meeting.id, members: meeting.members.map((m) => ({ memberId: m.id, status: 'present' as const })) });

  const shell = new ShellPage(page);
  const view = new MeetingPage(page);
  await shell.open(`${chartroom.url}#/meetings/${meeting.id}`);
  await expect(shell.pageTitle()).toHaveText('November MEC');

  // Routine items go on the consent agenda: the October minutes, the policy, a report.
  await view.item('Approval of the minutes of the previous meeting').getByRole('button', { name: /^Edit/ }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('On the consent agenda').check();
  await dialog.getByRole('button', { name: 'Save item' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Add item' }).click();
  dialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await dialog.getByLabel('Title').fill('MS-014 Clinical privileges for approval');
  await dialog.getByLabel('Type').selectOption({ label: 'Decision' });
  await dialog.getByLabel('On the consent agenda').check();
  await dialog.getByLabel('Linked record').selectOption({ label: 'Policy version for approval' });
  await dialog.getByLabel('Policy version').selectOption({ label: 'MS-014 v1 — Clinical privileges' });
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(dialog).toHaveCount(0);
  await core.call('agenda.add', { meetingId: meeting.id, title: 'Falls report for the quarter', kind: 'information', consent: true });
  await page.reload();
  await expect(view.item('MS-014 Clinical privileges for approval')).toContainText('Consent agenda');
  await expect(page.getByText('Consent agenda', { exact: true })).toHaveCount(3);
  await saveScreenshot(page, 'motion-rules-consent-agenda');

  // One motion for the consent agenda; the policy's author is recused, and says why.
  await view.open('Motions');
  await expect(page.getByRole('button', { name: /Motion to approve MS-014/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Motion to approve the consent agenda' }).click();
  const motion = view.motionDialog();
  await expect(motion.getByTestId('motion-subject')).toContainText('the consent agenda (3 items): Minutes of October MEC; MS-014 v1 — Clinical privileges; Falls report for the quarter');
  await expect(motion.getByTestId('recusals')).toContainText('Amara Quillmere, MD is recused from this motion: author of MS-014 v1.');
  const author = motion.getByRole('radiogroup', { name: 'Vote of Amara Quillmere, MD' });
  await expect(author).toContainText('Recused: author of MS-014 v1');
  await expect(motion.getByRole('radio', { name: 'Amara Quillmere, MD: Recused' })).toBeChecked();
  await expect(motion.getByRole('radio', { name: 'Amara Quillmere, MD: Yes' })).toBeDisabled();
  await expect(motion.getByLabel('Moved by').locator('option', { hasText: 'Amara Quillmere' })).toHaveCount(0);

  // Dr Dapplewood steps out for this vote; so does Dr Cinderfield for a moment: the quorum for this vote is lost.
  await view.voteEveryoneYes(motion, 'Dr Ben Brambleton', 'Dr Eve Ellingham');
  await motion.getByRole('radio', { name: 'Dr Di Dapplewood: Out of the room' }).check();
  await motion.getByRole('radio', { name: 'Dr Cy Cinderfield: Out of the room' }).check();
  await expect(motion.getByTestId('vote-quorum')).toHaveText('Quorum for this vote: 2 of 5 voting members can vote (3 recused or out of the room), 3 needed — no quorum for this vote.');
  await expect(motion.getByTestId('vote-preview')).toHaveText(
    'If recorded now: 2 yes · 0 no · 1 recused · 2 out of the room — fails: only 2 voting members could vote (3 recused or out of the room) and the quorum is 3.',
  );
  await motion.getByTestId('vote-preview').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'motion-rules-no-quorum-for-this-vote');

  await motion.getByRole('radio', { name: 'Dr Cy Cinderfield: Yes' }).check();
  await expect(motion.getByTestId('vote-quorum')).toHaveText('Quorum for this vote: 3 of 5 voting members can vote (2 recused or out of the room), 3 needed — quorum holds.');
  await expect(motion.getByTestId('vote-needed')).toHaveText('Needs a majority of the votes cast: 2 yes of 3 cast so far.');
  await expect(motion.getByTestId('vote-preview')).toHaveText('If recorded now: 3 yes · 0 no · 1 recused · 1 out of the room — carries.');
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'motion-rules-vote-dialog');
  await motion.getByRole('button', { name: 'Record motion' }).click();
  await expect(motion).toHaveCount(0);

  const recorded = page.getByTestId('motion').filter({ hasText: 'Approve the consent agenda' });
  await expect(recorded).toContainText('Carried');
  await expect(recorded).toContainText('3 yes · 0 no · 1 recused · 1 out of the room — needed a majority of the votes cast');
  await expect(recorded.getByTestId('motion-consent-items')).toHaveText('Consent agenda: Minutes of October MEC; MS-014 v1 — Clinical privileges; Falls report for the quarter.');
  await expect(page.getByRole('button', { name: /Motion to approve/ })).toHaveCount(0);
  await saveScreenshot(page, 'motion-rules-consent-carried');

  // Each consent item took effect, dated by the meeting.
  const approved = await core.call('policies.version', { id: versionId });
  expect(approved).toMatchObject({ state: 'active', effectiveOn: '2026-11-10' });
  expect(await core.call('meetings.get', { id: october.id })).toMatchObject({ status: 'minutes-approved', minutesApprovedAt: '2026-11-10T16:30:00Z' });

  // The committee's own rules: amendments need two thirds by default; this committee's bylaws say a majority.
  await page.goto(`${chartroom.origin}/#/meetings/committees`);
  const amendments = page.getByLabel('Amendments of Medical Executive Committee need');
  await expect(amendments).toHaveValue('two-thirds');
  await expect(page.getByLabel('Motions of Medical Executive Committee carry with')).toHaveValue('majority');
  await amendments.selectOption({ label: 'a majority of the votes cast' });
  await expect.poll(async () => (await core.call('committees.list', {}))[0]!.motionThresholds).toEqual({ amend: 'majority' });
  await saveScreenshot(page, 'motion-rules-committee-thresholds');
});
