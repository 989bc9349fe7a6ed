// How each staff status reads on screen: a word, and the tone of its badge.
import type { BadgeTone } from '../../ui';
import type { StaffStatus } from './roster/store';

export const staffStatusDisplay: Record<StaffStatus, { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'success' },
  leave: { label: 'On leave', tone: 'warning' },
  inactive: { label: 'Inactive', tone: 'neutral' },
};
