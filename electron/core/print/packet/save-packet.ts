// Saves a built packet or minutes so the file under its name is the old one or the whole new one, never half.
import { writeFileAtomically } from '../write-atomically';
import type { PacketResult } from './packet-data';

export async function savePacket(file: string, result: Pick<PacketResult, 'pdf'>): Promise<void> {
  await writeFileAtomically(file, result.pdf);
}
