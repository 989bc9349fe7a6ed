// The packet engine's surface for the meetings feature and the CLI: build a packet or the minutes, and save either.
export { buildPacket, type BuildPacketOptions } from './build-packet';
export { buildMinutes } from './build-minutes';
export { savePacket } from './save-packet';
export type { PacketData, PacketAgendaItem, PacketAttachment, PacketLinkedRecord, PacketMember, PacketResult } from './packet-data';
export type { MinutesData, MinutesAttendance, MinutesItem, MinutesMotion, MinutesActionItem, MinutesApproval } from './minutes-data';
