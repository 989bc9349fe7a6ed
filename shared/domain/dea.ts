// DEA registration number check: two letters, six digits and a check digit (DEA's published checksum).

export function isValidDeaNumber(value: string): boolean {
  const match = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(value.toUpperCase());
  if (!match) return false;
  const d = match[3]!.split('').map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === Number(match[4]);
}

/**
 * The letters a DEA number's second character may be for a registrant of this name: the initial of the surname, or of
 * any word of a compound one ("de la Cruz": D, L or C; "García-López": G or L), accents dropped as the DEA files them.
 */
export function deaSurnameInitials(surname: string): string[] {
  // Letters that do not decompose into a Latin letter and a mark are spelled out as the DEA's A–Z record has them.
  const latin = surname.replace(/[ØøŒœ]/g, 'O').replace(/[Ææ]/g, 'A').replace(/[Łł]/g, 'L').replace(/[Đđ]/g, 'D');
  const words = latin.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().split(/[\s-]+/);
  const initials = words.map((w) => /[A-Z]/.exec(w)?.[0]).filter((c): c is string => !!c);
  return [...new Set(initials)];
}

/**
 * The DEA's second letter is the first letter of the registrant's surname. Its documented exception: '9' for a
 * registrant filed under a business address or name instead of a person's name (some mid-level and institutional
 * registrations). A number registered under another name (a former surname, a practice's name) is checked against
 * that name, which the credential records as its registered name. Null when the number agrees, or cannot be judged.
 */
export function deaSurnameProblem(number: string, registrantName: string | null | undefined): string | null {
  const second = number.trim().toUpperCase()[1];
  if (!second || second === '9' || !registrantName?.trim()) return null;
  const initials = deaSurnameInitials(registrantName);
  if (initials.length === 0 || initials.includes(second)) return null;
  return `The second letter of a DEA number is the registrant's surname initial: ${second} does not match ${registrantName.trim()} (${initials.join(' or ')}). If it is registered under another name (a former surname or a business), enter that name as the registered name`;
}
