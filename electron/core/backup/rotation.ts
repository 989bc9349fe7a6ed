// Which backups to keep: the newest of each of the last 7 days that have one, and the newest of each of the last 4
// weeks that have one (weeks from Monday, days and weeks in UTC, as the names are). The rest are removed.
export const keptDays = 7;
export const keptWeeks = 4;

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Monday of the ISO week `at` falls in, as a day. */
function weekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return dayOf(day);
}

/** `backups`: name and instant, in any order. Returns the names to keep. */
export function backupsToKeep(backups: readonly { name: string; takenAt: Date }[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const pick = (periodOf: (at: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const period = periodOf(b.takenAt);
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(b.name);
    }
  };
  pick(dayOf, keptDays);
  pick(weekOf, keptWeeks);
  return keep;
}
