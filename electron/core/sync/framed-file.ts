// The on-disk frame of every file Chartroom writes to the shared folder: magic, sealed body, footer with length and SHA-256.
// A file read while the other laptop was still writing it (or cut short by the sync service) fails the footer check
// and is retried later, never applied in part.
import { createHash } from 'node:crypto';

const magic = Buffer.from('CHARTRM1');
const footerMagic = Buffer.from('CHRTEND1');
/** footer = footer magic ‖ u64 body length ‖ sha256(magic ‖ body). */
const footerBytes = footerMagic.length + 8 + 32;

export function frame(body: Buffer): Buffer {
  const head = Buffer.concat([magic, body]);
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(body.length));
  return Buffer.concat([head, footerMagic, length, createHash('sha256').update(head).digest()]);
}

export type Unframed = { ok: true; body: Buffer } | { ok: false; reason: 'incomplete' | 'damaged' };

export function unframe(file: Buffer): Unframed {
  if (file.length < magic.length + footerBytes || !file.subarray(0, magic.length).equals(magic)) return { ok: false, reason: 'incomplete' };
  const footer = file.subarray(file.length - footerBytes);
  if (!footer.subarray(0, footerMagic.length).equals(footerMagic)) return { ok: false, reason: 'incomplete' };
  const length = Number(footer.readBigUInt64BE(footerMagic.length));
  if (length !== file.length - magic.length - footerBytes) return { ok: false, reason: 'incomplete' };
  const head = file.subarray(0, file.length - footerBytes);
  const expected = footer.subarray(footerMagic.length + 8);
  if (!createHash('sha256').update(head).digest().equals(expected)) return { ok: false, reason: 'damaged' };
  return { ok: true, body: file.subarray(magic.length, file.length - footerBytes) };
}
