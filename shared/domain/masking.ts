// Licence and DEA numbers are shown masked, keeping only enough to tell two apart.

export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) return null;
  const visible = value.length > 6 ? 4 : Math.max(0, value.length - 3);
  return `${'•'.repeat(Math.max(3, value.length - visible))}${value.slice(value.length - visible)}`;
}
