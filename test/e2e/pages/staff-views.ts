// Page models for Staff & Credentials' other views: sub-navigation, roster import, expirations, a practitioner's profile, the verification queue.
import type { Locator, Page } from '@playwright/test';

export type StaffSubnavLabel = 'Roster' | 'Expirations' | 'Verification' | 'Reappointments' | 'Suspensions' | 'Import' | 'Organisation';

export class StaffSubnav {
  readonly nav: Locator;
  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Staff & Credentials views' });
  }
  link(label: StaffSubnavLabel): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }
  async go(label: StaffSubnavLabel): Promise<void> {
    await this.link(label).click();
  }
}

export class RosterImportPage {
  readonly fileInput: Locator;
  readonly counts: Locator;
  readonly importButton: Locator;
  readonly problem: Locator;
  readonly report: Locator;
  readonly sampleRows: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Roster CSV file');
    this.counts = page.getByTestId('import-counts');
    this.importButton = page.getByRole('button', { name: /^Import \d+ good rows?$/ });
    this.problem = page.getByTestId('import-problem');
    this.report = page.getByTestId('import-report');
    this.sampleRows = page.getByTestId('sample-row');
  }

  mappingFor(fieldLabel: string): Locator {
    return this.page.getByRole('combobox', { name: `Column for ${fieldLabel}`, exact: true });
  }

  /** The table of bad rows: "Rows with problems" in the preview, "Rows not imported" in the report. */
  problemTable(title: 'Rows with problems' | 'Rows not imported'): Locator {
    return this.page.getByRole('table', { name: title });
  }

  reportValue(kind: 'created' | 'updated' | 'unchanged' | 'credentials' | 'problems'): Locator {
    return this.page.getByTestId(`report-${kind}`);
  }
}

export class ExpirationsPage {
  readonly groups: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly window: Locator;
  readonly includeExpired: Locator;
  readonly exportCsv: Locator;
  readonly exportIcs: Locator;

  constructor(readonly page: Page) {
    this.groups = page.getByTestId('expiration-group');
    this.rows = page.getByTestId('expiration-row');
    this.summary = page.getByTestId('expirations-summary');
    this.window = page.getByRole('combobox', { name: 'Expiring within' });
    this.includeExpired = page.getByRole('checkbox', { name: 'Include expired' });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.exportIcs = page.getByRole('button', { name: 'Add to calendar (.ics)' });
  }

  group(title: string): Locator {
    return this.groups.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async groupTitles(): Promise<string[]> {
    return (await this.groups.locator('.card__title').allInnerTexts()).map((t) => t.replace(/\s+\d+ credentials?$/, '').trim());
  }
}

export class PractitionerPage {
  readonly name: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('heading', { level: 1 });
  }

  tab(name: 'Credentials' | 'Privileges' | 'FPPE & OPPE' | 'Suspensions' | 'History'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name.replace(/[&]/g, '\\&')}`) });
  }

  credential(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  numberOf(card: Locator): Locator {
    return card.getByTestId('credential-number');
  }

  verificationForm(): Locator {
    return this.page.getByRole('form', { name: /^Record verification of/ });
  }
}

export class VerificationQueuePage {
  readonly rows: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('verification-row');
    this.summary = page.getByTestId('verification-summary');
  }

  rowFor(staffText: string, credentialText: string): Locator {
    return this.rows.filter({ hasText: staffText }).filter({ hasText: credentialText });
  }
}
