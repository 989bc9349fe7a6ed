// Departments and roles: the organisation every other record hangs from. Renamed and retired on screen; one in use is
// retired, never deleted, so the records that name it keep their meaning.
import { z } from 'zod';
import { channel } from './define';
import { Empty, Id, IsoDate, NonBlank } from './common';

export const Department = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  /** Set once retired: kept for the records that name it, offered for no new one. */
  retiredOn: IsoDate.nullable(),
  /** Staff members in it, whatever their status: a department in use can be retired but not deleted. */
  staffCount: z.number().int(),
});
export type Department = z.infer<typeof Department>;

export const roleKinds = ['physician', 'advanced-practice', 'nursing', 'pharmacy', 'allied-health', 'administrative'] as const;
export const RoleKind = z.enum(roleKinds);
export type RoleKind = z.infer<typeof RoleKind>;

export const Role = z.object({
  id: Id,
  name: z.string(),
  kind: RoleKind,
  retiredOn: IsoDate.nullable(),
  staffCount: z.number().int(),
});
export type Role = z.infer<typeof Role>;

export const DepartmentInput = z.object({
  code: NonBlank('Code', 12).regex(/^[A-Z0-9-]+$/, 'A code is capital letters, digits and -'),
  name: NonBlank('Name', 120),
}).strict();

export const RoleInput = z.object({ name: NonBlank('Name', 120), kind: RoleKind }).strict();

const Retire = z.object({ id: Id, retired: z.boolean() }).strict();

export const organisationContract = {
  'departments.list': channel({
    summary: 'All departments, by name, with how many staff each holds',
    writes: false,
    input: Empty,
    output: z.array(Department),
  }),
  'departments.create': channel({
    summary: 'Add a department',
    writes: true,
    input: DepartmentInput,
    output: Department,
  }),
  'departments.update': channel({
    summary: 'Rename a department or change its code',
    writes: true,
    input: z.object({ id: Id, patch: DepartmentInput.partial() }).strict(),
    output: Department,
  }),
  'departments.retire': channel({
    summary: 'Retire a department (kept for the records that name it, offered for no new one), or bring it back',
    writes: true,
    input: Retire,
    output: Department,
  }),
  'departments.remove': channel({
    summary: 'Delete a department added in error; one that any record names is refused (retire it instead)',
    writes: true,
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
  'roles.create': channel({
    summary: 'Add a staff role',
    writes: true,
    input: RoleInput,
    output: Role,
  }),
  'roles.list': channel({
    summary: 'All staff roles, by name, with how many staff hold each',
    writes: false,
    input: Empty,
    output: z.array(Role),
  }),
  'roles.update': channel({
    summary: 'Rename a staff role or change its kind',
    writes: true,
    input: z.object({ id: Id, patch: RoleInput.partial() }).strict(),
    output: Role,
  }),
  'roles.retire': channel({
    summary: 'Retire a staff role (kept for the staff who hold it, offered for no one new), or bring it back',
    writes: true,
    input: Retire,
    output: Role,
  }),
  'roles.remove': channel({
    summary: 'Delete a staff role added in error; one that anyone holds is refused (retire it instead)',
    writes: true,
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
};
