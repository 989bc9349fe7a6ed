// Licence and DEA numbers are shown masked, keeping only enough to tell two apart.

export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) return null;
  const visible = value.length > 6 ? 4 : Math.max(0, value.length - 3);
  return `${'•'.repeat(Math.max(3, value.length - visible))}${value.slice(value.length - visible)}`;
}

/** A date of birth as lists show it: the year alone, enough to compare with a listed person, not to identify one. */
export function maskDateOfBirth(isoDate: string | null | undefined): string | null {
  return isoDate ? `${isoDate.slice(0, 4)}-••-••` : null;
}
