// Packet prints in flight, by the job id their caller chose: what meetings.exportProgress reads while an export or an
// issue runs. One map per core, shared by the meetings and packet-issue handlers.
import type { CoreContext } from '../context';

export interface ExportProgress {
  step: string;
  done: number;
  total: number;
}

const running = new WeakMap<CoreContext, Map<string, ExportProgress>>();

export function exportsRunningIn(ctx: CoreContext): Map<string, ExportProgress> {
  let map = running.get(ctx);
  if (!map) running.set(ctx, (map = new Map()));
  return map;
}
