// One ethics case open on screen: the CASES steps, the request and the patient's identifiers (shown only here), the
// four boxes, the recommendation and its communication, the committee's review, the notes, and the summary.
import { useEffect, useState } from 'react';
import { caseStateLabels, caseStates, consultTypeLabels, narrativeLabels } from '../../../../shared/domain/ethics-cases';
import { Button, Card, TextAreaField, formatDay, formatInstant } from '../../ui';
import { HistoryButton } from '../history/HistoryButton';
import { CaseSection } from './CaseSection';
import { summaryBadge } from './CaseList';
import { SummaryPanel } from './SummaryPanel';
import { useEthicsStore, type EthicsCase } from './store';

export function CaseView({ ethicsCase: c, onBack }: { ethicsCase: EthicsCase; onBack(): void }) {
  const { advance, loadChoices } = useEthicsStore.getState();
  const [stepError, setStepError] = useState<string | null>(null);
  useEffect(() => void loadChoices(), [loadChoices]);
  const at = caseStates.indexOf(c.status);
  const previous = caseStates[at - 1];
  const next = caseStates[at + 1];

  async function move(to: EthicsCase['status']) {
    const result = await advance(to);
    setStepError(result.ok ? null : result.message);
  }

  return (
    <div className="ethics-case">
      <div className="ethics-case__top">
        <Button variant="ghost" onClick={onBack}>← All cases</Button>
        <h2 className="ethics-case__title">{c.caseNumber} · {consultTypeLabels[c.type]} {summaryBadge[c.summaryStatus]}</h2>
      </div>
      <ol className="ethics-steps" aria-label="CASES steps">
        {caseStates.map((s, i) => (
          <li key={s} data-state={i < at ? 'done' : i === at ? 'current' : 'todo'} aria-current={i === at ? 'step' : undefined}>{caseStateLabels[s]}</li>
        ))}
      </ol>
      <div className="ethics-actions">
        {previous && <Button onClick={() => void move(previous)}>Back to “{caseStateLabels[previous]}”</Button>}
        {next && <Button variant="primary" onClick={() => void move(next)}>{next === 'closed' ? 'Close the case' : `Move to “${caseStateLabels[next]}”`}</Button>}
        <HistoryButton entity="ethicsCase" id={c.id} name={`case ${c.caseNumber}`} version={c.updatedAt} />
      </div>
      {stepError && <p className="ethics-error" role="alert">{stepError}</p>}

      <div className="ethics-grid">
        <Card title="Request">
          <dl className="ethics-facts">
            <div><dt>Requested</dt><dd>{formatInstant(c.requestedAt)}</dd></div>
            <div><dt>By</dt><dd>{c.requesterName} ({c.requesterRole})</dd></div>
            <div><dt>Urgency</dt><dd>{c.urgency}</dd></div>
            <div><dt>Unit</dt><dd>{c.unitName ?? '—'}</dd></div>
          </dl>
        </Card>
        <Card title="Patient identifiers" className="ethics-identifiers-card">
          <p className="ethics-muted">Sealed; shown only while this case is open. Never copy them into the narrative.</p>
          <dl className="ethics-facts">
            <div><dt>Patient</dt><dd>{c.identifiers.patientName || '—'}</dd></div>
            <div><dt>MRN</dt><dd>{c.identifiers.mrn || '—'}</dd></div>
            <div><dt>Date of birth</dt><dd>{formatDay(c.identifiers.dateOfBirth)}</dd></div>
            <div><dt>Admitted</dt><dd>{formatDay(c.identifiers.admissionDate)}</dd></div>
          </dl>
        </Card>
      </div>

      <CaseSection
        title="Clarify: the question and the four boxes"
        ethicsCase={c}
        fields={[
          { key: 'question', label: narrativeLabels.question, kind: 'textarea' },
          { key: 'medicalIndications', label: narrativeLabels.medicalIndications, kind: 'textarea', hint: 'Diagnosis, prognosis, the goals of treatment and their likelihood.' },
          { key: 'patientPreferences', label: narrativeLabels.patientPreferences, kind: 'textarea', hint: 'What the patient wants; capacity for this decision; who the surrogate is and on what basis.' },
          { key: 'qualityOfLife', label: narrativeLabels.qualityOfLife, kind: 'textarea' },
          { key: 'contextualFeatures', label: narrativeLabels.contextualFeatures, kind: 'textarea', hint: 'Family, religion, law, resources, conflicts of interest.' },
        ]}
      />
      <CaseSection
        title="Synthesize and explain: recommendation"
        ethicsCase={c}
        fields={[
          { key: 'stakeholders', label: narrativeLabels.stakeholders, kind: 'textarea' },
          { key: 'optionsConsidered', label: narrativeLabels.optionsConsidered, kind: 'textarea' },
          { key: 'recommendation', label: narrativeLabels.recommendation, kind: 'textarea' },
          { key: 'communicatedTo', label: 'Communicated to', kind: 'text' },
          { key: 'communicatedAt', label: 'Communicated at', kind: 'datetime' },
          { key: 'chartNoteDate', label: 'Chart note date', kind: 'date' },
        ]}
      />
      <CaseSection
        title="Support: follow-up, consultants and time"
        ethicsCase={c}
        fields={[
          { key: 'followUp', label: narrativeLabels.followUp, kind: 'textarea' },
          { key: 'consultantIds', label: 'Consultants', kind: 'consultants' },
          { key: 'timeSpentMinutes', label: 'Time spent (minutes)', kind: 'minutes' },
          { key: 'themes', label: 'Themes', kind: 'list', hint: 'Comma-separated, for the reports: surrogate conflict, goals of care…' },
          { key: 'policyRecommendation', label: 'Policy recommendation', kind: 'text', hint: 'A change to policy this case suggests, for the committee report.' },
        ]}
      />
      <CaseSection
        title="Committee review"
        ethicsCase={c}
        fields={[
          { key: 'committeeDiscussion', label: narrativeLabels.committeeDiscussion, kind: 'textarea' },
          { key: 'committeeRecommendation', label: narrativeLabels.committeeRecommendation, kind: 'textarea' },
        ]}
      />
      <NotesCard ethicsCase={c} />
      <SummaryPanel />
    </div>
  );
}

function NotesCard({ ethicsCase: c }: { ethicsCase: EthicsCase }) {
  const { addNote } = useEthicsStore.getState();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Card title="Timeline of notes">
      {c.notes.length === 0 ? <p className="ethics-muted">No notes yet.</p> : (
        <ol className="ethics-timeline">
          {c.notes.map((n) => <li key={n.id}><span className="ethics-muted">{formatInstant(n.at)} · {n.author}</span><p>{n.text}</p></li>)}
        </ol>
      )}
      <form className="ethics-form" noValidate onSubmit={(e) => {
        e.preventDefault();
        void addNote(text).then((r) => (r.ok ? (setText(''), setError(null)) : setError(Object.values(r.fieldErrors)[0] ?? r.message)));
      }}>
        <TextAreaField label="Add a note" rows={2} value={text} onChange={(e) => setText(e.target.value)} error={error ?? undefined} />
        <div className="ethics-actions"><Button type="submit" disabled={!text.trim()}>Add note</Button></div>
      </form>
    </Card>
  );
}
