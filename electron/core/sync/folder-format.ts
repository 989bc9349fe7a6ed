// format.json at the folder's root: the folder format, the oldest app that may write to it, and how to derive the key.
// Read before anything else; a newer format, an unreadable file or a wrong passphrase stops the sync before any write.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { listNames, writeNewFile } from './new-file';
import { FolderLayout } from './folder-layout';
import { deriveKey, newKeyDerivation, open, seal, type KeyDerivation } from './sealed-box';
import { isFileSystemError, notWritable, SyncStop } from './sync-stop';

/** The folder format this app writes. Raise it only when older apps could misread the folder. */
export const folderFormat = 1;
/** The oldest Chartroom that reads format 1. */
export const minAppVersionForFormat = '0.1.0';

const FormatFile = z.object({
  format: z.number().int().min(1),
  minAppVersion: z.string(),
  folderId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  keyCheck: z.string(),
  createdAt: z.string(),
});
export type FormatFile = z.infer<typeof FormatFile>;

const keyCheckText = 'chartroom-key-check';

export interface OpenedFolder {
  layout: FolderLayout;
  format: FormatFile;
  key: Buffer;
}

/** Compares dotted versions numerically: "0.10.0" is newer than "0.9.3". */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
  const b = need.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function readFormat(layout: FolderLayout): FormatFile | null {
  let text: string;
  try {
    text = fs.readFileSync(layout.formatFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SyncStop('FOLDER_UNREADABLE', `The sync folder's format.json could not be read (${(error as Error).message}). Nothing was written; the next sync tries again.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A half-synced format.json must not be mistaken for "no format": that would split the team's folder in two.
    throw new SyncStop('FOLDER_UNREADABLE', "The sync folder's format.json is incomplete or damaged. Nothing was written; the next sync tries again.");
  }
  const format = (parsed as { format?: unknown }).format;
  if (typeof format === 'number' && format > folderFormat) {
    throw new SyncStop('NEWER_FORMAT', `The sync folder was written by a newer Chartroom (folder format ${format}; this app reads format ${folderFormat}). Update Chartroom on this computer. Nothing was written.`);
  }
  const result = FormatFile.safeParse(parsed);
  if (!result.success) throw new SyncStop('FOLDER_UNREADABLE', "The sync folder's format.json is not one Chartroom understands. Nothing was written.");
  return result.data;
}

/**
 * Opens the folder with the passphrase, creating format.json only in a folder that has never held Chartroom files
 * (a folder with devices/ but no format.json is more likely an unmounted or placeholder-only drive than a new one).
 */
export function openFolder(root: string, passphrase: string, appVersion: string, cachedKey?: { folderId: string; key: Buffer }): OpenedFolder {
  const layout = new FolderLayout(root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new SyncStop('FOLDER_MISSING', `The sync folder ${root} is not there (is the drive connected?). Nothing was written.`);
  }
  let format = readFormat(layout);
  if (!format) {
    if (listNames(layout.devicesDir).length > 0) {
      throw new SyncStop('FOLDER_UNREADABLE', "The sync folder has devices' files but no format.json: it may not be fully synced yet. Nothing was written.");
    }
    // Only with the team passphrase in hand: the key saved on this laptop must not set up a folder (it would be
    // keyed with no passphrase at all).
    if (!passphrase) throw folderChanged();
    format = createFormat(layout, passphrase);
  }
  // The key saved on this laptop belongs to another folder (this one was set up again): deriving one from no
  // passphrase would only say "wrong passphrase".
  if (!passphrase && cachedKey && cachedKey.folderId !== format.folderId) throw folderChanged();
  if (!versionAtLeast(appVersion, format.minAppVersion)) {
    throw new SyncStop('NEWER_FORMAT', `The sync folder needs Chartroom ${format.minAppVersion} or later (this is ${appVersion}). Update Chartroom on this computer. Nothing was written.`);
  }
  const key = cachedKey && cachedKey.folderId === format.folderId ? cachedKey.key : deriveKey(passphrase, format.kdf);
  const check = open(key, Buffer.from(format.keyCheck, 'base64'), 'key-check');
  if (!check || check.toString() !== keyCheckText) {
    throw new SyncStop('WRONG_PASSPHRASE', "The team passphrase does not open this sync folder. Check it with a colleague who already syncs. Nothing was written.");
  }
  return { layout, format, key };
}

function folderChanged(): SyncStop {
  return new SyncStop('FOLDER_CHANGED', 'The sync folder was set up again since this laptop last synced. Enter the team passphrase again. Nothing was written.');
}

function createFormat(layout: FolderLayout, passphrase: string): FormatFile {
  const kdf: KeyDerivation = newKeyDerivation();
  const key = deriveKey(passphrase, kdf);
  const format: FormatFile = {
    format: folderFormat,
    minAppVersion: minAppVersionForFormat,
    folderId: randomBytes(16).toString('hex'),
    kdf,
    keyCheck: seal(key, Buffer.from(keyCheckText), 'key-check').toString('base64'),
    createdAt: new Date().toISOString(),
  };
  try {
    writeNewFile(layout.formatFile, Buffer.from(`${JSON.stringify(format, null, 2)}\n`));
  } catch (error) {
    // Another laptop created it a moment ago: theirs stands.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw isFileSystemError(error) ? notWritable(error, layout.root) : error;
    const theirs = readFormat(layout);
    if (!theirs) throw error;
    return theirs;
  }
  return format;
}
