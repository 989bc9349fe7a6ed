// Departments and roles: the organisation every other record hangs from.
import { z } from 'zod';
import { channel } from './define';
import { Empty, Id, NonBlank } from './common';

export const Department = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
});
export type Department = z.infer<typeof Department>;

export const roleKinds = ['physician', 'advanced-practice', 'nursing', 'pharmacy', 'allied-health', 'administrative'] as const;
export const RoleKind = z.enum(roleKinds);
export type RoleKind = z.infer<typeof RoleKind>;

export const Role = z.object({
  id: Id,
  name: z.string(),
  kind: RoleKind,
});
export type Role = z.infer<typeof Role>;

export const DepartmentInput = z.object({
  code: NonBlank('Code', 12).regex(/^[A-Z0-9-]+$/, 'A code is capital letters, digits and -'),
  name: NonBlank('Name', 120),
}).strict();

export const organisationContract = {
  'departments.list': channel({
    summary: 'All departments, by name',
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
  'roles.create': channel({
    summary: 'Add a staff role',
    writes: true,
    input: z.object({ name: NonBlank('Name', 120), kind: RoleKind }).strict(),
    output: Role,
  }),
  'roles.list': channel({
    summary: 'All staff roles, by name',
    writes: false,
    input: Empty,
    output: z.array(Role),
  }),
};
