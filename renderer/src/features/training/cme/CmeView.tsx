// CME: each state's profile (total per licence cycle, Category 1 minimum, required topics), editable, and the
// practitioners short of it whose reappointment is coming up.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { describeShortfall } from '../../../../../shared/domain/cme';
import { reappointmentNoticeDays } from '../../../../../shared/domain/reappointment';
import { useDraftForm } from '../../../app/draft-form';
import { call } from '../../../client';
import { Button, Card, PageHeader, TextField, formatDay, toastError } from '../../../ui';
import { useTrainingStore, type CmeProfile } from '../store';

export function CmeView() {
  const profiles = useTrainingStore((s) => s.profiles);
  const [editing, setEditing] = useState<CmeProfile | 'new' | null>(null);
  return (
    <>
      <PageHeader title="CME by licence cycle" description="Credits are counted from the issue to the expiry of each practitioner's licence in the state of practice, against that state's profile." />
      <div className="training-stack">
        <Card title="State profiles" actions={<Button onClick={() => setEditing('new')}>Add state</Button>}>
          {profiles.length === 0 ? <p className="table__secondary">No state profiles yet: add the state your practitioners are licensed in.</p> : (
            <table className="table" aria-label="State CME profiles">
              <thead><tr><th scope="col">State</th><th scope="col">Total</th><th scope="col">Category 1 minimum</th><th scope="col">Required topics</th></tr></thead>
              <tbody>
                {profiles.map((p) => (
                  <tr key={p.id} data-testid="cme-profile-row">
                    <td><button type="button" className="link-button" onClick={() => setEditing(p)}>{p.state}</button></td>
                    <td className="tabular">{p.totalCredits}</td>
                    <td className="tabular">{p.category1Minimum}</td>
                    <td>{p.requiredTopics.length ? p.requiredTopics.map((t) => `${t.topic} (${t.credits})`).join(', ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {editing && <ProfileForm profile={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
        </Card>
        <Shortfalls />
      </div>
    </>
  );
}

interface Draft { state: string; totalCredits: string; category1Minimum: string; topics: string }

/** Topics typed as "Pain management: 2; Implicit bias: 1". */
function readTopics(text: string) {
  return text.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [topic, credits] = part.split(':').map((s) => s.trim());
    return { topic: topic ?? '', credits: Number(credits ?? '1') };
  });
}

function ProfileForm({ profile, onDone }: { profile: CmeProfile | null; onDone(): void }) {
  const saveProfile = useTrainingStore((s) => s.saveProfile);
  const form = useDraftForm<Draft>(() => ({
    state: profile?.state ?? '', totalCredits: String(profile?.totalCredits ?? 50), category1Minimum: String(profile?.category1Minimum ?? 25),
    topics: profile?.requiredTopics.map((t) => `${t.topic}: ${t.credits}`).join('; ') ?? '',
  }));
  const { draft, edit, errors, message, saving } = form;
  return (
    <form className="training-form training-form--inline" noValidate onSubmit={(event) => void form.submit(event, {
      save: async (d) => {
        const result = await saveProfile({ state: d.state, totalCredits: Number(d.totalCredits), category1Minimum: Number(d.category1Minimum), requiredTopics: readTopics(d.topics) });
        if (result.ok) onDone();
        return result;
      },
    })}>
      <div className="training-form__row">
        <TextField label="State" value={draft.state} onChange={edit('state')} error={errors.state} placeholder="OR" disabled={!!profile} />
        <TextField label="Total credits per cycle" type="number" step={0.25} value={draft.totalCredits} onChange={edit('totalCredits')} error={errors.totalCredits} />
        <TextField label="Category 1 minimum" type="number" step={0.25} value={draft.category1Minimum} onChange={edit('category1Minimum')} error={errors.category1Minimum} />
      </div>
      <TextField label="Required topics" value={draft.topics} onChange={edit('topics')} error={errors.requiredTopics ?? errors.topic ?? errors.credits} hint="Topic: credits, separated by ;" placeholder="Pain management: 1; Implicit bias: 1" />
      {message && <p className="training-alert" role="alert">{message}</p>}
      <div className="training-form__actions">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" busy={saving}>Save profile</Button>
      </div>
    </form>
  );
}

function Shortfalls() {
  const profiles = useTrainingStore((s) => s.profiles);
  const [rows, setRows] = useState<OutputOf<'training.cmeShortfalls'> | null>(null);
  useEffect(() => {
    call('training.cmeShortfalls', { withinDays: reappointmentNoticeDays }).then(setRows).catch((error) => toastError('CME shortfalls could not be read', error));
  }, [profiles]);
  return (
    <Card title={`Short of CME before reappointment (next ${reappointmentNoticeDays} days)`}>
      {!rows ? <p className="table__secondary">Reading…</p> : rows.length === 0 ? <p className="table__secondary">No one due for reappointment is short of CME.</p> : (
        <table className="table" aria-label="CME shortfalls before reappointment">
          <thead><tr><th scope="col">Practitioner</th><th scope="col">Reappointment</th><th scope="col">Earned</th><th scope="col">Short</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.staffId} data-testid="cme-shortfall-row">
                <td><a href={`#/staff/${r.staffId}`}>{r.staffName}</a><div className="table__secondary">{r.state} cycle {r.cycleStart && formatDay(r.cycleStart)} – {r.cycleEnd && formatDay(r.cycleEnd)}</div></td>
                <td className="tabular">{r.reappointmentDue ? formatDay(r.reappointmentDue) : '—'}</td>
                <td className="tabular">{r.total} of {r.required?.total}</td>
                <td>{shortfallText(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

export function shortfallText(r: { shortfall: { total: number; category1: number; topics: string[] } | null }): string {
  return describeShortfall(r.shortfall) || '—';
}
