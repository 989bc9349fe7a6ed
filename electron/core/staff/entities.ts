// The staff member, declared once: credentials, training, meetings and policies all refer to it.
import { defineEntity } from '../db/entity';

export const staffEntity = defineEntity({
  name: 'staff',
  table: 'staff',
  fields: {
    givenName: 'text',
    familyName: 'text',
    degree: 'text',
    roleId: 'text',
    departmentId: 'text',
    specialty: 'text',
    npi: 'text',
    email: 'text',
    hireDate: 'text',
    status: 'text',
    appointmentCategory: 'text',
    appointmentStart: 'text',
    appointmentEnd: 'text',
    /** The day the appointment was ended early (resigned, retired, not reappointed); the record and its history stay. */
    appointmentEndedOn: 'text',
    appointmentEndReason: 'text',
    /** Confidential: what tells two practitioners of one name apart on an exclusion list; masked like a licence number. */
    dateOfBirth: 'text',
    /** The day an exclusion list was last screened against this practitioner (set for every active one an import covers). */
    lastScreenedOn: 'text',
  },
  masked: ['dateOfBirth'],
});
