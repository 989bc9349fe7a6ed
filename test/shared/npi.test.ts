// The NPI check digit, against CMS's published example and single-digit typos.
import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit } from '../../shared/domain/npi';

describe('NPI', () => {
  it('computes the check digit of the CMS example 123456789 as 3', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('catches every single-digit typo in a valid NPI', () => {
    const valid = '1234567893';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        expect(isValidNpi(valid.slice(0, i) + d + valid.slice(i + 1))).toBe(false);
      }
    }
  });

  it('refuses anything that is not ten digits', () => {
    for (const bad of ['', '123456789', '12345678931', '12345 6789', 'abcdefghij']) expect(isValidNpi(bad)).toBe(false);
  });
});
