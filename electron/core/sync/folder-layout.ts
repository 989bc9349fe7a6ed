// Where things live in the shared folder, and the strict name patterns: anything else (a sync client's temp file, a
// conflicted copy, an Office lock file) is not ours and is ignored.
import path from 'node:path';

export const formatFileName = 'format.json';
export const devicesDirName = 'devices';
export const attachmentsDirName = 'attachments';

/** Device ids are made by core.ts: 16 lowercase hex digits. */
const deviceIdPattern = /^[0-9a-f]{16}$/;
/** <sequence, 10 digits>-<8 random hex>.seg: the sequence orders a device's segments; the random part makes every name new. */
const segmentPattern = /^(\d{10})-([0-9a-f]{8})\.seg$/;
const snapshotPattern = /^([0-9a-f]{64})\.snap$/;
const presencePattern = /^presence-(\d{10})-([0-9a-f]{8})\.ack$/;
const attachmentPattern = /^([0-9a-f]{64})\.att$/;

export const isDeviceId = (name: string) => deviceIdPattern.test(name);

export function segmentSeqOf(name: string): number | null {
  const m = segmentPattern.exec(name);
  return m ? Number(m[1]) : null;
}

export function segmentName(seq: number, random: string): string {
  return `${String(seq).padStart(10, '0')}-${random}.seg`;
}

export const isSnapshotName = (name: string) => snapshotPattern.test(name);
export const snapshotName = (keyedHash: string) => `${keyedHash}.snap`;

export function presenceCounterOf(name: string): number | null {
  const m = presencePattern.exec(name);
  return m ? Number(m[1]) : null;
}
export const presenceName = (counter: number, random: string) => `presence-${String(counter).padStart(10, '0')}-${random}.ack`;

export const isAttachmentName = (name: string) => attachmentPattern.test(name);
export const attachmentFileName = (keyedHash: string) => `${keyedHash}.att`;

export class FolderLayout {
  constructor(readonly root: string) {}
  get formatFile() {
    return path.join(this.root, formatFileName);
  }
  get devicesDir() {
    return path.join(this.root, devicesDirName);
  }
  get attachmentsDir() {
    return path.join(this.root, attachmentsDirName);
  }
  deviceDir(deviceId: string) {
    return path.join(this.devicesDir, deviceId);
  }
  segmentsDir(deviceId: string) {
    return path.join(this.deviceDir(deviceId), 'segments');
  }
  snapshotsDir(deviceId: string) {
    return path.join(this.deviceDir(deviceId), 'snapshots');
  }
}
