// National Provider Identifier check: ten digits whose last is a Luhn check digit computed with the 80840 prefix.

/** The Luhn check digit for the first nine digits of an NPI (CMS: prefix 80840 is added before the Luhn sum). */
export function npiCheckDigit(firstNine: string): number {
  if (!/^\d{9}$/.test(firstNine)) throw new Error('An NPI check digit needs exactly nine digits');
  const digits = `80840${firstNine}`;
  let sum = 0;
  // Double every second digit from the right, starting with the rightmost of the payload.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(value: string): boolean {
  return /^\d{10}$/.test(value) && npiCheckDigit(value.slice(0, 9)) === Number(value[9]);
}
