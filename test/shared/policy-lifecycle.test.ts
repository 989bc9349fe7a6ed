// The policy lifecycle rule: which version is in force, each version's state, and review due dates at month ends and leap years.
import { describe, expect, it } from 'vitest';
import { reviewStatus, versionInForce, versionState, type StoredVersion } from '../../shared/domain/policy-lifecycle';
import { redline } from '../../shared/domain/redline';
import { renderPolicyMarkdown } from '../../shared/domain/policy-markdown';

const versions: StoredVersion[] = [
  { id: 'v1', number: 1, stage: 'approved', effectiveOn: '2025-01-01' },
  { id: 'v2', number: 2, stage: 'approved', effectiveOn: '2026-03-03' },
  { id: 'v3', number: 3, stage: 'approved', effectiveOn: '2027-01-01' },
  { id: 'v4', number: 4, stage: 'draft', effectiveOn: null },
];

describe('versionInForce', () => {
  it('is the latest approved version effective on or before the date', () => {
    expect(versionInForce(versions, '2024-12-31', null)).toBeNull();
    expect(versionInForce(versions, '2026-03-02', null)?.id).toBe('v1');
    expect(versionInForce(versions, '2026-03-03', null)?.id).toBe('v2');
    expect(versionInForce(versions, '2027-06-01', null)?.id).toBe('v3');
  });

  it('prefers the higher number when two take effect the same day, and nothing once retired', () => {
    const sameDay = [...versions, { id: 'v5', number: 5, stage: 'approved' as const, effectiveOn: '2026-03-03' }];
    expect(versionInForce(sameDay, '2026-05-01', null)?.id).toBe('v5');
    expect(versionInForce(versions, '2026-05-01', '2026-05-01')).toBeNull();
  });
});

describe('a newer version approved for an earlier date', () => {
  // v2 was approved to take effect on 1 January; v3 was approved after it, effective 1 December.
  const revised: StoredVersion[] = [
    { id: 'v1', number: 1, stage: 'approved', effectiveOn: '2026-01-15' },
    { id: 'v2', number: 2, stage: 'approved', effectiveOn: '2027-01-01' },
    { id: 'v3', number: 3, stage: 'approved', effectiveOn: '2026-12-01' },
  ];

  it('stays in force: the older version never comes back over it', () => {
    expect(versionInForce(revised, '2026-11-30', null)?.id).toBe('v1');
    expect(versionInForce(revised, '2026-12-01', null)?.id).toBe('v3');
    expect(versionInForce(revised, '2027-02-01', null)?.id).toBe('v3');
  });

  it('leaves the older one superseded, not waiting to take effect', () => {
    expect(versionState(revised[1]!, revised, '2026-11-23', null)).toBe('superseded');
    expect(versionState(revised[2]!, revised, '2026-11-23', null)).toBe('approved');
    expect(versionState(revised[1]!, revised, '2027-02-01', null)).toBe('superseded');
    expect(versionState(revised[2]!, revised, '2027-02-01', null)).toBe('active');
  });
});

describe('versionState', () => {
  it('derives active, superseded and approved-pending from the calendar', () => {
    const state = (id: string, today: string, retiredOn: string | null = null) => versionState(versions.find((v) => v.id === id)!, versions, today, retiredOn);
    expect(['v1', 'v2', 'v3', 'v4'].map((id) => state(id, '2026-11-23'))).toEqual(['superseded', 'active', 'approved', 'draft']);
    expect(state('v3', '2027-01-01')).toBe('active');
    expect(state('v2', '2026-11-23', '2026-10-01')).toBe('retired');
    expect(state('v1', '2026-11-23', '2026-10-01')).toBe('superseded');
  });
});

describe('reviewStatus', () => {
  const policy = (months: number, lastReviewedOn: string | null = null) => ({ reviewIntervalMonths: months, reviewWarningDays: 60, lastReviewedOn });

  it('counts months from the month end without spilling into the next month', () => {
    expect(reviewStatus(policy(1), '2026-01-31', '2026-01-31').dueOn).toBe('2026-02-28');
    expect(reviewStatus(policy(12), '2028-02-29', '2028-03-01').dueOn).toBe('2029-02-28');
    expect(reviewStatus(policy(24), '2026-08-31', '2026-09-01').dueOn).toBe('2028-08-31');
    expect(reviewStatus(policy(36), '2025-02-28', '2025-03-01').dueOn).toBe('2028-02-28');
  });

  it('is due soon inside the warning period and overdue the day after the due date', () => {
    expect(reviewStatus(policy(12), '2025-11-23', '2026-09-23')).toMatchObject({ state: 'current', daysLeft: 61 });
    expect(reviewStatus(policy(12), '2025-11-23', '2026-09-25').state).toBe('due-soon');
    expect(reviewStatus(policy(12), '2025-11-23', '2026-11-23')).toMatchObject({ state: 'due-soon', daysLeft: 0 });
    expect(reviewStatus(policy(12), '2025-11-23', '2026-11-24')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('reschedules from a later "reviewed, no revision needed", not from an earlier one', () => {
    expect(reviewStatus(policy(12, '2026-06-30'), '2025-11-23', '2026-07-01').dueOn).toBe('2027-06-30');
    expect(reviewStatus(policy(12, '2025-01-01'), '2025-11-23', '2026-07-01').dueOn).toBe('2026-11-23');
    expect(reviewStatus(policy(12), null, '2026-07-01').state).toBe('not-in-force');
  });
});

describe('redline and markdown', () => {
  it('marks words, not characters', () => {
    expect(redline('Clean hands before contact', 'Clean hands before and after contact').segments).toEqual([
      { kind: 'same', text: 'Clean hands before ' },
      { kind: 'added', text: 'and after ' },
      { kind: 'same', text: 'contact' },
    ]);
  });

  it('joins neighbouring changes into one struck phrase and one inserted phrase', () => {
    const diff = redline('Verify at the primary source before granting.', 'Verify with the issuing body before granting.');
    expect(diff.segments).toEqual([
      { kind: 'same', text: 'Verify ' },
      { kind: 'removed', text: 'at the primary source' },
      { kind: 'added', text: 'with the issuing body' },
      { kind: 'same', text: ' before granting.' },
    ]);
    expect(diff).toMatchObject({ removed: 4, added: 4 });
  });

  it('renders headings, lists and tables but never raw HTML, scripts, images or javascript: links', () => {
    const html = renderPolicyMarkdown('# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- item\n\n<script>alert(1)</script>\n\n![x](http://evil.example/x.png)\n\n[bad](javascript:alert(1)) [good](https://www.cdc.gov)');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<table>');
    expect(html).toContain('<li>item</li>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('href="https://www.cdc.gov"');
  });
});
