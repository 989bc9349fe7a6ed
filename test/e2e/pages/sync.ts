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
  /** The shared records' fingerprint, "3f9a 21c0 7b4e": the same on laptops that hold the same records. */
  readonly fingerprint: Locator;
  readonly waitingCard: Locator;
  readonly waitingList: Locator;
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
    this.fingerprint = this.card.getByTestId('sync-fingerprint');
    this.waitingCard = page.locator('section', { has: page.getByRole('heading', { name: 'Records waiting', exact: true }) });
    this.waitingList = this.waitingCard.getByRole('list', { name: 'Records waiting' });
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

/** The first-run form that joins a team's shared folder. */
export class JoinFolderForm {
  readonly form: Locator;
  readonly folder: Locator;
  readonly passphrase: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Join a shared folder' });
    this.folder = this.form.getByRole('textbox', { name: 'Shared folder' });
    this.passphrase = this.form.getByLabel('Team passphrase');
    this.submit = this.form.getByRole('button', { name: 'Join and load the records' });
    this.error = this.form.getByRole('alert');
  }

  async join(folder: string, passphrase: string): Promise<void> {
    await this.folder.fill(folder);
    await this.passphrase.fill(passphrase);
    await this.submit.click();
  }
}
