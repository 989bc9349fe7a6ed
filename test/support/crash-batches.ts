// What test/support/crash-writer.ts writes, named so the crash-safety test can check every acknowledged write is there.
import { npiFor } from './staff-fixtures';

export interface RosterArgs {
  dataDir: string;
  /** This run's number: NPIs and batch ids never repeat across runs. */
  run: number;
  batches: number;
  rowsPerBatch: number;
}

export interface SyncArgs {
  dataDir: string;
  folder: string;
  passphrase: string;
  run: number;
  batches: number;
  rowsPerBatch: number;
}

export interface PacketArgs {
  target: string;
  /** The versions written in turn; the target must always be one of them, whole. */
  versions: string[];
  writes: number;
}

/** The roster file of one batch: each row a new practitioner with a licence, so staff and credentials are written together. */
export function rosterBatch(run: number, batch: number, rows: number): { id: string; npis: string[]; csv: string } {
  const npis = Array.from({ length: rows }, (_, i) => npiFor(run * 100_000 + batch * 1_000 + i));
  const lines = npis.map((npi, i) => `Given${i},Family${run}x${batch},MD,${npi},Attending Physician,CARD,MD${run}${batch}${i},WA,2028-06-30`);
  return { id: `r${run}b${batch}`, npis, csv: ['First Name,Last Name,Degree,NPI,Role,Department,License Number,License State,License Expires', ...lines].join('\n') };
}

/** The staff ids one local batch of the sync run writes. */
export function localBatchIds(run: number, batch: number, rows: number): string[] {
  return Array.from({ length: rows }, (_, i) => `local-${run}-${batch}-${i}`);
}

