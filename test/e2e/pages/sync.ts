// Page model for Settings → Sync and the Conflicts view.
import type { Locator, Page } from '@playwright/test';

export class SyncPage {
  readonly card: Locator;
  readonly folder: Locator;
  readonly deviceName: Locator;
  readonly passphrase: Locator;
  readonly connect: Locator;
  readonly syncNow: Locator;
  readonly devices: Locator;
  readonly lastSync: Locator;
  readonly conflictsLink: Locator;
  readonly duplicates: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator('section', { has: page.getByRole('heading', { name: 'Sync', exact: true }) });
    this.folder = this.card.getByRole('textbox', { name: 'Shared folder' });
    this.deviceName = this.card.getByRole('textbox', { name: "This laptop's name" });
    this.passphrase = this.card.getByLabel('Team passphrase');
    this.connect = this.card.getByRole('button', { name: 'Save and connect' });
    this.syncNow = this.card.getByRole('button', { name: 'Sync now' });
    this.devices = this.card.getByRole('list', { name: 'Laptops seen' });
    this.lastSync = this.card.getByRole('list', { name: 'Last sync' });
    this.conflictsLink = this.card.getByRole('link', { name: /Conflicts/ });
    this.duplicates = this.card.getByRole('region', { name: 'Duplicates merged' });
  }

  async setUp(folder: string, deviceName: string, passphrase: string): Promise<void> {
    await this.folder.fill(folder);
    await this.deviceName.fill(deviceName);
    await this.passphrase.fill(passphrase);
    await this.connect.click();
  }
}

export class ConflictsPage {
  readonly list: Locator;
  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Conflicts' });
  }

  conflict(name: string | RegExp): Locator {
    return this.list.getByRole('listitem', { name });
  }
}
