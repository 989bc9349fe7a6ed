// A category's reusable approval chain: defined once on the Policies library, it fills in the approvers when a draft of
// that category is submitted (and the director can still change them there).
import { expect, saveScreenshot, test } from './fixtures';
import { pickPerson } from './pages/policies';
import { ShellPage } from './pages/shell';
import { smallOrganisation } from '../support/staff-fixtures';

test('a chain defined for a category pre-fills Submit for a policy of that category', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id });
  await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  const policy = await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: org.practitioner.id, body: '# Hand hygiene\n\nClean hands.' });

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Policies');
  const card = page.getByRole('region', { name: 'Approval chains by category' }).or(page.locator('section', { hasText: 'Approval chains by category' })).first();
  await card.getByRole('button', { name: 'Add a chain' }).click();
  const form = card.getByRole('form', { name: 'Approval chain' });
  await form.getByRole('textbox', { name: 'Category' }).fill('Infection control');
  await pickPerson(form, 'Add a person', 'Ashford', 'Ben Ashford, MD');
  await form.getByRole('combobox', { name: 'Add a committee' }).selectOption({ label: 'Medical Executive Committee' });
  await form.getByRole('button', { name: 'Add committee' }).click();
  await saveScreenshot(page, 'approval-chain-editing');
  await form.getByRole('button', { name: 'Save chain' }).click();
  await expect(card.getByRole('list', { name: 'Approval chains' })).toContainText('Ben Ashford, MD → Medical Executive Committee');
  await card.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'approval-chains-card');

  await page.goto(`${chartroom.url}#/policies/${policy.id}/edit/${policy.versions[0]!.id}`);
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  const dialog = page.getByRole('dialog', { name: /^Submit version/ });
  const steps = dialog.getByRole('list', { name: 'Approvers in order' }).getByRole('listitem');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('Ben Ashford, MD');
  await expect(steps.nth(1)).toContainText('Medical Executive Committee');
  await expect(dialog.getByRole('note')).toContainText('Infection control');
  await saveScreenshot(page, 'submit-prefilled-from-chain');
  // Still this submission's own list: a step can go.
  await dialog.getByRole('button', { name: 'Remove Medical Executive Committee' }).click();
  await expect(steps).toHaveCount(1);
});
