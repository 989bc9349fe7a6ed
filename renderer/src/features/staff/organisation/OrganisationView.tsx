// Departments and roles on screen: add, rename, retire (kept for the records that name it) and delete one added in error.
import { Fragment, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { DepartmentInput, RoleInput, roleKinds, type RoleKind } from '../../../../../shared/contract/organisation';
import { fieldErrorsFromIssues, useDraftForm } from '../../../app/draft-form';
import { Badge, Button, Card, PageHeader, PlusIcon, SelectField, Table, TextField } from '../../../ui';
import { formatDay } from '../format';
import { useOrganisationStore, type Department, type Role } from './store';
import './organisation.css';

export const roleKindLabels: Record<RoleKind, string> = {
  physician: 'Physician',
  'advanced-practice': 'Advanced practice',
  nursing: 'Nursing',
  pharmacy: 'Pharmacy',
  'allied-health': 'Allied health',
  administrative: 'Administrative',
};
const roleKindOptions = roleKinds.map((kind) => ({ value: kind, label: roleKindLabels[kind] }));

export function OrganisationView() {
  const load = useOrganisationStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <PageHeader
        title="Departments & roles"
        description="What every practitioner, policy and roster import is filed under. One in use is retired rather than deleted: the records that name it keep it."
      />
      <div className="organisation">
        <DepartmentsCard />
        <RolesCard />
      </div>
    </>
  );
}

function DepartmentsCard() {
  const departments = useOrganisationStore((state) => state.departments);
  return (
    <OrganisationCard
      kind="department"
      title="Departments"
      columns={['Code', 'Name']}
      records={departments}
      cellsOf={(d) => [<span className="staff-view__mono">{d.code}</span>, d.name]}
      form={(d, onDone) => <DepartmentForm department={d} onDone={onDone} />}
    />
  );
}

function RolesCard() {
  const roles = useOrganisationStore((state) => state.roles);
  return (
    <OrganisationCard
      kind="role"
      title="Roles"
      columns={['Name', 'Kind']}
      records={roles}
      cellsOf={(r) => [r.name, roleKindLabels[r.kind]]}
      form={(r, onDone) => <RoleForm role={r} onDone={onDone} />}
    />
  );
}

interface OrganisationCardProps<T extends Department | Role> {
  kind: 'department' | 'role';
  title: string;
  columns: [string, string];
  records: T[];
  cellsOf(record: T): [ReactNode, ReactNode];
  /** The add form (record null) or the rename form of one record. */
  form(record: T | null, onDone: () => void): ReactNode;
}

/** An add form above the table; a row being renamed becomes its form. */
function OrganisationCard<T extends Department | Role>({ kind, title, columns, records, cellsOf, form }: OrganisationCardProps<T>) {
  const [editing, setEditing] = useState<string | null>(null);
  // Each one added starts the add form again, empty, for the next.
  const [added, setAdded] = useState(0);
  return (
    <Card className="organisation__card">
      <h2 className="organisation__title">{title}</h2>
      <Fragment key={added}>{form(null, () => setAdded(added + 1))}</Fragment>
      <Table label={title}>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
            <th scope="col">Staff</th>
            <th scope="col">Status</th>
            <th scope="col" className="organisation__actions"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) =>
            editing === record.id ? (
              <tr key={record.id}>
                <td colSpan={5}>{form(record, () => setEditing(null))}</td>
              </tr>
            ) : (
              <OrganisationRow key={record.id} kind={kind} record={record} cells={cellsOf(record)} onRename={() => setEditing(record.id)} />
            ),
          )}
        </tbody>
      </Table>
    </Card>
  );
}

function OrganisationRow({ kind, record, cells, onRename }: { kind: 'department' | 'role'; record: Department | Role; cells: [ReactNode, ReactNode]; onRename(): void }) {
  const { retire, remove } = useOrganisationStore.getState();
  const retired = record.retiredOn !== null;
  return (
    <tr className={retired ? 'organisation__retired' : undefined}>
      <td>{cells[0]}</td>
      <td>{cells[1]}</td>
      <td className="tabular">{record.staffCount}</td>
      <td>{retired ? <Badge tone="neutral">Retired {formatDay(record.retiredOn)}</Badge> : 'Current'}</td>
      <td className="organisation__actions">
        <Button variant="ghost" onClick={onRename} aria-label={`Rename ${record.name}`}>Rename</Button>
        <Button variant="ghost" onClick={() => void retire(kind, record.id, !retired)} aria-label={`${retired ? 'Bring back' : 'Retire'} ${record.name}`}>
          {retired ? 'Bring back' : 'Retire'}
        </Button>
        {record.staffCount === 0 && (
          <Button
            variant="ghost"
            aria-label={`Delete ${record.name}`}
            onClick={() => {
              if (window.confirm(`Delete ${record.name}? Only do this for one added in error.`)) void remove(kind, record.id);
            }}
          >
            Delete
          </Button>
        )}
      </td>
    </tr>
  );
}

function DepartmentForm({ department, onDone }: { department: Department | null; onDone(): void }) {
  const saveDepartment = useOrganisationStore((state) => state.saveDepartment);
  const form = useDraftForm({ code: department?.code ?? '', name: department?.name ?? '' });

  async function save(event: FormEvent<HTMLFormElement>) {
    const saved = await form.submit(event, {
      check: (d) => {
        const parsed = DepartmentInput.safeParse(d);
        return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
      },
      save: (d) => (department ? saveDepartment({ id: department.id, patch: d }) : saveDepartment({ create: d })),
    });
    if (saved) onDone();
  }

  return (
    <form className="organisation__form" onSubmit={(event) => void save(event)} noValidate aria-label={department ? `Rename ${department.name}` : 'Add a department'}>
      <TextField label="Code" className="organisation__code" value={form.draft.code} error={form.errors.code} onChange={(e) => form.set('code', e.target.value.toUpperCase())} placeholder="e.g. HOSP" autoComplete="off" />
      <TextField label="Name" className="organisation__name" value={form.draft.name} error={form.errors.name} onChange={form.edit('name')} placeholder={department ? undefined : 'e.g. Hospital Medicine'} autoComplete="off" />
      <div className="organisation__form-actions">
        <Button type="submit" variant={department ? 'primary' : 'secondary'} icon={department ? undefined : <PlusIcon />} busy={form.saving}>{department ? 'Save' : 'Add department'}</Button>
        {department && <Button variant="ghost" onClick={onDone}>Cancel</Button>}
      </div>
      {form.message && <p className="staff-alert organisation__message" role="alert">{form.message}</p>}
    </form>
  );
}

function RoleForm({ role, onDone }: { role: Role | null; onDone(): void }) {
  const saveRole = useOrganisationStore((state) => state.saveRole);
  const form = useDraftForm<{ name: string; kind: RoleKind }>({ name: role?.name ?? '', kind: role?.kind ?? 'physician' });

  async function save(event: FormEvent<HTMLFormElement>) {
    const saved = await form.submit(event, {
      check: (d) => {
        const parsed = RoleInput.safeParse(d);
        return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
      },
      save: (d) => (role ? saveRole({ id: role.id, patch: d }) : saveRole({ create: d })),
    });
    if (saved) onDone();
  }

  return (
    <form className="organisation__form" onSubmit={(event) => void save(event)} noValidate aria-label={role ? `Rename ${role.name}` : 'Add a role'}>
      <TextField label="Name" className="organisation__name" value={form.draft.name} error={form.errors.name} onChange={form.edit('name')} placeholder={role ? undefined : 'e.g. Hospitalist'} autoComplete="off" />
      <SelectField label="Kind" value={form.draft.kind} options={roleKindOptions} error={form.errors.kind} onChange={(e) => form.set('kind', e.target.value as RoleKind)} />
      <div className="organisation__form-actions">
        <Button type="submit" variant={role ? 'primary' : 'secondary'} icon={role ? undefined : <PlusIcon />} busy={form.saving}>{role ? 'Save' : 'Add role'}</Button>
        {role && <Button variant="ghost" onClick={onDone}>Cancel</Button>}
      </div>
      {form.message && <p className="staff-alert organisation__message" role="alert">{form.message}</p>}
    </form>
  );
}
