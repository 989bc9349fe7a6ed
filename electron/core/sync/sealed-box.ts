// Encryption for everything written to the shared folder: a key from the team passphrase (scrypt), AES-256-GCM per file.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync, createHmac } from 'node:crypto';

/** scrypt cost: about 100 ms on a laptop, once per sync session; stored in format.json so it can be raised later. */
export interface KeyDerivation {
  N: number;
  r: number;
  p: number;
  salt: string;
}

export function newKeyDerivation(): KeyDerivation {
  return { N: 1 << 15, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

export function deriveKey(passphrase: string, kdf: KeyDerivation): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r * 2 });
}

const nonceBytes = 12;
const tagBytes = 16;

/** nonce ‖ ciphertext ‖ tag. `context` (e.g. the file's role) is authenticated, so a segment cannot pose as a snapshot. */
export function seal(key: Buffer, plaintext: Buffer, context: string): Buffer {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Returns null when the key is wrong or the bytes were changed: the caller decides what that means. */
export function open(key: Buffer, sealed: Buffer, context: string): Buffer | null {
  if (sealed.length < nonceBytes + tagBytes) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, nonceBytes));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
    return Buffer.concat([decipher.update(sealed.subarray(nonceBytes, sealed.length - tagBytes)), decipher.final()]);
  } catch {
    return null;
  }
}

/** A file name for content that does not reveal the content's own hash to someone holding only the folder. */
export function keyedName(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}
