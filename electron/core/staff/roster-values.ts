// Reading a roster cell as the value it means: dates in the formats spreadsheets produce, statuses and categories in plain words.
import { isValid, parse } from 'date-fns';

// US rosters write month first; day-first dates are read only when they cannot be month-first (e.g. 31/03/2026 is refused, not guessed).
const dateFormats = ['yyyy-MM-dd', 'M/d/yyyy', 'M/d/yy', 'M-d-yyyy', 'd MMM yyyy', 'd-MMM-yyyy', 'd-MMM-yy', 'MMM d, yyyy', 'MMMM d, yyyy', 'yyyy/M/d', 'yyyyMMdd'];

export function readDate(raw: string): { value: string } | { error: string } {
  const text = raw.trim();
  for (const format of dateFormats) {
    const date = parse(text, format, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200) {
      const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      return { value: iso };
    }
  }
  return { error: `"${text}" is not a date this import reads (use 2026-03-31 or 03/31/2026)` };
}

const statusWords: Record<string, 'active' | 'leave' | 'inactive'> = {
  active: 'active', a: 'active', current: 'active',
  leave: 'leave', 'on leave': 'leave', loa: 'leave',
  inactive: 'inactive', i: 'inactive', terminated: 'inactive', resigned: 'inactive', retired: 'inactive',
};

export function readStatus(raw: string) {
  return statusWords[raw.trim().toLowerCase()];
}

const categoryWords: Record<string, 'active' | 'provisional' | 'courtesy' | 'consulting' | 'ahp'> = {
  active: 'active', provisional: 'provisional', courtesy: 'courtesy', consulting: 'consulting', ahp: 'ahp',
  'allied health': 'ahp', 'allied health professional': 'ahp', 'advanced practice': 'ahp',
};

export function readCategory(raw: string) {
  return categoryWords[raw.trim().toLowerCase()];
}
