// Page model for the app shell: sidebar, header, status line and the current screen's headings.
import { expect, type Locator, type Page } from '@playwright/test';

export const sidebarLabels = ['Dashboard', 'Policies', 'Staff & Credentials', 'Meetings', 'Planning', 'Training', 'Ethics', 'Settings'] as const;
export type SidebarLabel = (typeof sidebarLabels)[number];

export class ShellPage {
  readonly sidebar: Locator;
  readonly organisationName: Locator;
  readonly statusLine: Locator;
  readonly content: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Chartroom' });
    this.organisationName = page.getByTestId('organisation-name');
    this.statusLine = page.getByTestId('status-line');
    this.content = page.locator('main');
  }

  /** Opens the app at the bridge's address and waits until the status line names the database. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.statusLine).toContainText('chartroom', { ignoreCase: true });
  }

  link(label: SidebarLabel): Locator {
    return this.sidebar.getByRole('link', { name: label, exact: true });
  }

  async go(label: SidebarLabel): Promise<void> {
    await this.link(label).click();
    await expect(this.link(label)).toHaveAttribute('aria-current', 'page');
  }

  pageTitle(): Locator {
    return this.content.getByRole('heading', { level: 1 });
  }

  heading(name: string): Locator {
    return this.content.getByRole('heading', { name, exact: true });
  }

  toast(): Locator {
    return this.page.getByTestId('toast');
  }

  async dismissToasts(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await expect(this.toast()).toHaveCount(0);
  }
}
