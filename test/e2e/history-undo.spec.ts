// The History panel: a practitioner's edit of two fields undone from it (the old values back on the page), and the
// panel present on every kind of record's screen in the sample hospital.
import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/core';
import { smallOrganisation } from '../support/staff-fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { PractitionerPage } from './pages/staff-views';

test('an edit of two fields is undone from the practitioner’s History tab, and the old values come back', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { practitioner } = await smallOrganisation(core);
  await core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quillmere-Hart', specialty: 'Interventional cardiology' } });

  await page.setViewportSize({ width: 1366, height: 850 });
  const shell = new ShellPage(page);
  await shell.open(`${chartroom.url}#/staff/${practitioner.id}`);
  const profile = new PractitionerPage(page);
  await expect(profile.name).toContainText('Quillmere-Hart');
  await profile.tab('History').click();
  const history = page.getByRole('region', { name: 'History' });
  const newest = history.getByRole('listitem').first();
  await expect(newest).toContainText('Family name');
  await expect(newest).toContainText('Quillmere → Quillmere-Hart');
  await expect(newest).toContainText('Specialty');
  // Only the newest edit offers undo: the practitioner's creation, older, does not.
  await expect(history.getByRole('button', { name: /^Undo/ })).toHaveCount(1);
  await shell.dismissToasts();
  await saveScreenshot(page, 'history-undo-offered');
  await expectNoSeriousAxeViolations(page);

  await newest.getByRole('button', { name: /^Undo/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Undo this change to Amara Quillmere-Hart?' });
  await expect(confirm).toContainText('Family name: Quillmere-Hart → Quillmere');
  await expect(confirm).toContainText('Specialty');
  await saveScreenshot(page, 'history-undo-confirm');
  await expectNoSeriousAxeViolations(page);
  await confirm.getByRole('button', { name: 'Undo change' }).click();
  await expect(confirm).toHaveCount(0);

  await expect(profile.name).not.toContainText('Quillmere-Hart');
  await expect(profile.name).toContainText('Quillmere');
  expect(await core.call('staff.get', { id: practitioner.id })).toMatchObject({ familyName: 'Quillmere', specialty: null });
  // The undo is itself the newest edit, recorded like any other.
  await expect(history.getByRole('listitem').first()).toContainText('Quillmere-Hart → Quillmere');
});

/** A record screen of the sample hospital, and how to reach its first record's History button there. */
interface RecordScreen {
  kind: string;
  hash: (ids: SampleIds) => string;
  /** A tab to choose first, where the records sit behind one. */
  tab?: string;
}

interface SampleIds {
  practitionerId: string;
  policyId: string;
  meetingId: string;
  measureId: string;
}

const recordScreens: readonly RecordScreen[] = [
  { kind: 'credential', hash: (ids) => `#/staff/${ids.practitionerId}` },
  { kind: 'privilege', hash: (ids) => `#/staff/${ids.practitionerId}`, tab: 'Privileges' },
  { kind: 'evaluation', hash: (ids) => `#/staff/${ids.practitionerId}`, tab: 'FPPE & OPPE' },
  { kind: 'suspension', hash: (ids) => `#/staff/${ids.practitionerId}`, tab: 'Suspensions' },
  { kind: 'reappointment', hash: () => '#/staff/reappointments' },
  { kind: 'policy', hash: (ids) => `#/policies/${ids.policyId}` },
  { kind: 'standard', hash: () => '#/policies/standards' },
  { kind: 'committee', hash: () => '#/meetings/committees' },
  { kind: 'meeting', hash: (ids) => `#/meetings/${ids.meetingId}` },
  { kind: 'agenda item', hash: (ids) => `#/meetings/${ids.meetingId}`, tab: 'Agenda' },
  { kind: 'motion', hash: (ids) => `#/meetings/${ids.meetingId}`, tab: 'Motions' },
  { kind: 'goal and initiative', hash: () => '#/planning/strategy' },
  { kind: 'measure', hash: (ids) => `#/planning/measures/${ids.measureId}` },
  { kind: 'PDSA cycle', hash: () => '#/planning/pdsa' },
  { kind: 'risk', hash: () => '#/planning/risks' },
  { kind: 'training course', hash: () => '#/training/courses' },
  { kind: 'training requirement', hash: () => '#/training/requirements' },
  { kind: 'ethics case', hash: () => '#/ethics' },
];

async function sampleIds(core: Core): Promise<SampleIds> {
  const db = core.context.db;
  const id = (sql: string) => db.prepare(sql).pluck().get() as string;
  // A practitioner with something on every tab; the meeting the meetings list shows first, with its motions.
  const practitionerId = id(`SELECT staff_id FROM privileges WHERE staff_id IN (SELECT staff_id FROM evaluations) ORDER BY staff_id`);
  return {
    practitionerId,
    policyId: id('SELECT id FROM policies ORDER BY reference'),
    meetingId: (await core.call('meetings.list', {})).find((m) => m.status === 'held')!.id,
    measureId: id('SELECT id FROM measures ORDER BY name'),
  };
}

async function openFirstHistory(page: Page, screen: RecordScreen): Promise<void> {
  if (screen.tab) await page.getByRole('tab', { name: new RegExp(`^${screen.tab.replace(/[&]/g, '\\&')}`) }).click();
  await page.getByRole('button', { name: /^History of / }).first().click();
}

test('every kind of record has its History panel on its screen', async ({ page, chartroom }) => {
  test.setTimeout(240_000);
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 30 });
  await core.call('ethics.unlock', { passphrase: 'sample ethics passphrase' });
  const ids = await sampleIds(core);
  // A suspension for cause, so the practitioner's Suspensions tab has one to show.
  await core.call('suspensions.record', { staffId: ids.practitionerId, scope: 'all-privileges', reason: 'Under peer review', startedOn: '2026-11-02' });

  await page.setViewportSize({ width: 1366, height: 850 });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.dismissToasts();
  for (const screen of recordScreens) {
    await page.evaluate((hash) => (window.location.hash = hash), screen.hash(ids));
    await expect(shell.pageTitle().first()).toBeVisible();
    if (screen.kind === 'ethics case') await page.locator('.ethics-link').first().click();
    await openFirstHistory(page, screen);
    const dialog = page.getByRole('dialog', { name: /^History of / });
    await expect(dialog, `${screen.kind}: its History panel`).toBeVisible();
    await expect(dialog.getByRole('listitem').first(), `${screen.kind}: its recorded changes`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
});
