// The standards crosswalk: each standard with the policies that meet it, those no active policy meets flagged first-class,
// and a form to add a standard.
import { useEffect, useState, type FormEvent } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { standardBodies } from '../../../../../shared/contract/policies';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { Badge, Button, Card, PageHeader, SelectField, TextField, toastSuccess } from '../../../ui';
import { formErrorsFrom, noErrors, type FormErrors } from '../field-errors';
import { plural } from '../format';
import { hashForPolicy } from '../policies-view';

type StandardWithPolicies = OutputOf<'standards.list'>[number];

/** Met means at least one policy citing it is active today: a draft or a retired policy meets nothing for a surveyor. */
const isMet = (s: StandardWithPolicies) => s.policies.some((p) => p.active);

export function StandardsView() {
  const [standards, setStandards] = useState<StandardWithPolicies[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyUnmet, setOnlyUnmet] = useState(false);

  async function load() {
    try {
      setStandards(await call('standards.list', {}));
    } catch (e) {
      setError(readableMessage(e));
    }
  }

  useEffect(() => {
    void load();
    return onDatabaseChanged(load);
  }, []);

  const unmet = standards?.filter((s) => !isMet(s)) ?? [];
  const shown = (onlyUnmet ? unmet : standards ?? []).slice().sort((a, b) => Number(isMet(a)) - Number(isMet(b)) || a.body.localeCompare(b.body) || a.code.localeCompare(b.code, undefined, { numeric: true }));

  return (
    <>
      <PageHeader title="Standards crosswalk" description="Joint Commission, CMS and DNV requirements, with the policies that meet each one." />
      <div className="standards__columns">
        <Card flush>
          <div className="standards__summary">
            {standards && (
              <p data-testid="standards-summary">
                {plural(standards.length, 'standard')} ·{' '}
                <strong className={unmet.length ? 'standards__unmet-count' : ''}>{unmet.length.toLocaleString()} not met by any active policy</strong>
              </p>
            )}
            <label className="standards__only-unmet">
              <input type="checkbox" checked={onlyUnmet} onChange={(e) => setOnlyUnmet(e.target.checked)} /> Only those not met
            </label>
          </div>
          {error && <p className="policies-alert" role="alert">{error}</p>}
          {standards && standards.length === 0 && <p className="library__none">No standards yet. Add the ones your surveyors check against.</p>}
          <ul className="standards__list" aria-label="Standards">
            {shown.map((s) => (
              <li key={s.id} className="standards__item" data-met={isMet(s)} data-testid="standard-row">
                <div className="standards__head">
                  <span className="standard-code">{s.body} {s.code}</span>
                  {isMet(s) ? <Badge tone="success">Met</Badge> : <Badge tone="danger">Not met by any active policy</Badge>}
                </div>
                <p className="standards__title">{s.title}</p>
                {s.policies.length > 0 ? (
                  <ul className="standards__policies" aria-label={`Policies citing ${s.code}`}>
                    {s.policies.map((p) => (
                      <li key={p.id}>
                        <a href={hashForPolicy(p.id)}>
                          <span className="library__reference">{p.reference}</span> {p.title}
                        </a>
                        {!p.active && <span className="policies__muted"> — not active</span>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="policies__muted">No policy cites it.</p>
                )}
              </li>
            ))}
          </ul>
        </Card>
        <AddStandardCard onAdded={load} />
      </div>
    </>
  );
}

function AddStandardCard({ onAdded }: { onAdded(): Promise<void> }) {
  const [body, setBody] = useState<(typeof standardBodies)[number]>('TJC');
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await call('standards.create', { body, code, title });
      toastSuccess('Standard added', `${created.body} ${created.code}`);
      setCode('');
      setTitle('');
      setErrors(noErrors);
      await onAdded();
    } catch (error) {
      setErrors(formErrorsFrom(error, 'code'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="Add a standard" className="standards__add">
      <form className="policies-form" onSubmit={submit} noValidate>
        {errors.form && <p className="policies-alert" role="alert">{errors.form}</p>}
        <SelectField label="Body" value={body} onChange={(e) => setBody(e.target.value as typeof body)} options={standardBodies.map((b) => ({ value: b, label: b === 'TJC' ? 'TJC (Joint Commission)' : b === 'CMS' ? 'CMS (Conditions of Participation)' : b === 'DNV' ? 'DNV (NIAHO)' : 'Other' }))} />
        <TextField label="Code" value={code} onChange={(e) => setCode(e.target.value)} placeholder="MS.06.01.05" error={errors.fields['code']} />
        <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="What the standard requires" error={errors.fields['title']} />
        <Button variant="primary" type="submit" busy={busy}>Add standard</Button>
      </form>
    </Card>
  );
}
