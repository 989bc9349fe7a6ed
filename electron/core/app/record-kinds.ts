// The kinds of record the CLI can list and the stats count. Each feature adds its kinds here as it lands.
import type { ChannelName } from '../../../shared/contract';

export interface RecordKind {
  /** The word used on the command line and as the key in stats. */
  kind: string;
  table: string;
  listChannel: ChannelName;
  /** The input that lists every record of the kind. */
  listAll: Record<string, unknown>;
}

export const recordKinds: readonly RecordKind[] = [
  { kind: 'departments', table: 'departments', listChannel: 'departments.list', listAll: {} },
  { kind: 'roles', table: 'roles', listChannel: 'roles.list', listAll: {} },
  { kind: 'staff', table: 'staff', listChannel: 'staff.list', listAll: { limit: 50_000 } },
];
