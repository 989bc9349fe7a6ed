// DEA registration number check: two letters, six digits and a check digit (DEA's published checksum).

export function isValidDeaNumber(value: string): boolean {
  const match = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(value.toUpperCase());
  if (!match) return false;
  const d = match[3]!.split('').map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === Number(match[4]);
}
