// One card of a case's record as a form: the fields it edits, saved together as one patch of what changed.
import { useEffect, type ReactNode } from 'react';
import { useDraftForm } from '../../app/draft-form';
import { Button, Card, SelectField, TextAreaField, TextField } from '../../ui';
import { useEthicsStore, type CasePatch, type EthicsCase } from './store';

export type SectionField =
  | { key: keyof CasePatch & keyof EthicsCase; label: string; kind: 'textarea' | 'text' | 'date' | 'datetime' | 'minutes' | 'list'; hint?: string }
  | { key: 'consultantIds'; label: string; kind: 'consultants'; hint?: string };

type Draft = Record<string, string>;

function toDraft(c: EthicsCase, fields: readonly SectionField[]): Draft {
  const d: Draft = {};
  for (const f of fields) {
    const v = c[f.key];
    if (f.kind === 'list') d[f.key] = (v as string[]).join(', ');
    else if (f.kind === 'consultants') d[f.key] = (v as string[]).join(',');
    else if (f.kind === 'datetime') d[f.key] = v ? new Date(new Date(v as string).getTime() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '';
    else if (f.kind === 'minutes') d[f.key] = String(v ?? 0);
    else d[f.key] = (v as string | null) ?? '';
  }
  return d;
}

function toPatch(d: Draft, fields: readonly SectionField[]): CasePatch {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const v = d[f.key] ?? '';
    if (f.kind === 'list') patch[f.key] = v.split(',').map((t) => t.trim()).filter(Boolean);
    else if (f.kind === 'consultants') patch[f.key] = v.split(',').filter(Boolean);
    else if (f.kind === 'datetime') patch[f.key] = v ? new Date(v).toISOString() : null;
    else if (f.kind === 'date') patch[f.key] = v || null;
    else if (f.kind === 'minutes') patch[f.key] = Number(v) || 0;
    else patch[f.key] = v;
  }
  return patch as CasePatch;
}

export function CaseSection({ title, ethicsCase, fields, extra }: { title: string; ethicsCase: EthicsCase; fields: readonly SectionField[]; extra?: ReactNode }) {
  const staff = useEthicsStore((s) => s.staff);
  const { update } = useEthicsStore.getState();
  const form = useDraftForm<Draft>(() => toDraft(ethicsCase, fields));
  const { draft, set, errors, message, saving } = form;
  // Another save (a step, a note) brought a new copy of the case: start from it.
  useEffect(() => {
    for (const [k, v] of Object.entries(toDraft(ethicsCase, fields))) set(k, v);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ethicsCase.updatedAt]);

  return (
    <Card title={title}>
      <form className="ethics-form" noValidate onSubmit={(event) => void form.submit(event, { save: (d) => update(toPatch(d, fields)) })}>
        {extra}
        {fields.map((f) => {
          const common = { label: f.label, name: f.key, hint: f.hint, error: errors[f.key] };
          switch (f.kind) {
            case 'textarea':
              return <TextAreaField key={f.key} {...common} rows={3} value={draft[f.key]} onChange={(e) => set(f.key, e.target.value)} />;
            case 'consultants': {
              const chosen = (draft[f.key] ?? '').split(',').filter(Boolean);
              return (
                <div key={f.key} className="ethics-consultants">
                  <SelectField
                    {...common}
                    value=""
                    onChange={(e) => e.target.value && set(f.key, [...chosen, e.target.value].join(','))}
                    options={[{ value: '', label: chosen.length ? 'Add another consultant…' : 'Choose a consultant…' }, ...staff.filter((s) => !chosen.includes(s.id)).map((s) => ({ value: s.id, label: s.name }))]}
                  />
                  <ul className="ethics-chips">
                    {chosen.map((id) => (
                      <li key={id}>
                        {staff.find((s) => s.id === id)?.name ?? ethicsCase.consultantNames[ethicsCase.consultantIds.indexOf(id)] ?? 'Staff member'}
                        <button type="button" aria-label="Remove consultant" onClick={() => set(f.key, chosen.filter((c) => c !== id).join(','))}>×</button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            }
            default:
              return (
                <TextField
                  key={f.key}
                  {...common}
                  type={f.kind === 'date' ? 'date' : f.kind === 'datetime' ? 'datetime-local' : f.kind === 'minutes' ? 'number' : 'text'}
                  value={draft[f.key]}
                  onChange={(e) => set(f.key, e.target.value)}
                />
              );
          }
        })}
        {message && <p className="ethics-error" role="alert">{message}</p>}
        <div className="ethics-actions">
          <Button type="submit" variant="primary" busy={saving}>Save</Button>
        </div>
      </form>
    </Card>
  );
}
