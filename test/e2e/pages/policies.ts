// Page models for Policies: the library, a policy's page, the editor with its submit dialog, the redline, search,
// standards and import.
import { expect, type Locator, type Page } from '@playwright/test';

export class PolicyLibraryPage {
  readonly rows: Locator;
  readonly search: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('policy-row');
    this.search = page.getByRole('searchbox', { name: 'Search policies' });
    this.summary = page.getByTestId('library-summary');
  }

  chip(label: string): Locator {
    return this.page.getByRole('group', { name: 'Show policies' }).getByRole('button', { name: new RegExp(`^${label}\\b`) });
  }

  row(reference: string): Locator {
    return this.rows.filter({ hasText: reference });
  }

  async createPolicy(fields: { reference: string; title: string; category: string; ownerSearch: string; ownerName: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New policy' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New policy' });
    await dialog.getByRole('textbox', { name: 'Reference' }).fill(fields.reference);
    await dialog.getByRole('textbox', { name: 'Category' }).fill(fields.category);
    await dialog.getByRole('textbox', { name: 'Title' }).fill(fields.title);
    await pickPerson(dialog, 'Owner', fields.ownerSearch, fields.ownerName);
    await dialog.getByRole('button', { name: 'Create and write the draft' }).click();
    await expect(dialog).toHaveCount(0);
  }
}

/** Types into a staff picker and chooses the person whose name matches. */
export async function pickPerson(scope: Locator, label: string, search: string, name: string): Promise<void> {
  await scope.getByRole('searchbox', { name: label }).fill(search);
  await scope.getByRole('button', { name: new RegExp(`^${name}`) }).click();
}

export class PolicyEditorPage {
  readonly text: Locator;
  readonly preview: Locator;
  readonly status: Locator;
  readonly title: Locator;
  readonly changeSummary: Locator;
  readonly restoreBanner: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole('textbox', { name: 'Text (Markdown)' });
    this.preview = page.getByTestId('policy-preview');
    this.status = page.getByTestId('editor-status');
    this.title = page.getByRole('textbox', { name: 'Title' });
    this.changeSummary = page.getByRole('textbox', { name: 'Change summary' });
    this.restoreBanner = page.getByTestId('restore-banner');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status).toContainText(/^Saved/);
  }

  async submit(approvers: ({ person: string; name: string } | { committee: string })[], effectiveOn?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit for approval' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Submit version/ });
    for (const approver of approvers) {
      if ('person' in approver) await pickPerson(dialog, 'Add a person', approver.person, approver.name);
      else {
        await dialog.getByRole('combobox', { name: 'Add a committee' }).selectOption({ label: approver.committee });
        await dialog.getByRole('button', { name: 'Add committee' }).click();
      }
    }
    await expect(dialog.getByRole('list', { name: 'Approvers in order' }).getByRole('listitem')).toHaveCount(approvers.length);
    if (effectiveOn) await dialog.getByLabel('Effective from').fill(effectiveOn);
    await dialog.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(dialog).toHaveCount(0);
  }
}

export class PolicyDetailPage {
  readonly title: Locator;
  readonly approvalChain: Locator;
  readonly steps: Locator;
  readonly versions: Locator;
  readonly readAndSign: Locator;
  readonly compliance: Locator;
  readonly inForceDate: Locator;
  readonly inForceAnswer: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('main').getByRole('heading', { level: 1 });
    this.approvalChain = page.getByTestId('approval-chain');
    this.steps = page.getByTestId('approval-step');
    this.versions = page.getByTestId('version-item');
    this.readAndSign = page.getByTestId('read-and-sign');
    this.compliance = page.getByTestId('compliance');
    this.inForceDate = page.getByLabel('In force on date');
    this.inForceAnswer = page.getByTestId('in-force-answer');
  }

  version(number: number): Locator {
    return this.page.locator(`[data-testid="version-item"][data-version="${number}"]`);
  }

  async decide(decision: 'Approve' | 'Reject', comment: string): Promise<void> {
    const turn = this.steps.filter({ hasText: 'Their turn' });
    await turn.getByRole('textbox').fill(comment);
    await turn.getByRole('button', { name: decision, exact: true }).click();
    await expect(this.steps.filter({ hasText: comment })).toBeVisible();
  }

  async startNewVersion(changeSummary: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a new version' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^New version of/ });
    await dialog.getByRole('textbox', { name: 'Change summary' }).fill(changeSummary);
    await dialog.getByRole('button', { name: 'Start the draft' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async assign(target: string): Promise<void> {
    await this.readAndSign.getByLabel('Assign to a role or department').selectOption({ label: target });
    await this.readAndSign.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(this.readAndSign.getByRole('list', { name: 'Assigned to' })).toContainText(target);
  }

  async recordAttestation(staffName: string, method: 'Electronic' | 'Paper' | 'In person'): Promise<void> {
    const row = this.readAndSign.getByTestId('attestation-row').filter({ hasText: staffName });
    await row.getByRole('button', { name: /^Record attestation/ }).click();
    await row.getByLabel('How').selectOption({ label: method });
    await row.getByRole('button', { name: 'Save' }).click();
  }
}
