// The crash buffer while the director keeps typing: a killed app (no pagehide, no pause) keeps what was typed.
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, test } from './fixtures';

test('text typed without a pause reaches the crash buffer while the typing goes on', async ({ page, chartroom }) => {
  test.setTimeout(60_000);
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const policy = await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: org.practitioner.id, body: 'Saved.' });
  const versionId = policy.versions[0]!.id;

  await page.goto(`${chartroom.url}#/policies/${policy.id}/edit/${versionId}`);
  const text = page.getByLabel('Text (Markdown)');
  await expect(text).toHaveValue('Saved.');
  await text.press('End');
  // Steady typing, a key every 100 ms: never a pause long enough for a timer that every keystroke restarts.
  const typed = ' Clean hands before every contact.';
  await text.pressSequentially(typed, { delay: 100 });

  // Read at once, as if the app were killed now: what was typed is already stored (the last key may be in flight).
  const buffer = (await core.call('policies.version', { id: versionId })).recoveredBody;
  expect(buffer ?? '').toContain(`Saved.${typed.slice(0, -3)}`);
  await expect.poll(async () => (await core.call('policies.version', { id: versionId })).recoveredBody).toBe(`Saved.${typed}`);
});
