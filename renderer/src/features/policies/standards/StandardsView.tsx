// The standards crosswalk: each standard with the policies that meet it and the edition it belongs to. Citations of
// standards a newer edition moved or retired come first, then those no active policy meets; beside them, the
// accreditors' editions, importing a new one, and adding a standard by hand.
import { useEffect, useState } from 'react';
import { standardBodies } from '../../../../../shared/contract/policies';
import { describeStanding } from '../../../../../shared/domain/standard-editions';
import { onDatabaseChanged } from '../../../app/data-events';
import { useDraftForm } from '../../../app/draft-form';
import { fileToBase64 } from '../../../app/files';
import { Badge, Button, Card, CheckboxField, PageHeader, SelectField, TextField, formatDay } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { plural } from '../format';
import { hashForPolicy } from '../policies-view';
import { hasStaleCitations, isMet, useStandardsStore, type EditionImport, type StandardWithPolicies } from './store';

type Body = (typeof standardBodies)[number];
const bodyLabels: Record<Body, string> = { TJC: 'TJC (Joint Commission)', CMS: 'CMS (Conditions of Participation)', DNV: 'DNV (NIAHO)', Other: 'Other' };
const bodyOptions = standardBodies.map((b) => ({ value: b, label: bodyLabels[b] }));

type Filter = 'all' | 'unmet' | 'stale';
const rank = (s: StandardWithPolicies) => (hasStaleCitations(s) ? 0 : s.standing.state === 'stale' ? 3 : isMet(s) ? 2 : 1);

export function StandardsView() {
  const { standards, editions, error, load } = useStandardsStore();
  const [filter, setFilter] = useState<Filter>('all');

  useEffect(() => {
    void load();
    return onDatabaseChanged(load);
  }, [load]);

  const inForce = standards?.filter((s) => s.standing.state !== 'stale') ?? [];
  const unmet = inForce.filter((s) => !isMet(s));
  const stale = standards?.filter(hasStaleCitations) ?? [];
  const shown = (filter === 'unmet' ? unmet : filter === 'stale' ? stale : standards ?? [])
    .slice()
    .sort((a, b) => rank(a) - rank(b) || a.body.localeCompare(b.body) || a.code.localeCompare(b.code, undefined, { numeric: true }));

  return (
    <>
      <PageHeader title="Standards crosswalk" description="Joint Commission, CMS and DNV requirements by edition, with the policies that meet each one." />
      <div className="standards__columns">
        <Card flush>
          <div className="standards__summary">
            {standards && (
              <p data-testid="standards-summary">
                {plural(inForce.length, 'standard')} in force ·{' '}
                <strong className={unmet.length ? 'standards__unmet-count' : ''}>{unmet.length.toLocaleString()} not met by any active policy</strong>
                {stale.length > 0 && (
                  <>
                    {' '}· <strong className="standards__unmet-count" data-testid="stale-summary">{plural(stale.length, 'moved or retired standard')} still cited</strong>
                  </>
                )}
              </p>
            )}
            <SelectField
              label="Show"
              value={filter}
              onChange={(e) => setFilter(e.target.value as Filter)}
              options={[{ value: 'all', label: 'All standards' }, { value: 'unmet', label: 'Not met by any active policy' }, { value: 'stale', label: 'Moved or retired, still cited' }]}
            />
          </div>
          {error && <p className="policies-alert" role="alert">{error}</p>}
          {standards && standards.length === 0 && <p className="library__none">No standards yet. Import your accreditor's edition, or add the standards your surveyors check against.</p>}
          <ul className="standards__list" aria-label="Standards">
            {shown.map((s) => <StandardItem key={s.id} standard={s} />)}
          </ul>
        </Card>
        <div className="standards__side">
          <EditionsCard editions={editions} />
          <ImportEditionCard />
          <AddStandardCard />
        </div>
      </div>
    </>
  );
}

function StandardItem({ standard: s }: { standard: StandardWithPolicies }) {
  const moveCitations = useStandardsStore((state) => state.moveCitations);
  const [busy, setBusy] = useState(false);
  const warning = describeStanding(s.standing, formatDay);
  const successors = s.standing.state === 'current' ? [] : s.standing.successors;
  const tone = s.standing.state === 'stale' && s.policies.length > 0 ? 'stale' : isMet(s) ? 'met' : s.standing.state === 'stale' ? 'retired' : 'unmet';
  return (
    <li className="standards__item" data-standing={tone} data-testid="standard-row">
      <div className="standards__head">
        <span className="standard-code">{s.body} {s.code}</span>
        {tone === 'stale' ? <Badge tone="danger">Cited, but no longer in force</Badge>
          : tone === 'retired' ? <Badge tone="neutral">No longer in force</Badge>
          : isMet(s) ? <Badge tone="success">Met</Badge>
          : <Badge tone="danger">Not met by any active policy</Badge>}
        <HistoryButton entity="standard" id={s.id} name={`${s.body} ${s.code}`} />
      </div>
      <p className="standards__title">{s.title}</p>
      <p className="standards__edition">{s.edition ? `${s.edition.name} · effective ${formatDay(s.edition.effectiveOn)}` : 'Edition not recorded'}</p>
      {warning && (
        <div className={`standards__standing standards__standing--${s.standing.state}`} role="note">
          <span>
            {warning}
            {successors.length > 0 && <> → {successors.map((x) => `${x.body} ${x.code}`).join(', ')}</>}
            {successors.length === 0 && ': no successor; choose what each policy should cite instead'}
          </span>
          {successors.length > 0 && s.policies.length > 0 && (
            <Button busy={busy} onClick={async () => { setBusy(true); await moveCitations(s); setBusy(false); }}>
              Cite {successors.map((x) => x.code).join(' and ')} instead in {plural(s.policies.length, 'policy', 'policies')}
            </Button>
          )}
        </div>
      )}
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
  );
}

function EditionsCard({ editions }: { editions: readonly { id: string; body: Body; name: string; effectiveOn: string; inForce: boolean; standards: number; changes: number }[] }) {
  return (
    <Card title="Editions">
      {editions.length === 0 ? (
        <p className="policies__muted">No edition recorded yet. Import the edition your accreditor publishes, so each citation names it.</p>
      ) : (
        <ul className="side-list" aria-label="Editions">
          {editions.map((e) => (
            <li key={e.id} data-testid="edition-row">
              <div className="standards__head">
                <span className="standard-code">{e.body}</span> {e.name}
                {e.inForce && <Badge tone="info">In force</Badge>}
              </div>
              <div className="policies__muted">
                Effective {formatDay(e.effectiveOn)} · {plural(e.standards, 'standard')}{e.changes > 0 && ` · ${plural(e.changes, 'standard')} moved or retired`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

interface EditionDraft { body: Body; name: string; effectiveOn: string; file: File | null }

function ImportEditionCard() {
  const importEdition = useStandardsStore((s) => s.importEdition);
  const form = useDraftForm<EditionDraft>({ body: 'TJC', name: '', effectiveOn: '', file: null });
  const [report, setReport] = useState<EditionImport | null>(null);
  const [lines, setLines] = useState<string[]>([]);
  const [fileKey, setFileKey] = useState(0);

  return (
    <Card title="Import a new edition">
      <form
        className="policies-form"
        noValidate
        onSubmit={(event) => void form.submit(event, {
          check: (d): Record<string, string> => (d.file ? {} : { file: 'Choose the edition file (CSV with code, title, change, replaces)' }),
          async save(d) {
            setReport(null);
            const result = await importEdition({ body: d.body, name: d.name, effectiveOn: d.effectiveOn, file: { fileName: d.file!.name, dataBase64: await fileToBase64(d.file!) } });
            if (result.ok) {
              setReport(result.value);
              setLines([]);
              form.set('name', '');
              form.set('file', null);
              setFileKey((k) => k + 1);
              return { ok: true };
            }
            // Problems by line are listed under the sentence; the form's own fields keep theirs beside them.
            const byLine = Object.entries(result.fieldErrors).filter(([k]) => k.startsWith('line '));
            setLines(byLine.map(([k, v]) => `${k[0]!.toUpperCase()}${k.slice(1)}: ${v}`));
            return { ok: false, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).filter(([k]) => !k.startsWith('line '))), message: result.message };
          },
        })}
      >
        {form.message && <p className="policies-alert" role="alert">{form.message}</p>}
        {lines.length > 1 && (
          <ul className="standards__problems" aria-label="Problems by line">
            {lines.slice(0, 20).map((l) => <li key={l}>{l}</li>)}
          </ul>
        )}
        <SelectField label="Accreditor" value={form.draft.body} onChange={form.edit('body')} options={bodyOptions} />
        <TextField label="Edition" value={form.draft.name} onChange={form.edit('name')} placeholder="Accreditation 360" error={form.errors['name']} />
        <TextField label="Effective on" type="date" name="effectiveOn" value={form.draft.effectiveOn} onChange={form.edit('effectiveOn')} error={form.errors['effectiveOn']} />
        <label className="field">
          <span className="field__label">Edition file</span>
          <input key={fileKey} type="file" accept=".csv,text/csv" onChange={(e) => form.set('file', e.target.files?.[0] ?? null)} aria-describedby="edition-file-hint" />
          <span className="field__hint" id="edition-file-hint">CSV with the columns code, title, change (new, unchanged, revised, moved, retired) and replaces (the old code of a moved standard; several separated by ";").</span>
          {form.errors['file'] && <span className="field__error" role="alert">{form.errors['file']}</span>}
        </label>
        <Button variant="primary" type="submit" busy={form.saving}>Import edition</Button>
        {report && (
          <p role="status" data-testid="edition-report">
            {report.edition.name}: {plural(report.added, 'new standard')}, {report.carried} carried, {report.moved} moved, {report.retired} retired
            {report.notMentioned > 0 && `; ${plural(report.notMentioned, 'standard')} the file does not mention kept as they were`}.{' '}
            {report.staleCitations > 0 ? <strong>{plural(report.staleCitations, 'citation')} to review.</strong> : 'No citation is affected.'}
          </p>
        )}
      </form>
    </Card>
  );
}

interface StandardDraft { body: Body; editionId: string; code: string; title: string }

function AddStandardCard() {
  const { editions, add } = useStandardsStore();
  const form = useDraftForm<StandardDraft>({ body: 'TJC', editionId: '', code: '', title: '' });
  const ofBody = editions.filter((e) => e.body === form.draft.body);
  return (
    <Card title="Add a standard" className="standards__add">
      <form
        className="policies-form"
        noValidate
        onSubmit={(event) => void form.submit(event, {
          async save(d) {
            const result = await add({ body: d.body, code: d.code, title: d.title, editionId: d.editionId || null });
            if (!result.ok) return result.message && Object.keys(result.fieldErrors).length === 0 && /already in the crosswalk/.test(result.message)
              ? { ok: false, fieldErrors: { code: result.message }, message: result.message }
              : result;
            form.set('code', '');
            form.set('title', '');
            return { ok: true };
          },
        })}
      >
        {form.message && <p className="policies-alert" role="alert">{form.message}</p>}
        <SelectField label="Body" value={form.draft.body} onChange={(e) => { form.set('body', e.target.value as Body); form.set('editionId', ''); }} options={bodyOptions} />
        <SelectField
          label="Edition"
          value={form.draft.editionId}
          onChange={form.edit('editionId')}
          options={[{ value: '', label: 'Not recorded' }, ...ofBody.map((e) => ({ value: e.id, label: `${e.name} (effective ${formatDay(e.effectiveOn)})` }))]}
          error={form.errors['editionId']}
        />
        <TextField label="Code" value={form.draft.code} onChange={form.edit('code')} placeholder="MS.06.01.05" error={form.errors['code']} />
        <TextField label="Title" value={form.draft.title} onChange={form.edit('title')} placeholder="What the standard requires" error={form.errors['title']} />
        <Button variant="primary" type="submit" busy={form.saving}>Add standard</Button>
      </form>
    </Card>
  );
}
