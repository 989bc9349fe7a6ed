// Record a motion: kind, text, the agenda item it belongs to, mover, seconder and every voting member's vote. A motion to
// approve the prior minutes or a policy version arrives prefilled with its subject; one written from scratch may retire a
// policy or record it reviewed; a slate motion may except applicants from the recommendation. The core computes the result.
import { useEffect, useState } from 'react';
import { Button, SelectField, TextAreaField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import type { FieldErrors } from '../field-errors';
import { motionKindLabel, optionsOf } from '../labels';
import { initialVoting, MotionVoting, previewOf, votesOf, votingProblems, withRecusals } from './MotionVoting';
import { SlateExceptions, exceptionsOf, type SlateChoices } from './SlateExceptions';
import { useMeetingStore, type DecidablePolicy, type Meeting, type MotionInput, type MotionRules } from './store';
import { useKeptText } from '../../../app/kept-text';

type Kind = MotionInput['kind'];

export interface MotionPrefill {
  kind: Kind;
  text: string;
  agendaItemId: string | null;
  subject: NonNullable<MotionInput['subject']> | null;
  /** What the subject is, in words, shown so the chair sees what a carried motion will do. */
  subjectLabel?: string;
}

export function MotionDialog({ meeting, prefill, onClose }: { meeting: Meeting; prefill: MotionPrefill | null; onClose(): void }) {
  const recordMotion = useMeetingStore((state) => state.recordMotion);
  const [kind, setKind] = useState<Kind>(prefill?.kind ?? 'approve');
  const [text, setText, forgetText] = useKeptText(`motion:${meeting.id}`, prefill?.text ?? '');
  const [agendaItemId, setAgendaItemId] = useState(prefill?.agendaItemId ?? '');
  const [voting, setVoting] = useState(() => initialVoting(meeting));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loadRules = useMeetingStore((state) => state.motionRules);
  const [rules, setRules] = useState<MotionRules | null>(null);
  // A motion written from scratch may decide a policy's retirement or review; a suggested one comes with its subject.
  const [decides, setDecides] = useState<'' | 'policy-retirement' | 'policy-review'>('');
  const [policyId, setPolicyId] = useState('');
  const [policies, setPolicies] = useState<DecidablePolicy[] | null>(null);
  const loadPolicies = useMeetingStore((state) => state.policiesInForce);
  const [slateChoices, setSlateChoices] = useState<SlateChoices>({});
  const subject = prefill?.subject ?? (decides && policyId ? { kind: decides, id: policyId } : null);

  useEffect(() => {
    if (!decides || policies) return;
    void loadPolicies().then(setPolicies);
  }, [decides, policies]);

  // Who is recused and the threshold depend on the kind and the subject: read them again when either changes.
  useEffect(() => {
    let current = true;
    void loadRules({ meetingId: meeting.id, kind, subject }).then((r) => {
      if (!current) return;
      setRules(r);
      setVoting((v) => withRecusals(meeting, v, r));
    });
    return () => {
      current = false;
    };
  }, [meeting.id, kind, subject?.kind, subject?.id]);

  function problemsNow(): FieldErrors {
    const problems = votingProblems(meeting, voting);
    if (!text.trim()) problems['text'] = 'Give the motion’s words.';
    if (decides && !prefill?.subject && !policyId) problems['policy'] = 'Choose the policy this motion decides.';
    return problems;
  }

  // Once the chair has tried to record it, what they put right stops being flagged as they go.
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (tried) setErrors(problemsNow());
  }, [voting, text, decides, policyId]);

  async function submit() {
    const problems = problemsNow();
    setTried(true);
    setErrors(problems);
    setMessage(null);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const result = await recordMotion({
      meetingId: meeting.id, agendaItemId: agendaItemId || null, kind, text, moverMemberId: voting.moverMemberId,
      seconderMemberId: voting.seconderMemberId || null, subject, votes: votesOf(voting),
      slateExceptions: subject?.kind === 'recommendation-slate' ? exceptionsOf(slateChoices) : [],
      // The chair declares what the dialog showed; the core refuses it if the votes it holds cannot give that result.
      declaredResult: previewOf(meeting, voting, rules).result,
    });
    setBusy(false);
    if (result.ok) return (forgetText(), onClose());
    setErrors(result.fieldErrors);
    setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  return (
    <Dialog
      wide
      title="Record a motion"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void submit()}>{busy ? 'Recording…' : 'Record motion'}</Button>
        </>
      }
    >
      <div className="meetings__form">
        {prefill?.subjectLabel && (
          <p className="meetings__note" data-testid="motion-subject">
            {prefill.subject?.kind === 'recommendation-slate'
              ? <>If carried, this motion adopts <strong>{prefill.subjectLabel}</strong>: each applicant on it is recorded with the recommendation brought to this meeting, dated the meeting’s day.</>
              : <>If carried, this motion {prefill.subject?.kind === 'minutes' ? 'approves and locks' : 'approves'}: <strong>{prefill.subjectLabel}</strong></>}
          </p>
        )}
        {!meeting.quorum.quorate && <p className="meetings__warning" role="note">No quorum is recorded: a motion fails without one, whatever the votes.</p>}
        <div className="meetings__form-row">
          <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} options={optionsOf(motionKindLabel)} disabled={!!prefill?.subject} />
          <SelectField
            label="Agenda item"
            value={agendaItemId}
            onChange={(e) => setAgendaItemId(e.target.value)}
            options={[{ value: '', label: 'Not tied to an item' }, ...meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` }))]}
            error={errors['agendaItemId']}
          />
        </div>
        {!prefill?.subject && (
          <div className="meetings__form-row">
            <SelectField
              label="If carried, it also"
              hint={decides === 'policy-retirement' ? 'The motion’s words are kept as the reason.' : undefined}
              value={decides}
              onChange={(e) => setDecides(e.target.value as typeof decides)}
              options={[
                { value: '', label: 'Records the motion only' },
                { value: 'policy-retirement', label: 'Retires a policy' },
                { value: 'policy-review', label: 'Records a policy reviewed, no revision needed' },
              ]}
            />
            {decides && (
              <SelectField
                label="Policy"
                value={policyId}
                onChange={(e) => setPolicyId(e.target.value)}
                options={[{ value: '', label: policies === null ? 'Reading the policies in force…' : policies.length ? 'Choose a policy in force' : 'No policy is in force' }, ...(policies ?? []).map((p) => ({ value: p.id, label: p.label }))]}
                error={errors['policy']}
              />
            )}
          </div>
        )}
        <TextAreaField label="Motion" value={text} onChange={(e) => setText(e.target.value)} rows={2} error={errors['text']} />
        {subject?.kind === 'recommendation-slate' && <SlateExceptions meetingId={meeting.id} value={slateChoices} onChange={setSlateChoices} />}
        <MotionVoting meeting={meeting} value={voting} onChange={setVoting} errors={errors} rules={rules} />
        {message && <p className="meetings__error" role="alert">{message}</p>}
      </div>
    </Dialog>
  );
}
