// The attachment store: documents kept once by content hash in the data folder, written whole or not at all.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { maxAttachmentBytes } from '../../../shared/contract/credentials';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { attachmentEntity } from './entities';

const signatures: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The type comes from the bytes, not the file name: a renamed .exe is not a PDF. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  return signatures.find((s) => s.magic.every((b, i) => bytes[i] === b))?.mediaType ?? null;
}

export function decodeBase64(dataBase64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) throw new AppError('INVALID_INPUT', 'The file did not arrive intact (not base64).');
  return Buffer.from(dataBase64, 'base64');
}

/** Where a document's bytes live in a data folder: attachments/<first two hex digits>/<SHA-256>. */
export function attachmentFileOf(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export function attachmentStore(ctx: CoreContext) {
  const find = ctx.db.prepare('SELECT id, file_name AS fileName, media_type AS mediaType, size FROM attachments WHERE id = ?');
  const fileOf = (id: string) => attachmentFileOf(ctx.dataDir, id);

  /**
   * Stores a document and returns its id; the same bytes stored twice give the same id and one copy. `maxBytes`: an
   * issued packet, made by Chartroom from documents each already within the limit, may be larger than one upload.
   */
  function put(fileName: string, bytes: Buffer, maxBytes: number = maxAttachmentBytes): string {
    if (bytes.length === 0) throw new AppError('INVALID_INPUT', `${fileName} is empty.`);
    if (bytes.length > maxBytes) throw new AppError('INVALID_INPUT', `${fileName} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    const mediaType = sniffMediaType(bytes);
    if (!mediaType) throw new AppError('INVALID_INPUT', `${fileName} is not a PDF, PNG or JPEG file.`);
    const id = createHash('sha256').update(bytes).digest('hex');
    const target = fileOf(id);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      // Written under a temporary name and renamed, so a crash never leaves half a document under its real name.
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      fs.writeFileSync(temp, bytes, { flag: 'wx' });
      fs.renameSync(temp, target);
    }
    if (!find.get(id)) ctx.store.insert(attachmentEntity, { fileName: path.basename(fileName), mediaType, size: bytes.length }, id);
    return id;
  }

  function read(id: string): { id: string; fileName: string; mediaType: string; bytes: Buffer } {
    const row = find.get(id) as { id: string; fileName: string; mediaType: string } | undefined;
    if (!row || !fs.existsSync(fileOf(id))) throw notFound('This document');
    const bytes = fs.readFileSync(fileOf(id));
    if (createHash('sha256').update(bytes).digest('hex') !== id) {
      throw new AppError('UNAVAILABLE', `The stored copy of ${row.fileName} is damaged (its contents no longer match). Attach it again.`);
    }
    return { ...row, bytes };
  }

  return { put, read };
}
