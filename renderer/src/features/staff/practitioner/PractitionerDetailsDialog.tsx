// Add a practitioner, or edit who they are: name, degree, role and department, NPI, email and the appointment's terms.
import { useEffect, type FormEvent } from 'react';
import { StaffInput, appointmentCategories } from '../../../../../shared/contract/staff';
import { fieldErrorsFromIssues, useDraftForm, type FieldErrors } from '../../../app/draft-form';
import { Button, SelectField, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { appointmentCategoryLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { useOrganisationStore } from '../organisation/store';
import { staffStatusDisplay } from '../staff-status';
import { usePractitionerStore, type StaffRow } from './store';

interface MemberDraft {
  givenName: string;
  familyName: string;
  degree: string;
  specialty: string;
  roleId: string;
  departmentId: string;
  npi: string;
  email: string;
  hireDate: string;
  status: StaffRow['status'];
  appointmentCategory: NonNullable<StaffRow['appointmentCategory']> | '';
  appointmentStart: string;
  appointmentEnd: string;
  /** Blank keeps the date of birth on file (it is never sent to the screen whole); a date replaces it. */
  dateOfBirth: string;
}

function draftOf(member: StaffRow | null): MemberDraft {
  return {
    givenName: member?.givenName ?? '',
    familyName: member?.familyName ?? '',
    degree: member?.degree ?? '',
    specialty: member?.specialty ?? '',
    roleId: member?.roleId ?? '',
    departmentId: member?.departmentId ?? '',
    npi: member?.npi ?? '',
    email: member?.email ?? '',
    hireDate: member?.hireDate ?? '',
    status: member?.status ?? 'active',
    appointmentCategory: member?.appointmentCategory ?? '',
    appointmentStart: member?.appointmentStart ?? '',
    appointmentEnd: member?.appointmentEnd ?? '',
    dateOfBirth: '',
  };
}

/** The draft as the contract's fields: a blank optional field is "none". */
function fieldsOf(d: MemberDraft) {
  return {
    givenName: d.givenName,
    familyName: d.familyName,
    degree: d.degree,
    specialty: d.specialty,
    roleId: d.roleId,
    departmentId: d.departmentId,
    npi: d.npi.replace(/\s/g, '') || null,
    email: d.email.trim() || null,
    hireDate: d.hireDate || null,
    status: d.status,
    appointmentCategory: d.appointmentCategory || null,
    appointmentStart: d.appointmentStart || null,
    appointmentEnd: d.appointmentEnd || null,
    ...(d.dateOfBirth ? { dateOfBirth: d.dateOfBirth } : {}),
  };
}

/** The contract's own schema for a staff member, on screen: every problem at once, beside its field. */
function checkDraft(d: MemberDraft): FieldErrors {
  const parsed = StaffInput.safeParse(fieldsOf(d));
  const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  if (!d.roleId) errors.roleId = 'Role is required';
  if (!d.departmentId) errors.departmentId = 'Department is required';
  return errors;
}

export function PractitionerDetailsDialog({ member, onClose, onAdded }: { member: StaffRow | null; onClose(): void; onAdded?(staffId: string): void }) {
  const saveMember = usePractitionerStore((state) => state.saveMember);
  const departments = useOrganisationStore((state) => state.departments);
  const roles = useOrganisationStore((state) => state.roles);
  const loadOrganisation = useOrganisationStore((state) => state.load);
  const cycleYears = useOrganisationRules((state) => state.cycleYears);
  const { draft, edit, errors, message, saving, submit } = useDraftForm(() => draftOf(member));

  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  // Retired ones are offered to no one new; a member who already has one keeps seeing it.
  const roleOptions = [{ value: '', label: 'Choose a role' }, ...roles.filter((r) => !r.retiredOn || r.id === member?.roleId).map((r) => ({ value: r.id, label: r.name }))];
  const departmentOptions = [
    { value: '', label: 'Choose a department' },
    ...departments.filter((d) => !d.retiredOn || d.id === member?.departmentId).map((d) => ({ value: d.id, label: d.name })),
  ];
  const categoryOptions = [{ value: '', label: 'No appointment' }, ...appointmentCategories.map((c) => ({ value: c, label: appointmentCategoryLabels[c] }))];
  const formId = member ? `practitioner-${member.id}` : 'new-practitioner';

  async function save(event: FormEvent<HTMLFormElement>) {
    const saved = await submit(event, {
      check: checkDraft,
      save: async (d) => {
        const result = member ? await saveMember({ id: member.id, patch: fieldsOf(d) }) : await saveMember({ create: fieldsOf(d) });
        if (result.ok && !member) onAdded?.(result.value.id);
        return result;
      },
    });
    if (saved) onClose();
  }

  return (
    <Dialog
      wide
      title={member ? `Edit ${member.givenName} ${member.familyName}` : 'Add a practitioner'}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={saving}>{saving ? 'Saving…' : member ? 'Save details' : 'Add practitioner'}</Button>
        </>
      }
    >
      <form id={formId} className="practitioner-form" onSubmit={(event) => void save(event)} noValidate>
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <TextField label="Given name" value={draft.givenName} error={errors.givenName} onChange={edit('givenName')} autoComplete="off" />
        <TextField label="Family name" value={draft.familyName} error={errors.familyName} onChange={edit('familyName')} autoComplete="off" />
        <TextField label="Degree" value={draft.degree} error={errors.degree} onChange={edit('degree')} placeholder="MD, DO, NP, PA…" />
        <TextField label="Specialty" value={draft.specialty} error={errors.specialty} onChange={edit('specialty')} />
        <SelectField label="Role" value={draft.roleId} options={roleOptions} error={errors.roleId} onChange={edit('roleId')} hint={<a href="#/staff/organisation">Add or rename roles</a>} />
        <SelectField label="Department" value={draft.departmentId} options={departmentOptions} error={errors.departmentId} onChange={edit('departmentId')} />
        <TextField label="NPI" value={draft.npi} error={errors.npi} onChange={edit('npi')} inputMode="numeric" autoComplete="off" hint="Ten digits; the check digit is verified." />
        <TextField label="Email" type="email" value={draft.email} error={errors.email} onChange={edit('email')} autoComplete="off" />
        <TextField label="Hired" type="date" name="hireDate" value={draft.hireDate} error={errors.hireDate} onChange={edit('hireDate')} />
        {member && (
          <SelectField
            label="Status"
            value={draft.status}
            options={Object.entries(staffStatusDisplay).map(([value, { label }]) => ({ value, label }))}
            error={errors.status}
            onChange={edit('status')}
          />
        )}
        <SelectField label="Appointment category" value={draft.appointmentCategory} options={categoryOptions} error={errors.appointmentCategory} onChange={edit('appointmentCategory')} />
        <TextField label="Appointed" type="date" name="appointmentStart" value={draft.appointmentStart} error={errors.appointmentStart} onChange={edit('appointmentStart')} />
        <TextField
          label="Appointment term ends"
          type="date"
          name="appointmentEnd"
          value={draft.appointmentEnd}
          error={errors.appointmentEnd}
          onChange={edit('appointmentEnd')}
          hint={`Reappointment falls due then; blank means ${cycleYears} years after the appointment (bylaws).`}
        />
        <TextField
          label="Date of birth"
          type="date"
          name="dateOfBirth"
          value={draft.dateOfBirth}
          error={errors.dateOfBirth}
          onChange={edit('dateOfBirth')}
          hint={member?.dateOfBirthMasked ? `On file (${member.dateOfBirthMasked}); leave blank to keep it. Confidential: masked in lists.` : 'Confidential: masked in lists. Tells apart two people of one name on an exclusion list.'}
        />
      </form>
    </Dialog>
  );
}
