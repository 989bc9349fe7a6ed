// Page model for the command palette: opened by Ctrl+K, driven by typing and the arrow, Enter and Escape keys.
import { expect, type Locator, type Page } from '@playwright/test';

export class PalettePage {
  readonly dialog: Locator;
  readonly box: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search and commands' });
    this.box = this.dialog.getByRole('combobox', { name: 'Search records or type a command' });
    this.list = this.dialog.getByRole('listbox', { name: 'Matches' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.box).toBeFocused();
  }

  /** Types as a director does, key by key (or the whole text as one keyboard input: `at once`), and waits for the answer. */
  async type(text: string, { atOnce = false } = {}): Promise<void> {
    if (atOnce) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.type(text);
    await expect(this.dialog.getByRole('status')).not.toHaveText('Searching…');
  }

  option(name: string | RegExp): Locator {
    return this.list.getByRole('option', { name });
  }

  activeOption(): Locator {
    return this.list.locator('[role="option"][aria-selected="true"]');
  }

  group(label: string): Locator {
    return this.list.getByRole('group', { name: label });
  }
}
