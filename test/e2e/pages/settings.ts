// Page model for Settings: the organisation form and the read-only database facts.
import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly organisationName: Locator;
  readonly timeZone: Locator;
  readonly save: Locator;
  readonly discard: Locator;
  readonly databaseCard: Locator;

  constructor(readonly page: Page) {
    this.organisationName = page.getByRole('textbox', { name: 'Organisation name' });
    this.timeZone = page.getByRole('combobox', { name: 'Time zone' });
    this.save = page.getByRole('button', { name: 'Save changes' });
    this.discard = page.getByRole('button', { name: 'Discard' });
    this.databaseCard = page.locator('section', { has: page.getByRole('heading', { name: 'This database' }) });
  }

  /** The error shown beside a field, found through the field's aria-describedby. */
  errorFor(field: Locator): Locator {
    return this.page.locator('.field', { has: field }).getByRole('alert');
  }
}
