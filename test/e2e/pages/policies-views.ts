// Page models for the policies views beside the library: import, search and the standards crosswalk.
import type { Locator, Page } from '@playwright/test';

export class PolicyImportPage {
  readonly files: Locator;
  readonly folder: Locator;
  readonly outcomes: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.files = page.getByTestId('import-files');
    this.folder = page.getByTestId('import-folder');
    this.outcomes = page.getByTestId('import-outcome');
    this.summary = page.getByTestId('import-summary');
  }

  outcome(fileName: string): Locator {
    return this.outcomes.filter({ hasText: fileName });
  }
}

export class PolicySearchPage {
  readonly box: Locator;
  readonly hits: Locator;
  readonly olderVersions: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search the text of policies' });
    this.hits = page.getByTestId('search-hit');
    this.olderVersions = page.getByRole('checkbox', { name: 'Include older versions' });
  }
}

export class StandardsPage {
  readonly rows: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('standard-row');
    this.summary = page.getByTestId('standards-summary');
  }

  /** The row of the standard with exactly this code (a moved standard's row also names its successor's code). */
  standard(code: string): Locator {
    const exact = new RegExp(`\\s${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.rows.filter({ has: this.page.locator('.standard-code').filter({ hasText: exact }) });
  }
}
