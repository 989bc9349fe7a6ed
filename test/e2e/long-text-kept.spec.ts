// Long text typed a moment before a reload is still there afterwards: the minutes (saved to the core only after a
// pause) and a dialog's text that has not been submitted.
import { expect, saveScreenshot, test } from './fixtures';
import type { Core } from '../../electron/core/core';
import { MeetingPage } from './pages/meetings';

test.use({ viewport: { width: 1366, height: 850 } });

async function novemberMeeting(core: Core) {
  const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  await core.call('committees.addMember', { committeeId: mec.id, name: 'Dr Ada Ashcombe', role: 'chair' });
  return core.call('meetings.create', { committeeId: mec.id, title: 'November MEC', startsAt: '2026-11-10T16:30:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
}

test('minutes typed just before a reload are in the editor afterwards, and then reach the core', async ({ page, chartroom }) => {
  test.setTimeout(60_000);
  const { core } = chartroom;
  const november = await novemberMeeting(core);

  await page.goto(`${chartroom.url}#/meetings/${november.id}`);
  const meeting = new MeetingPage(page);
  await meeting.open('Minutes');
  const minutes = page.getByRole('textbox', { name: 'Call to order' });
  await minutes.pressSequentially('Called to order at 8:32 am by the chair.', { delay: 5 });
  // At once: the core's save waits for a pause in typing, so it has not been sent.
  await page.reload();

  await meeting.open('Minutes');
  await expect(minutes).toHaveValue('Called to order at 8:32 am by the chair.');
  await expect(page.getByTestId('minutes-state')).toHaveText('Saved');
  expect((await core.call('meetings.get', { id: november.id })).agenda[0]!.minutesText).toBe('Called to order at 8:32 am by the chair.');
  await saveScreenshot(page, 'meetings-minutes-kept');

  // Once the core holds it, a reload shows the core's text (the copy on this computer was let go).
  await page.reload();
  await meeting.open('Minutes');
  await expect(minutes).toHaveValue('Called to order at 8:32 am by the chair.');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('chartroom.kept-text.')))).toEqual([]);
});

test('a motion typed and not yet recorded survives a reload', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const november = await novemberMeeting(core);

  await page.goto(`${chartroom.url}#/meetings/${november.id}`);
  const meeting = new MeetingPage(page);
  await meeting.open('Motions');
  await page.getByRole('button', { name: 'Record a motion' }).click();
  await meeting.motionDialog().getByLabel('Motion').fill('Refer the sedation policy back to anaesthesia for a dosing table');
  await page.reload();

  await meeting.open('Motions');
  await page.getByRole('button', { name: 'Record a motion' }).click();
  await expect(meeting.motionDialog().getByLabel('Motion')).toHaveValue('Refer the sedation policy back to anaesthesia for a dosing table');
});
