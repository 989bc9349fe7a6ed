// Documents travel through the folder by content: attachments/<keyed hash>.att, sealed with the team key. The name is
// an HMAC of the SHA-256, so the folder does not reveal which known document it holds; the same document is sent once.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentFileOf } from '../attachments/attachment-store';
import { attachmentFileName, type FolderLayout } from './folder-layout';
import { writeNewFile } from './new-file';
import { keyedName, open, seal } from './sealed-box';
import { frame, unframe } from './framed-file';

const folderFileOf = (layout: FolderLayout, key: Buffer, sha: string) => path.join(layout.attachmentsDir, attachmentFileName(keyedName(key, `attachment:${sha}`)));

/** Sends a document this laptop holds; returns false when its bytes are not here. */
export function sendAttachment(layout: FolderLayout, key: Buffer, dataDir: string, sha: string): boolean {
  const target = folderFileOf(layout, key, sha);
  if (fs.existsSync(target)) return true;
  const local = attachmentFileOf(dataDir, sha);
  if (!fs.existsSync(local)) return false;
  try {
    writeNewFile(target, frame(seal(key, fs.readFileSync(local), `chartroom-attachment:${sha}`)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return true;
}

/** Fetches a document into the data folder; false when it has not arrived (or arrived incomplete) yet. */
export function receiveAttachment(layout: FolderLayout, key: Buffer, dataDir: string, sha: string): boolean {
  const local = attachmentFileOf(dataDir, sha);
  if (fs.existsSync(local)) return true;
  let file: Buffer;
  try {
    file = fs.readFileSync(folderFileOf(layout, key, sha));
  } catch {
    return false;
  }
  const framed = unframe(file);
  if (!framed.ok) return false;
  const bytes = open(key, framed.body, `chartroom-attachment:${sha}`);
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha) return false;
  fs.mkdirSync(path.dirname(local), { recursive: true });
  const temp = `${local}.${process.pid}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, local);
  return true;
}
