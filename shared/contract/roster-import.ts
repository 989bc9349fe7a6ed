// Importing a medical staff roster from CSV: map columns, preview, then commit the good rows in one transaction.
import { z } from 'zod';
import { channel } from './define';
import { AttachmentUpload } from './credentials';
import { Id } from './common';

/** What a roster column can hold. Credential columns create or renew that credential for the row's practitioner. */
export const rosterFields = [
  'givenName', 'familyName', 'degree', 'npi', 'email', 'role', 'department', 'specialty', 'hireDate', 'status',
  'appointmentCategory', 'appointmentStart', 'appointmentEnd',
  'licenseNumber', 'licenseState', 'licenseIssued', 'licenseExpires',
  'deaNumber', 'deaExpires', 'boardCertification', 'boardExpires', 'malpracticeCarrier', 'malpracticeExpires',
  'blsExpires', 'aclsExpires', 'dateOfBirth',
] as const;
export const RosterField = z.enum(rosterFields);
export type RosterField = z.infer<typeof RosterField>;

export const rosterFieldLabels: Record<RosterField, string> = {
  givenName: 'Given name', familyName: 'Family name', degree: 'Degree', npi: 'NPI', email: 'Email', role: 'Role',
  department: 'Department', specialty: 'Specialty', hireDate: 'Hire date', status: 'Status',
  appointmentCategory: 'Appointment category', appointmentStart: 'Appointment start', appointmentEnd: 'Appointment end',
  licenseNumber: 'Licence number', licenseState: 'Licence state', licenseIssued: 'Licence issued', licenseExpires: 'Licence expires',
  deaNumber: 'DEA number', deaExpires: 'DEA expires', boardCertification: 'Board certification', boardExpires: 'Board expires',
  malpracticeCarrier: 'Malpractice carrier', malpracticeExpires: 'Malpractice expires', blsExpires: 'BLS expires', aclsExpires: 'ACLS expires',
  dateOfBirth: 'Date of birth',
};

export const requiredRosterFields: readonly RosterField[] = ['givenName', 'familyName', 'npi', 'role', 'department'];

/** Roster field → the CSV header it is read from. */
export const ColumnMapping = z.partialRecord(RosterField, z.string().max(200));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const RowProblem = z.object({ line: z.number().int(), reason: z.string() });
export type RowProblem = z.infer<typeof RowProblem>;

export const RosterImportRequest = AttachmentUpload.extend({ mapping: ColumnMapping.optional() }).strict();

export const RosterPreview = z.object({
  encoding: z.enum(['utf-8', 'windows-1252']),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** The mapping used: the one given, else one guessed from the headers. */
  mapping: ColumnMapping,
  rowCount: z.number().int(),
  validCount: z.number().int(),
  willCreate: z.number().int(),
  willUpdate: z.number().int(),
  /** The first rows as they will be read, so the director can see the mapping is right. */
  sample: z.array(z.object({ line: z.number().int(), values: z.partialRecord(RosterField, z.string()), problems: z.array(z.string()) })),
  problems: z.array(RowProblem),
});
export type RosterPreview = z.infer<typeof RosterPreview>;

export const RosterImportReport = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  credentialsWritten: z.number().int(),
  problems: z.array(RowProblem),
});
export type RosterImportReport = z.infer<typeof RosterImportReport>;

export const rosterImportContract = {
  'staff.importPreview': channel({
    summary: 'Read a roster CSV and show how it maps, what it would create or update, and which rows are bad',
    writes: false,
    input: RosterImportRequest,
    output: RosterPreview,
  }),
  'staff.importCommit': channel({
    summary: 'Import the good rows of a roster CSV in one transaction, matching practitioners on NPI',
    writes: true,
    /** `jobId`, chosen by the caller, names the import for jobs.progress and jobs.cancel while it runs. */
    input: RosterImportRequest.extend({ jobId: Id.optional() }).strict(),
    output: RosterImportReport,
  }),
};
