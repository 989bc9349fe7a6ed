// axe on every screen of the sample hospital: a serious or critical violation (contrast, names, focus, structure)
// fails the run, named with the screen and the elements it found. Adding a screen is one line in `screens`.
import type { Core } from '../../electron/core/core';
import { seriousViolations } from './axe';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';

/** The records a screen's address needs, looked up once in the seeded sample hospital. */
interface SampleIds {
  practitionerId: string;
  measureId: string;
  policyId: string;
  redlinePolicyId: string;
  draft: { policyId: string; versionId: string };
  meetingId: string;
}

/** Every screen, by its address: one line each. */
const screens: readonly { name: string; hash: (ids: SampleIds) => string }[] = [
  { name: 'dashboard', hash: () => '#/dashboard' },
  { name: 'staff roster', hash: () => '#/staff' },
  { name: 'practitioner', hash: (ids) => `#/staff/${ids.practitionerId}` },
  { name: 'expirations', hash: () => '#/staff/expirations' },
  { name: 'verification', hash: () => '#/staff/verification' },
  { name: 'reappointments', hash: () => '#/staff/reappointments' },
  { name: 'evaluations', hash: () => '#/staff/evaluations' },
  { name: 'suspensions', hash: () => '#/staff/suspensions' },
  { name: 'roster import', hash: () => '#/staff/import' },
  { name: 'exclusion screening', hash: () => '#/staff/screening' },
  { name: 'NPDB queries due', hash: () => '#/staff/npdb' },
  { name: 'policies library', hash: () => '#/policies' },
  { name: 'policy', hash: (ids) => `#/policies/${ids.policyId}` },
  { name: 'policy redline', hash: (ids) => `#/policies/${ids.redlinePolicyId}/redline` },
  { name: 'policy editor', hash: (ids) => `#/policies/${ids.draft.policyId}/edit/${ids.draft.versionId}` },
  { name: 'policy search', hash: () => '#/policies/search' },
  { name: 'standards', hash: () => '#/policies/standards' },
  { name: 'policy import', hash: () => '#/policies/import' },
  { name: 'meetings list', hash: () => '#/meetings' },
  { name: 'committees', hash: () => '#/meetings/committees' },
  { name: 'meeting', hash: (ids) => `#/meetings/${ids.meetingId}` },
  { name: 'planning', hash: () => '#/planning' },
  { name: 'scorecard off track', hash: () => '#/planning?status=off-track' },
  { name: 'measures', hash: () => '#/planning/measures' },
  { name: 'measure', hash: (ids) => `#/planning/measures/${ids.measureId}` },
  { name: 'new measure', hash: () => '#/planning/measures/new' },
  { name: 'planning strategy', hash: () => '#/planning/strategy' },
  { name: 'planning PDSA cycles', hash: () => '#/planning/pdsa' },
  { name: 'planning risks', hash: () => '#/planning/risks?since=2026-10-01' },
  { name: 'training', hash: () => '#/training' },
  { name: 'training requirements', hash: () => '#/training/requirements' },
  { name: 'training courses', hash: () => '#/training/courses' },
  { name: 'training completions', hash: () => '#/training/completions' },
  { name: 'training CME', hash: () => '#/training/cme' },
  { name: 'ethics', hash: () => '#/ethics' },
  { name: 'settings', hash: () => '#/settings' },
];

async function sampleIds(core: Core): Promise<SampleIds> {
  const staff = await core.call('staff.list', { limit: 1 });
  const policies = await core.call('policies.list', { filter: 'all', limit: 500 });
  let redlinePolicyId: string | null = null;
  let draft: SampleIds['draft'] | null = null;
  for (const row of policies.rows) {
    const policy = await core.call('policies.get', { id: row.id });
    if (!redlinePolicyId && policy.versions.length >= 2) redlinePolicyId = policy.id;
    const open = policy.versions.find((v) => v.state === 'draft');
    if (!draft && open) draft = { policyId: policy.id, versionId: open.id };
    if (redlinePolicyId && draft) break;
  }
  const meetings = await core.call('meetings.list', {});
  if (!redlinePolicyId || !draft || !staff.rows[0] || !meetings[0]) throw new Error('The sample hospital lacks a record one of the screens needs.');
  const measureId = (await core.call('measures.list', {})).find((m) => m.name === 'Discharges before noon')!.id;
  return { measureId, practitionerId: staff.rows[0].id, policyId: policies.rows[0]!.id, redlinePolicyId, draft, meetingId: meetings[0].id };
}

/** Serious and critical violations, one line each, naming the rule and the elements. */
// The screens are shared among a few tests, so the two workers each take some and a slow screen fails alone.
const shares = 4;
for (let share = 0; share < shares; share++) {
  const mine = screens.filter((_, index) => index % shares === share);
  test(`no serious or critical axe violation on: ${mine.map((s) => s.name).join(', ')}`, async ({ page, chartroom }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1366, height: 850 });
    await chartroom.core.call('app.seedSample', { staff: 30 });
    const ids = await sampleIds(chartroom.core);
    const shell = new ShellPage(page);
    await shell.open(chartroom.url);
    await shell.dismissToasts();

    const found: string[] = [];
    for (const screen of mine) {
      await page.evaluate((hash) => (window.location.hash = hash), screen.hash(ids));
      await expect(shell.pageTitle().first()).toBeVisible();
      // Lists arrive a moment after the heading; axe should see the screen filled, as a director does.
      await page.waitForTimeout(400);
      for (const violation of await seriousViolations(page)) found.push(`${screen.name}: ${violation}`);
      await saveScreenshot(page, `axe-${screen.name.replace(/\s+/g, '-')}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
