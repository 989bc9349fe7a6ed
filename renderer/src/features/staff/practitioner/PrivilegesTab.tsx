// The privileges tab: privileges item by item (core or special; regular, temporary, disaster or telemedicine), with status,
// conditions and whether an FPPE is open; grant and edit. Granting opens the FPPE in the core, not here.
import { Fragment, useState, type FormEvent } from 'react';
import { addDays } from '../../../../../shared/domain/calendar-day';
import { temporaryPrivilegeMaxDays } from '../../../../../shared/domain/evaluations';
import { Badge, Button, Card, CheckboxField, PlusIcon, SelectField, TextAreaField, TextField } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import type { FieldErrors } from '../field-errors';
import { formatDay } from '../format';
import { optionsOf, privilegeKindLabels, privilegeKindShort, privilegeStatusLabels } from '../labels';
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
        <p className="staff-view__note">Privileges are granted item by item. Granting a regular or telemedicine privilege opens its focused evaluation (FPPE); the FPPE ends with a decision that confirms, extends or limits it.</p>
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
        {privilege.fppeRequired && <div><Badge tone="info">Under FPPE</Badge></div>}
        {privilege.distantSite && <div className="table__secondary">Distant site: {privilege.distantSite}</div>}
      </td>
      <td>
        {privilege.isCore ? 'Core' : 'Special'}
        {privilege.kind !== 'regular' && <div><Badge tone="warning">{privilegeKindShort[privilege.kind]}</Badge></div>}
      </td>
      <td><Badge tone={status.tone}>{status.label}</Badge></td>
      <td className="tabular">
        {formatDay(privilege.grantedOn)}
        {privilege.expiresOn && <div className="table__secondary">{privilege.kind === 'regular' ? 'until' : 'ends'} {formatDay(privilege.expiresOn)}</div>}
      </td>
      <td className={privilege.conditions ? undefined : 'table__secondary'}>{privilege.conditions ?? 'None'}</td>
      <td>
        <Button variant="ghost" onClick={onEdit} disabled={editing} aria-label={`Edit ${privilege.name}`}>Edit</Button>
        <HistoryButton entity="privilege" id={privilege.id} name={privilege.name} version={privilege.updatedAt} />
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
  kind: Privilege['kind'];
  distantSite: string;
}

function PrivilegeForm({ staffId, privilege, onDone }: { staffId: string; privilege: Privilege | null; onDone(): void }) {
  const today = useOrganisationRules((state) => state.today);
  const savePrivilege = usePractitionerStore((state) => state.savePrivilege);
  const [draft, setDraft] = useState<PrivilegeDraft>(() =>
    privilege
      ? { name: privilege.name, isCore: privilege.isCore, status: privilege.status, grantedOn: privilege.grantedOn ?? '', expiresOn: privilege.expiresOn ?? '', conditions: privilege.conditions ?? '', kind: privilege.kind, distantSite: privilege.distantSite ?? '' }
      : { name: '', isCore: false, status: 'granted', grantedOn: today, expiresOn: '', conditions: '', kind: 'regular', distantSite: '' },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof PrivilegeDraft>(field: K, value: PrivilegeDraft[K]) => setDraft({ ...draft, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const fields = { ...draft, grantedOn: draft.grantedOn || null, expiresOn: draft.expiresOn || null, distantSite: draft.kind === 'telemedicine' ? draft.distantSite : null };
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
      <SelectField label="Kind" value={draft.kind} options={optionsOf(privilegeKindLabels)} error={errors.kind} onChange={(e) => set('kind', e.target.value as Privilege['kind'])} />
      <TextField label="Granted" type="date" value={draft.grantedOn} error={errors.grantedOn} onChange={(e) => set('grantedOn', e.target.value)} />
      <TextField label={draft.kind === 'regular' ? 'Expires' : 'Ends'} type="date" value={draft.expiresOn} error={errors.expiresOn} hint={endHint(draft)} onChange={(e) => set('expiresOn', e.target.value)} />
      {draft.kind === 'telemedicine' && (
        <TextField label="Distant site" value={draft.distantSite} error={errors.distantSite} hint="The hospital whose credentialing is relied on, if by proxy." onChange={(e) => set('distantSite', e.target.value)} />
      )}
      <CheckboxField label="Core privilege" checked={draft.isCore} onChange={(e) => set('isCore', e.target.checked)} />
      <TextAreaField className="staff-form__wide" label="Conditions" value={draft.conditions} error={errors.conditions} onChange={(e) => set('conditions', e.target.value)} rows={2} placeholder="e.g. Proctored for the first 5 cases" />
      <div className="staff-form__actions">
        <Button type="submit" variant="primary" busy={saving}>{saving ? 'Saving…' : privilege ? 'Save privilege' : 'Grant privilege'}</Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}

/** What the end date means for the kind chosen, with the latest day a temporary privilege may run to. */
function endHint(draft: PrivilegeDraft): string | undefined {
  switch (draft.kind) {
    case 'temporary':
      return draft.grantedOn ? `At most ${temporaryPrivilegeMaxDays} days: ${formatDay(addDays(draft.grantedOn, temporaryPrivilegeMaxDays))} at the latest.` : `At most ${temporaryPrivilegeMaxDays} days after it starts.`;
    case 'disaster':
      return 'When the disaster is expected to end; change it if it goes on.';
    case 'telemedicine':
      return 'When the agreement with the distant site ends, if it does.';
    default:
      return undefined;
  }
}
