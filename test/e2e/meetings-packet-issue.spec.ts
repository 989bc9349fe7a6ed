// The packet as issued, on screen: issue it, change the linked policy, see what changed and re-issue; the closed-session
// item travels in the confidential supplement only; who received it is logged. Both PDFs are rendered to PNG to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';

const outDir = path.join(process.cwd(), 'test-results', 'packet-issue');

async function saved(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download', { timeout: 120_000 });
  await click();
  const file = path.join(outDir, name);
  await (await download).saveAs(file);
  return file;
}

const textOf = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString();

test('issue a packet, change the linked policy, see what changed and re-issue; the closed-session item in the supplement only', async ({ page, chartroom }) => {
  test.setTimeout(300_000);
  fs.mkdirSync(outDir, { recursive: true });
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Clinical privileges', category: 'Medical staff', ownerId: org.practitioner.id, body: '# Privileges\n\nGranted item by item.' });
  const versionId = policy.versions[0]!.id;
  const committee = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  for (const name of ['Dr Ada Ashcombe', 'Dr Ben Brambleton', 'Dr Cy Cinderfield']) await core.call('committees.addMember', { committeeId: committee.id, name, role: 'member', voting: true });
  const meeting = await core.call('meetings.create', { committeeId: committee.id, title: 'Medical Executive Committee — December 2026', startsAt: '2026-12-08T15:30:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
  await core.call('agenda.add', { meetingId: meeting.id, title: 'MS-014 Clinical privileges for approval', kind: 'decision', link: { kind: 'policy-version', id: versionId } });
  await core.call('agenda.add', { meetingId: meeting.id, title: 'Peer review of case 26-114', kind: 'discussion', executiveSession: true, description: 'Wound dehiscence after the second operation.' });

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.url.split('#')[0]}#/meetings/${meeting.id}`);
  await expect(shell.pageTitle()).toHaveText('Medical Executive Committee — December 2026');

  // Guests for the closed-session item, typed in its dialog.
  await page.getByRole('list', { name: 'Agenda' }).getByTestId('agenda-item').filter({ hasText: 'Peer review of case 26-114' }).getByRole('button', { name: /Edit/ }).click();
  await page.getByLabel('Guests for this item').fill('Jo Quarrington — Outside counsel');
  await page.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await core.call('meetings.get', { id: meeting.id })).agenda.find((a) => a.executiveSession)!.guests).toMatchObject([{ name: 'Jo Quarrington', role: 'Outside counsel' }]);

  const packetTab = page.getByRole('tablist', { name: 'Meeting' }).getByRole('tab', { name: /^Packet/ });
  await packetTab.click();
  await expect(page.getByRole('heading', { name: 'Not issued yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Issue packet' }).click();
  const first = page.getByRole('article', { name: 'Issue 1' });
  await expect(first).toBeVisible({ timeout: 120_000 });
  await expect(first).toContainText('Current');
  const general1 = await saved(page, () => first.getByRole('button', { name: 'Open packet' }).click(), 'issue-1-packet.pdf');
  const supplement1 = await saved(page, () => first.getByRole('button', { name: 'Open confidential supplement' }).click(), 'issue-1-supplement.pdf');
  const generalText = textOf(general1);
  const supplementText = textOf(supplement1);
  expect(generalText).toContain('Peer review of case 26-114');
  expect(generalText).not.toContain('Wound dehiscence');
  expect(supplementText).toContain('Wound dehiscence after the second operation.');
  expect(supplementText).toContain('Jo Quarrington');
  expect(supplementText).not.toContain('Granted item by item.');

  // The linked policy changes after the issue: the screen says so before anything is re-issued.
  await core.call('policies.saveDraft', { versionId, body: '# Privileges\n\nGranted item by item, and reviewed every two years.' });
  await page.getByRole('tablist', { name: 'Meeting' }).getByRole('tab', { name: /^Agenda/ }).click();
  await packetTab.click();
  await expect(page.getByRole('list', { name: 'Changes since issue 1' })).toContainText('Item 4: policy MS-014 version 1: its text changed.');
  // Issue 1 is still what it was.
  const general1Again = await saved(page, () => first.getByRole('button', { name: 'Open packet' }).click(), 'issue-1-packet-again.pdf');
  expect(fs.readFileSync(general1Again).equals(fs.readFileSync(general1))).toBe(true);

  await page.getByLabel('Note for the re-issue (optional)').fill('Revised text from the author');
  await page.getByRole('button', { name: 'Re-issue as issue 2' }).click();
  const second = page.getByRole('article', { name: 'Issue 2' });
  await expect(second).toBeVisible({ timeout: 120_000 });
  await expect(second).toContainText('Revised text from the author');
  await expect(page.getByRole('article', { name: 'Issue 1' })).toContainText('Replaced');
  await second.getByText('What changed from issue 1').click();
  await expect(second).toContainText('Item 4: policy MS-014 version 1: its text changed.');
  const general2 = await saved(page, () => second.getByRole('button', { name: 'Open packet' }).click(), 'issue-2-packet.pdf');
  expect(textOf(general2)).toMatch(/Changes since issue 1[\s\S]*Item 4: policy MS-014 version 1: its text changed\./);

  // The distribution log: a member, by e-mail, with the supplement.
  const log = second.getByRole('region', { name: 'Distribution of issue 2' });
  await log.getByLabel('Member').selectOption({ label: 'Dr Ada Ashcombe' });
  await log.getByLabel('With the confidential supplement').check();
  await log.getByRole('button', { name: 'Record as sent' }).click();
  await expect(log.getByRole('row', { name: /Dr Ada Ashcombe/ })).toContainText('E-mail');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1366, height: 850 });
  await saveScreenshot(page, 'meetings-packet-issues');

  // The pages, to look at.
  for (const [file, prefix] of [[general2, 'issue-2-packet'], [supplement1, 'issue-1-supplement']] as const) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', file, path.join(outDir, prefix)]);
  }
});
