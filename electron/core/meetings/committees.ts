// Committees and their members: who sits, in what role, and who votes.
import type { Committee, CommitteeMember } from '../../../shared/contract/meetings';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { rowToFields } from '../db/entity';
import { AppError, notFound } from '../errors';
import { committeeEntity, committeeMemberEntity } from './entities';

export function committees(ctx: CoreContext) {
  const { db, store } = ctx;
  const all = db.prepare('SELECT * FROM committees ORDER BY name COLLATE NOCASE');
  const one = db.prepare('SELECT * FROM committees WHERE id = ?');
  const membersOf = db.prepare(`SELECT * FROM committee_members WHERE committee_id = ?
    ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'secretary' THEN 2 WHEN 'member' THEN 3 ELSE 4 END, name COLLATE NOCASE`);
  const memberById = db.prepare('SELECT committee_id FROM committee_members WHERE id = ?').pluck();
  const staffName = db.prepare('SELECT given_name AS givenName, family_name AS familyName, degree FROM staff WHERE id = ?');
  const isMember = db.prepare('SELECT 1 FROM committee_members WHERE committee_id = ? AND staff_id = ? AND active = 1').pluck();

  const toMember = (row: Record<string, unknown>) => rowToFields(committeeMemberEntity, row) as unknown as CommitteeMember;

  function get(id: string): Committee {
    const row = one.get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('This committee');
    return { ...(rowToFields(committeeEntity, row) as unknown as Omit<Committee, 'members'>), members: (membersOf.all(id) as Record<string, unknown>[]).map(toMember) };
  }

  return {
    get,
    members: (committeeId: string) => (membersOf.all(committeeId) as Record<string, unknown>[]).map(toMember),
    list: (): Committee[] => (all.all() as { id: string }[]).map((c) => get(c.id)),
    create(fields: Omit<Committee, 'id' | 'members'>, id?: string): string {
      if (fields.quorumRule === 'fixed' && !fields.quorumCount) throw new AppError('INVALID_INPUT', 'A fixed quorum needs a number of members.', [{ path: 'quorumCount', message: 'How many members make a quorum?' }]);
      return store.insert(committeeEntity, fields, id);
    },
    addMember(input: { committeeId: string; staffId: string | null; name?: string | undefined; role: CommitteeMember['role']; voting: boolean }, id?: string): string {
      get(input.committeeId);
      let name = input.name?.trim() ?? '';
      if (input.staffId) {
        const person = staffName.get(input.staffId) as { givenName: string; familyName: string; degree: string | null } | undefined;
        if (!person) throw new AppError('INVALID_INPUT', 'That person is not on the staff list.');
        if (isMember.get(input.committeeId, input.staffId)) throw new AppError('CONFLICT', `${displayName(person)} is already a member of this committee.`);
        name ||= displayName(person);
      }
      if (!name) throw new AppError('INVALID_INPUT', 'Choose a staff member or type the name of an outside member.', [{ path: 'name', message: 'Name required' }]);
      return store.insert(committeeMemberEntity, { committeeId: input.committeeId, staffId: input.staffId, name, role: input.role, voting: input.voting, active: true }, id);
    },
    /** The committee's own thresholds per motion kind; an empty set means the defaults (majority; two thirds to amend). */
    setRules(id: string, motionThresholds: NonNullable<Committee['motionThresholds']>): string {
      get(id);
      store.update(committeeEntity, id, { motionThresholds: Object.keys(motionThresholds).length ? motionThresholds : null });
      return id;
    },
    updateMember(id: string, patch: Partial<Pick<CommitteeMember, 'role' | 'voting' | 'active'>>): string {
      const committeeId = memberById.get(id) as string | undefined;
      if (!committeeId) throw notFound('This committee member');
      store.update(committeeMemberEntity, id, patch);
      return committeeId;
    },
  };
}
