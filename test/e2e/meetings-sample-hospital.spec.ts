// The sample hospital's year of committee meetings: the list split into upcoming and past, filtered by committee, and a
// held meeting's motions, as a director first meets them.
import { expect, saveScreenshot, test } from './fixtures';
import { MeetingPage, MeetingsListPage } from './pages/meetings';
import { ShellPage } from './pages/shell';

test('the sample hospital’s meetings: upcoming and past, by committee, and a meeting’s motions', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 100 });
  const all = await core.call('meetings.list', {});
  expect(all.length).toBeGreaterThan(0);
  const now = new Date().toISOString();
  const upcoming = all.filter((m) => m.startsAt >= now).length;

  const shell = new ShellPage(page);
  const list = new MeetingsListPage(page);
  await shell.open(chartroom.url);
  await shell.go('Meetings');
  await expect(list.summary).toHaveText(`${upcoming} upcoming · ${all.length - upcoming} past`);
  await expect(list.rows).toHaveCount(all.length);
  // Upcoming first, soonest at the top, as the core orders them.
  if (upcoming > 0) await expect(list.table('Upcoming').getByTestId('meeting-row').first()).toContainText(all[0]!.title);
  await shell.dismissToasts();
  await saveScreenshot(page, 'meetings-list', { readme: true });

  // One committee's meetings only.
  const committees = await core.call('committees.list', {});
  const one = committees[0]!;
  const mine = await core.call('meetings.list', { committeeId: one.id });
  await page.getByLabel('Committee').selectOption({ label: one.name });
  await expect(list.rows).toHaveCount(mine.length);
  for (const row of await list.rows.all()) await expect(row).toContainText(one.name);

  // A held meeting with motions opens on its page with their results.
  let withMotions: string | null = null;
  for (const row of all) {
    const m = await core.call('meetings.get', { id: row.id });
    if (m.motions.length >= 2) {
      withMotions = m.id;
      break;
    }
  }
  expect(withMotions).not.toBeNull();
  await page.goto(`${chartroom.origin}/#/meetings/${withMotions}`);
  const meeting = new MeetingPage(page);
  await meeting.open('Motions');
  await expect(page.getByTestId('motion').first()).toContainText(/Carried|Failed/);
  await saveScreenshot(page, 'meetings-sample-motions');
});
