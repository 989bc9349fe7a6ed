// The time zones to offer: every IANA zone this runtime knows, plus the one already saved if the runtime lacks it.
export function timeZoneChoices(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  // Chromium lists canonical zones only, so "UTC" (the default setting) may be missing.
  const zones = new Set(['UTC', ...known]);
  if (current) zones.add(current);
  return [...zones].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}
