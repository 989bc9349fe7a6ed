// How a version's state and a policy's review status are shown: words first, the tone only reinforces them.
import { policyVersionStateLabels, type PolicyVersionState, type ReviewStatus } from '../../../../shared/domain/policy-lifecycle';
import type { BadgeTone } from '../../ui';

export const versionStateTone: Record<PolicyVersionState, BadgeTone> = {
  draft: 'neutral',
  'in-review': 'info',
  approved: 'info',
  active: 'success',
  superseded: 'neutral',
  retired: 'neutral',
};

export function versionStateLabel(state: PolicyVersionState): string {
  return policyVersionStateLabels[state];
}

/**
 * The review status in words: a short label for the badge ("Overdue", "Due soon", "Current") and how far off the due day
 * is ("31 days overdue", "due in 12 days"), so a screen can show both without colour carrying the meaning.
 */
export function reviewStatusDisplay(review: ReviewStatus): { label: string; tone: BadgeTone; distance: string | null; sentence: string } {
  const days = review.daysLeft ?? 0;
  switch (review.state) {
    case 'overdue':
      return { label: 'Overdue', tone: 'danger', distance: `${plainDays(-days)} overdue`, sentence: `Overdue by ${plainDays(-days)}` };
    case 'due-soon':
      return { label: 'Due soon', tone: 'warning', distance: days === 0 ? 'due today' : `due in ${plainDays(days)}`, sentence: days === 0 ? 'Due today' : `Due in ${plainDays(days)}` };
    case 'current':
      return { label: 'Current', tone: 'success', distance: `due in ${plainDays(days)}`, sentence: 'Current' };
    case 'not-in-force':
      return { label: 'Not in force', tone: 'neutral', distance: null, sentence: 'Not in force: review starts when a version is active' };
  }
}

function plainDays(days: number): string {
  return `${days.toLocaleString()} ${days === 1 ? 'day' : 'days'}`;
}

export const attestationMethodLabels = {
  electronic: 'Electronic', paper: 'Paper', 'in-person': 'In person', 'signed-sheet': 'Signed sheet', 'e-mail': 'E-mail', 'lms-import': 'LMS import',
} as const;

/** How a decision recorded by the director reached them; "by motion" is shown for decisions a carried motion made. */
export const decisionMethodLabels = { 'in-person': 'In person, at this screen', 'signed-sheet': 'Signed sheet', 'e-mail': 'E-mail' } as const;
export const evidenceMethodLabel = (method: string | null): string =>
  method === 'by-motion' ? 'by motion' : method === 'lms-import' ? 'LMS import' : method === 'signed-sheet' ? 'signed sheet' : method === 'e-mail' ? 'e-mail' : method === 'in-person' ? 'in person' : (method ?? '');
export type AttestationMethod = keyof typeof attestationMethodLabels;
