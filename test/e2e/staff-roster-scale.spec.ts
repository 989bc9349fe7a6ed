// The roster at hospital scale: 5,000 practitioners scroll to the last row with only a window of rows in the page.
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { StaffPage } from './pages/staff';

/** Far fewer than 5,000: the rows in view plus the virtualizer's overscan either side. */
const mostRowsInThePage = 80;

test('5,000 practitioners: the list scrolls to the end and shows the last row, with only a window of rows in the page', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 5000 });
  const shell = new ShellPage(page);
  const staff = new StaffPage(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');

  await expect(staff.summary).toHaveText('5,000 people');
  await expect(staff.rows.first()).toBeVisible();
  const first = (await core.call('staff.list', { limit: 1 })).rows[0]!;
  await expect(staff.cell(0, 0)).toContainText(`${first.familyName}, ${first.givenName}`);
  expect(await staff.rows.count()).toBeLessThan(mostRowsInThePage);
  await expect(page.getByRole('table', { name: 'Staff' })).toHaveAttribute('aria-rowcount', '5001');
  await saveScreenshot(page, 'staff-roster', { readme: true });

  // To the very end: the last page is read when it comes into view, and the last practitioner is shown.
  await staff.scrollToEnd();
  const last = (await core.call('staff.list', { limit: 1, offset: 4999 })).rows[0]!;
  const lastRow = staff.rows.filter({ hasText: `${last.familyName}, ${last.givenName}` }).last();
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toHaveAttribute('aria-rowindex', '5001');
  expect(await staff.rows.count()).toBeLessThan(mostRowsInThePage);
  await saveScreenshot(page, 'staff-roster-end');

  // Sorting descending from the end starts again at the top, with the last name first.
  await staff.sortBy('Name');
  await expect(staff.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(staff.cell(0, 0)).toContainText(`${last.familyName}, ${last.givenName}`);

  // A department filter narrows the count and every row to that department.
  await staff.department.selectOption({ label: first.departmentName });
  const inDepartment = await core.call('staff.list', { departmentId: first.departmentId, limit: 1 });
  await expect(staff.summary).toHaveText(`${inDepartment.total.toLocaleString('en-US')} people match`);
  for (const department of await staff.rows.locator('td:nth-child(3)').allInnerTexts()) expect(department).toBe(first.departmentName);

  // A search is debounced, then narrows to the matching people.
  await staff.department.selectOption({ label: 'All departments' });
  await staff.search.fill(first.familyName);
  const matching = await core.call('staff.list', { search: first.familyName, limit: 1 });
  await expect.poll(() => staff.total()).toBe(matching.total);
  for (const name of await staff.rows.locator('td:first-child').allInnerTexts()) expect(name.toLowerCase()).toContain(first.familyName.toLowerCase());
});
