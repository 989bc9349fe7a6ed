// The dashboard of the sample hospital: each attention figure is the core's, and each tile opens the list behind it.
import { expect, saveScreenshot, test } from './fixtures';
import { DashboardPage } from './pages/dashboard';
import { ShellPage } from './pages/shell';

test('what needs the director: figures from the core, tiles that open their lists, the next meetings', async ({ page, chartroom }) => {
  await chartroom.core.call('app.seedSample', {});
  const attention = await chartroom.core.call('dashboard.attention', {});
  const shell = new ShellPage(page);
  const dashboard = new DashboardPage(page);
  await shell.open(chartroom.url);
  await expect(shell.pageTitle()).toHaveText('Dashboard');

  await expect(dashboard.tile('lapsed')).toContainText('Expired');
  expect(await dashboard.tileFigure('lapsed')).toBe(attention.credentials.expired);
  expect(attention.credentials.expired).toBeGreaterThan(0);
  await expect(dashboard.tile('lapsed')).toContainText(`${attention.credentials.suspendedPractitioners} practitioner`);
  expect(await dashboard.tileFigure('expiring')).toBe(attention.credentials.expiringSoon);
  expect(await dashboard.tileFigure('verification')).toBe(attention.credentials.needsVerification);
  expect(await dashboard.tileFigure('reviews')).toBe(attention.policies.reviewOverdue + attention.policies.reviewDueSoon);
  await expect(dashboard.tile('reviews')).toContainText(`${attention.policies.reviewOverdue} overdue`);
  expect(await dashboard.tileFigure('approvals')).toBe(attention.policies.inReview);
  expect(await dashboard.tileFigure('actions')).toBe(attention.meetings.openActionItems);
  await expect(dashboard.upcomingMeetings).toHaveCount(attention.meetings.upcoming.length);
  await expect(dashboard.upcomingMeetings.first()).toContainText(attention.meetings.upcoming[0]!.title);
  await saveScreenshot(page, 'dashboard-attention', { readme: true });

  // A tile is a way in: the lapsed credentials open the expirations board.
  await dashboard.tile('lapsed').getByRole('link').click();
  await expect(page).toHaveURL(/#\/staff\/expirations\?show=lapsed$/);
  await expect(shell.pageTitle()).toHaveText('Credential expirations');
  await page.goBack();
  await expect(shell.pageTitle()).toHaveText('Dashboard');

  // The evaluations tile opens the FPPE/OPPE list, grouped as the tile counted them.
  await dashboard.tile('evaluations').getByRole('link').click();
  await expect(shell.pageTitle()).toHaveText('Evaluations due');
  await expect(page.getByRole('table', { name: 'Overdue' }).getByTestId('evaluation-due-row')).toHaveCount(attention.evaluations.overdue);
  await expect(page.getByRole('table', { name: `Due in the next ${attention.evaluations.withinDays} days` }).getByTestId('evaluation-due-row')).toHaveCount(attention.evaluations.dueSoon);
  await saveScreenshot(page, 'staff-evaluations-due', { readme: true });
  await page.goBack();
  await expect(shell.pageTitle()).toHaveText('Dashboard');

  // So is a meeting: it opens on its agenda.
  await dashboard.upcomingMeetings.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(attention.meetings.upcoming[0]!.title);
});
