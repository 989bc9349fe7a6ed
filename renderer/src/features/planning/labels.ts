// Planning's words for its codes, and how money reads: one place, so the tree, the timeline and the dialogs agree.
import type { BadgeTone } from '../../ui';

export const initiativeStatusLabel = { proposed: 'Proposed', active: 'Active', 'on-hold': 'On hold', completed: 'Completed', cancelled: 'Cancelled' } as const;
export const initiativeStatusTone: Record<keyof typeof initiativeStatusLabel, BadgeTone> = {
  proposed: 'neutral', active: 'info', 'on-hold': 'warning', completed: 'success', cancelled: 'neutral',
};

export const money = (amount: number | null) => (amount === null ? '—' : amount.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }));

/** A number typed in a form: blank is "not given", anything else must read as a number (the contract says the rest). */
export function numberOrNull(text: string): number | null {
  const trimmed = text.replace(/[$,\s]/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

export const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
