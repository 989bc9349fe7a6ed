// Page model for Staff & Credentials: search, filters, sortable headers, rows and "show more".
import type { Locator, Page } from '@playwright/test';

export class StaffPage {
  readonly search: Locator;
  readonly department: Locator;
  readonly status: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly showMore: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search staff' });
    this.department = page.getByRole('combobox', { name: 'Department' });
    this.status = page.getByRole('combobox', { name: 'Status' });
    this.rows = page.getByTestId('staff-row');
    this.summary = page.getByTestId('staff-summary');
    this.showMore = page.getByRole('button', { name: /^Show \d+ more$/ });
  }

  columnHeader(name: 'Name' | 'Role' | 'Department' | 'Hired'): Locator {
    return this.page.getByRole('columnheader', { name });
  }

  async sortBy(name: 'Name' | 'Role' | 'Department' | 'Hired'): Promise<void> {
    await this.columnHeader(name).getByRole('button').click();
  }

  /** The number in the summary line: "Showing 50 of 250 people" → 250, "12 people match" → 12. */
  async total(): Promise<number> {
    const text = await this.summary.innerText();
    const numbers = [...text.matchAll(/[\d,]+/g)].map((m) => Number(m[0].replace(/,/g, '')));
    return numbers.at(-1) ?? 0;
  }

  cell(row: number, column: number): Locator {
    return this.rows.nth(row).locator('td').nth(column);
  }
}
