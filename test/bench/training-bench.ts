// Bench figures for training: the compliance matrix for 5,000 people × 50 requirements through the handler vs one
// plain SQL statement giving each cell's latest completion and waiver; the time from editing a requirement to the new
// matrix (assignments are derived at read time, so this is all "re-deriving" costs); the matrix's first paint in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startBridge } from '../../electron/bridge/server';
import { openCore } from '../../electron/core/core';
import { trainingRequirementEntity } from '../../electron/core/training/entities';
import { figure, medianMs, onceMs, type Figure } from './measure';

const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

export async function trainingFigures(dataDir: string, people: number, requirementCount = 50): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const core = openCore({ dataDir });
  try {
    await core.call('app.seedSample', { staff: people, seed: 4 });
    const { db, store } = core.context;
    // The sample's six requirements, topped up to fifty over its courses, by role, department and everyone.
    const courseIds = db.prepare('SELECT id FROM training_courses ORDER BY title').pluck().all() as string[];
    const roleIds = db.prepare('SELECT id FROM roles ORDER BY name').pluck().all() as string[];
    const departmentIds = db.prepare('SELECT id FROM departments ORDER BY code').pluck().all() as string[];
    const recurrences = ['rolling-months', 'annual-date', 'one-time', 'after-hire'] as const;
    const have = db.prepare('SELECT count(*) FROM training_requirements').pluck().get() as number;
    store.transaction(() => {
      for (let i = have; i < requirementCount; i++) {
        const recurrence = recurrences[i % recurrences.length]!;
        store.insert(trainingRequirementEntity, {
          title: `Bench requirement ${String(i).padStart(2, '0')}`, courseId: courseIds[i % courseIds.length]!,
          appliesTo: i % 3 === 0 ? [] : i % 3 === 1 ? [{ kind: 'role', id: roleIds[i % roleIds.length]! }] : [{ kind: 'department', id: departmentIds[i % departmentIds.length]! }],
          recurrence, intervalMonths: recurrence === 'rolling-months' ? 12 + (i % 24) : null, annualDate: recurrence === 'annual-date' ? '06-30' : null,
          daysAfter: recurrence === 'annual-date' ? null : 30, policyId: null, graceDays: i % 2 ? 14 : 0, source: 'policy', sourceNote: null, effectiveFrom: '2022-01-01', retiredOn: null,
        });
      }
    });
    const matrix = await core.call('training.matrix', {});
    const label = `${matrix.rows.length} people × ${matrix.requirements.length} requirements`;
    const completions = db.prepare('SELECT count(*) FROM training_completions').pluck().get() as number;

    // Floor: each cell's latest completion and the waiver that runs latest, in one statement, rows as SQLite returns them.
    const floor = db.prepare(`SELECT s.id, r.id,
        (SELECT max(c.completed_on) FROM training_completions c WHERE c.staff_id = s.id AND c.course_id = r.course_id AND c.completed_on <= @today),
        (SELECT max(w.ends_on) FROM training_waivers w WHERE w.staff_id = s.id AND w.requirement_id = r.id AND w.granted_on <= @today)
      FROM staff s CROSS JOIN training_requirements r WHERE s.status <> 'inactive' AND r.retired_on IS NULL`).raw();
    const today = matrix.asOf;
    figures[`training matrix (${label}, ${completions} completions)`] = figure(
      await medianMs(() => core.dispatch('training.matrix', {}), { iterations: 7, warmup: 2 }),
      await medianMs(() => floor.all({ today }), { iterations: 7, warmup: 2 }),
    );

    // A requirement edited, then the matrix read again: nothing stored needs re-deriving, so this is the whole cost.
    const first = (await core.call('training.requirements', {}))[0]!;
    const { id, courseTitle: _c, appliesToText: _a, counts: _n, retiredOn: _r, ...fields } = first;
    let grace = 0;
    const updateFloor = db.prepare('UPDATE training_requirements SET grace_days = ? WHERE id = ?');
    figures[`edit a requirement, then the new matrix (${label})`] = figure(
      await medianMs(async () => {
        grace = (grace + 1) % 30;
        await core.dispatch('training.saveRequirement', { id, requirement: { ...fields, graceDays: grace, sourceNote: fields.sourceNote ?? undefined } as never });
        await core.dispatch('training.matrix', {});
      }, { iterations: 5, warmup: 1 }),
      await medianMs(() => {
        grace = (grace + 1) % 30;
        updateFloor.run(grace, id);
        floor.all({ today });
      }, { iterations: 5, warmup: 1 }),
    );

    // First paint: the matrix's first rows on screen in Chromium, against the app shell alone on the same data.
    if (fs.existsSync(path.join(rendererDir, 'index.html'))) Object.assign(figures, await firstPaint(core, label));
  } finally {
    core.close();
  }
  return figures;
}

async function firstPaint(core: ReturnType<typeof openCore>, label: string): Promise<Record<string, Figure>> {
  const bridge = await startBridge({ dispatch: core.dispatch, staticDir: rendererDir });
  const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ headless: true, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const base = bridge.url.split('#')[0]!;
    await page.goto(base);
    await page.locator('main h1').first().waitFor();
    const shellMs = await onceMs(async () => {
      await page.goto(`${bridge.origin}/#/settings`);
      await page.reload();
      await page.locator('main h1').first().waitFor();
    });
    const matrixMs = await onceMs(async () => {
      await page.goto(`${bridge.origin}/#/training`);
      await page.reload();
      await page.getByTestId('matrix-row').first().waitFor();
    });
    return { [`training matrix first paint in Chromium (${label})`]: figure(matrixMs, shellMs) };
  } finally {
    await browser.close();
    await bridge.close();
  }
}
