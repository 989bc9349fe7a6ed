// Page models for Meetings: the list, committees, and one meeting's tabs (agenda, attendance, minutes, motions, action items).
import { expect, type Locator, type Page } from '@playwright/test';

export class MeetingsListPage {
  readonly scheduleButton: Locator;
  readonly rows: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.scheduleButton = page.getByRole('button', { name: 'Schedule a meeting' });
    this.rows = page.getByTestId('meeting-row');
    this.summary = page.getByTestId('meetings-summary');
  }

  subnav(name: 'Meetings' | 'Committees'): Locator {
    return this.page.getByRole('navigation', { name: 'Meetings views' }).getByRole('link', { name, exact: true });
  }

  table(name: 'Upcoming' | 'Past'): Locator {
    return this.page.getByRole('table', { name: `${name} meetings` });
  }

  async schedule(m: { committee?: string; title: string; date: string; time: string; timeZone: string; location: string }): Promise<void> {
    await this.scheduleButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Schedule a meeting' });
    if (m.committee) await dialog.getByLabel('Committee').selectOption({ label: m.committee });
    await dialog.getByLabel('Title').fill(m.title);
    await dialog.getByLabel('Date').fill(m.date);
    await dialog.getByLabel('Starts at').fill(m.time);
    await dialog.getByLabel('Time zone').selectOption(m.timeZone);
    await dialog.getByLabel('Location').fill(m.location);
    await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }
}

export class CommitteesPage {
  constructor(readonly page: Page) {}

  card(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async create(name: string, kind: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New committee' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New committee' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Kind').selectOption({ label: kind });
    await dialog.getByRole('button', { name: 'Add committee' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async addMember(committee: string, who: { staffSearch: string; pick: string } | { name: string }, role: string, voting: boolean): Promise<void> {
    await this.page.getByRole('button', { name: `Add member to ${committee}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Add a member to ${committee}` });
    if ('staffSearch' in who) {
      await dialog.getByLabel('Find on the staff list').fill(who.staffSearch);
      await dialog.getByRole('button', { name: new RegExp(who.pick) }).click();
    } else {
      await dialog.getByLabel('An outside member').check();
      await dialog.getByLabel('Name').fill(who.name);
    }
    await dialog.getByLabel('Role').selectOption({ label: role });
    if (!voting) await dialog.getByLabel('Voting member').uncheck();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog).toHaveCount(0);
  }
}

export class MeetingPage {
  readonly quorum: Locator;
  readonly agendaItems: Locator;
  readonly lockedBanner: Locator;

  constructor(readonly page: Page) {
    this.quorum = page.getByTestId('quorum').first();
    this.agendaItems = page.getByRole('list', { name: 'Agenda' }).getByTestId('agenda-item');
    this.lockedBanner = page.getByTestId('locked-banner');
  }

  tab(name: 'Agenda' | 'Attendance' | 'Minutes' | 'Motions' | 'Action items'): Locator {
    return this.page.getByRole('tablist', { name: 'Meeting' }).getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async open(name: 'Agenda' | 'Attendance' | 'Minutes' | 'Motions' | 'Action items'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  item(title: string): Locator {
    return this.agendaItems.filter({ hasText: title });
  }

  async agendaTitles(): Promise<string[]> {
    return (await this.agendaItems.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''))).map((label) => label.replace(/^\d+\. /, ''));
  }

  async setAttendance(name: string, status: 'Present' | 'Absent' | 'Excused'): Promise<void> {
    const group = this.page.getByRole('radiogroup', { name: `Attendance of ${name}` });
    await group.getByRole('radio', { name: status }).check();
  }

  motionDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Record a motion' });
  }

  /** Fills mover, seconder and "everyone present votes yes" in an open motion or amendment dialog. */
  async voteEveryoneYes(dialog: Locator, mover: string, seconder: string): Promise<void> {
    await dialog.getByLabel('Moved by').selectOption({ label: mover });
    await dialog.getByLabel('Seconded by').selectOption({ label: seconder });
    await dialog.getByRole('button', { name: 'Everyone present votes yes' }).click();
  }
}
