// The privileges tab: privileges item by item (core or special), with status, conditions and the FPPE flag; grant and edit.
import { Fragment, useState, type FormEvent } from 'react';
import { Badge, Button, Card, CheckboxField, PlusIcon, SelectField, TextAreaField, TextField } from '../../../ui';
import type { FieldErrors } from '../field-errors';
import { formatDay } from '../format';
import { optionsOf, privilegeStatusLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { usePractitionerStore, type Privilege } from './store';

export function PrivilegesTab() {
  const staffId = usePractitionerStore((state) => state.staffId);
  const privileges = usePractitionerStore((state) => state.privileges);
  const [editing, setEditing] = useState<Privilege | 'new' | null>(null);
  if (!staffId) return null;
  const core = privileges.filter((p) => p.isCore);
  const special = privileges.filter((p) => !p.isCore);

  return (
    <section aria-label="Privileges">
      <div className="profile__tab-actions">
        <p className="staff-view__note">Privileges are granted item by item. New privileges carry a focused evaluation (FPPE) until it is completed.</p>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing('new')} disabled={editing === 'new'}>Grant privilege</Button>
      </div>
      <div className="profile__list">
        {editing === 'new' && <PrivilegeForm staffId={staffId} privilege={null} onDone={() => setEditing(null)} />}
        {privileges.length === 0 && editing !== 'new' && <p className="staff-view__empty">No privileges on file.</p>}
        {privileges.length > 0 && (
          <Card flush>
            <div className="table-wrap">
              <table className="table privileges-table" aria-label="Privileges">
                <thead>
                  <tr>
                    <th scope="col" style={{ width: '30%' }}>Privilege</th>
                    <th scope="col" style={{ width: '11%' }}>Kind</th>
                    <th scope="col" style={{ width: '14%' }}>Status</th>
                    <th scope="col" style={{ width: '12%' }}>Granted</th>
                    <th scope="col" style={{ width: '23%' }}>Conditions</th>
                    <th scope="col" style={{ width: '10%' }}><span className="visually-hidden">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  {[...core, ...special].map((privilege) => (
                    <Fragment key={privilege.id}>
                      <PrivilegeRow privilege={privilege} editing={editing !== 'new' && editing?.id === privilege.id} onEdit={() => setEditing(privilege)} />
                      {editing !== 'new' && editing?.id === privilege.id && (
                        <tr className="queue__form-row">
                          <td colSpan={6}>
                            <PrivilegeForm staffId={staffId} privilege={privilege} onDone={() => setEditing(null)} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        )}
      </div>
    </section>
  );
}

function PrivilegeRow({ privilege, editing, onEdit }: { privilege: Privilege; editing: boolean; onEdit(): void }) {
  const status = privilegeStatusLabels[privilege.status];
  return (
    <tr data-testid="privilege-row">
      <td>
        <span className="table__primary">{privilege.name}</span>
        {privilege.fppeRequired && <div><Badge tone="info">FPPE required</Badge></div>}
      </td>
      <td>{privilege.isCore ? 'Core' : 'Special'}</td>
      <td><Badge tone={status.tone}>{status.label}</Badge></td>
      <td className="tabular">
        {formatDay(privilege.grantedOn)}
        {privilege.expiresOn && <div className="table__secondary">until {formatDay(privilege.expiresOn)}</div>}
      </td>
      <td className={privilege.conditions ? undefined : 'table__secondary'}>{privilege.conditions ?? 'None'}</td>
      <td>
        <Button variant="ghost" onClick={onEdit} disabled={editing} aria-label={`Edit ${privilege.name}`}>Edit</Button>
      </td>
    </tr>
  );
}

interface PrivilegeDraft {
  name: string;
  isCore: boolean;
  status: Privilege['status'];
  grantedOn: string;
  expiresOn: string;
  conditions: string;
  fppeRequired: boolean;
}

function PrivilegeForm({ staffId, privilege, onDone }: { staffId: string; privilege: Privilege | null; onDone(): void }) {
  const today = useOrganisationRules((state) => state.today);
  const savePrivilege = usePractitionerStore((state) => state.savePrivilege);
  const [draft, setDraft] = useState<PrivilegeDraft>(() =>
    privilege
      ? { name: privilege.name, isCore: privilege.isCore, status: privilege.status, grantedOn: privilege.grantedOn ?? '', expiresOn: privilege.expiresOn ?? '', conditions: privilege.conditions ?? '', fppeRequired: privilege.fppeRequired }
      : { name: '', isCore: false, status: 'granted', grantedOn: today, expiresOn: '', conditions: '', fppeRequired: true },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof PrivilegeDraft>(field: K, value: PrivilegeDraft[K]) => setDraft({ ...draft, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const fields = { ...draft, grantedOn: draft.grantedOn || null, expiresOn: draft.expiresOn || null };
    const result = privilege ? await savePrivilege({ id: privilege.id, patch: fields }) : await savePrivilege({ create: { staffId, ...fields } });
    setSaving(false);
    if (result.ok) onDone();
    else {
      setErrors(result.fieldErrors);
      setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
  }

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-label={privilege ? `Edit ${privilege.name}` : 'Grant a privilege'}>
      <h4 className="staff-form__title">{privilege ? `Edit: ${privilege.name}` : 'Grant a privilege'}</h4>
      {message && <p className="staff-alert staff-form__message" role="alert">{message}</p>}
      <TextField className="staff-form__wide" label="Privilege" value={draft.name} error={errors.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Moderate sedation" />
      <SelectField label="Status" value={draft.status} options={optionsOf(privilegeStatusLabels)} error={errors.status} onChange={(e) => set('status', e.target.value as Privilege['status'])} />
      <TextField label="Granted" type="date" value={draft.grantedOn} error={errors.grantedOn} onChange={(e) => set('grantedOn', e.target.value)} />
      <TextField label="Expires" type="date" value={draft.expiresOn} error={errors.expiresOn} onChange={(e) => set('expiresOn', e.target.value)} />
      <CheckboxField label="Core privilege" checked={draft.isCore} onChange={(e) => set('isCore', e.target.checked)} />
      <CheckboxField label="FPPE required" hint="A focused evaluation before the privilege is confirmed." checked={draft.fppeRequired} onChange={(e) => set('fppeRequired', e.target.checked)} />
      <TextAreaField className="staff-form__wide" label="Conditions" value={draft.conditions} error={errors.conditions} onChange={(e) => set('conditions', e.target.value)} rows={2} placeholder="e.g. Proctored for the first 5 cases" />
      <div className="staff-form__actions">
        <Button type="submit" variant="primary" busy={saving}>{saving ? 'Saving…' : privilege ? 'Save privilege' : 'Grant privilege'}</Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}
