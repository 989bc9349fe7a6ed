// Page model for Staff & Credentials' roster: search, filters, sortable headers and the virtualized rows.
import type { Locator, Page } from '@playwright/test';

export class StaffPage {
  readonly search: Locator;
  readonly department: Locator;
  readonly status: Locator;
  /** Only the rows in and near view are in the page: the list is virtualized. */
  readonly rows: Locator;
  readonly summary: Locator;
  /** The roster's own scroll box. */
  readonly scroller: Locator;
  /**
   * The roster used to page with a "Show N more" button; it now reads pages as it scrolls, so this finds nothing.
   * Kept only so specs written against the button still compile until they are updated.
   */

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search staff' });
    this.department = page.getByRole('combobox', { name: 'Department' });
    this.status = page.getByRole('combobox', { name: 'Status' });
    this.rows = page.getByTestId('staff-row');
    this.summary = page.getByTestId('staff-summary');
    this.scroller = page.getByTestId('roster-scroll');
  }

  columnHeader(name: 'Name' | 'Role' | 'Department' | 'Hired'): Locator {
    return this.page.getByRole('columnheader', { name });
  }

  async sortBy(name: 'Name' | 'Role' | 'Department' | 'Hired'): Promise<void> {
    await this.columnHeader(name).getByRole('button').click();
  }

  /** The number in the summary line: "250 people" → 250, "12 people match" → 12. */
  async total(): Promise<number> {
    const text = await this.summary.innerText();
    const numbers = [...text.matchAll(/[\d,]+/g)].map((m) => Number(m[0].replace(/,/g, '')));
    return numbers.at(-1) ?? 0;
  }

  cell(row: number, column: number): Locator {
    return this.rows.nth(row).locator('td').nth(column);
  }

  row(familyName: string): Locator {
    return this.rows.filter({ hasText: familyName });
  }

  async scrollToEnd(): Promise<void> {
    await this.scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  }
}
