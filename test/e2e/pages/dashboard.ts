// Page model for the dashboard: the first-run welcome, the attention tiles, upcoming meetings and the record counts.
import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  readonly welcomeHeading: Locator;
  readonly openSampleButton: Locator;
  readonly emptyDatabaseChoice: Locator;
  readonly joinChoice: Locator;
  readonly upcomingMeetings: Locator;

  constructor(readonly page: Page) {
    this.welcomeHeading = page.getByRole('heading', { name: 'Welcome to Chartroom' });
    this.openSampleButton = page.getByRole('button', { name: 'Open the sample hospital' });
    this.emptyDatabaseChoice = page.getByRole('heading', { name: 'Start with an empty database' });
    this.joinChoice = page.getByRole('heading', { name: 'Join a shared folder' });
    this.upcomingMeetings = page.locator('.upcoming__item');
  }

  tile(key: string): Locator {
    return this.page.getByTestId(`attention-${key}`);
  }

  async tileFigure(key: string): Promise<number> {
    return Number((await this.tile(key).locator('.attention__figure').innerText()).replace(/[^\d]/g, ''));
  }

  countCard(kind: 'staff' | 'departments' | 'roles'): Locator {
    return this.page.getByTestId(`count-${kind}`);
  }

  async count(kind: 'staff' | 'departments' | 'roles'): Promise<number> {
    const text = await this.countCard(kind).locator('.count-card__value').innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }
}
