// Motions: each with its kind, text, mover, seconder, tally and the result the core computed; suggested motions for the
// prior minutes, any policy version on the agenda and the consent agenda (one motion for its items), prefilled with what
// they approve.
import { useState } from 'react';
import { describeTally, thresholdLabel } from '../../../../../shared/domain/quorum';
import { Badge, Button, PlusIcon } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { motionKindLabel, resultLabel, resultTone, voteLabel } from '../labels';
import { MotionDialog, type MotionPrefill } from './MotionDialog';
import type { Meeting, Motion } from './store';

/** Motions the agenda calls for and that have not yet carried; items on the consent agenda go with its one motion. */
function suggestedMotions(meeting: Meeting): MotionPrefill[] {
  const carried = new Set(meeting.motions.filter((m) => m.result === 'carried' && m.subject).map((m) => `${m.subject!.kind}:${m.subject!.id}`));
  const consent = meeting.agenda.filter((item) => item.consent);
  const consentMotion: MotionPrefill[] = consent.length && !carried.has(`consent-agenda:${meeting.id}`)
    ? [{
        kind: 'approve', text: 'Approve the consent agenda as circulated', agendaItemId: null, subject: { kind: 'consent-agenda', id: meeting.id },
        subjectLabel: `the consent agenda (${consent.length} item${consent.length === 1 ? '' : 's'}): ${consent.map((item) => item.link?.id ? item.link.label : item.title).join('; ')}`,
      }]
    : [];
  return [...consentMotion, ...meeting.agenda.filter((item) => !item.consent).flatMap((item): MotionPrefill[] => {
    const link = item.link;
    // The slate names no record: its motion's subject is the agenda item that carries it.
    if (link?.kind === 'recommendation-slate' && !carried.has(`recommendation-slate:${item.id}`)) {
      return [{ kind: 'approve', text: 'Adopt the reappointment recommendation slate as presented', agendaItemId: item.id, subject: { kind: 'recommendation-slate', id: item.id }, subjectLabel: 'the reappointment recommendation slate' }];
    }
    if (!link?.id) return [];
    if (link.kind === 'prior-minutes' && !carried.has(`minutes:${link.id}`)) {
      return [{ kind: 'approve', text: `Approve the ${link.label.replace(/^Minutes/, 'minutes')} as circulated`, agendaItemId: item.id, subject: { kind: 'minutes', id: link.id }, subjectLabel: link.label }];
    }
    if (link.kind === 'policy-version' && !carried.has(`policy-version:${link.id}`)) {
      return [{ kind: 'approve', text: `Approve ${link.label}`, agendaItemId: item.id, subject: { kind: 'policy-version', id: link.id }, subjectLabel: link.label }];
    }
    return [];
  })];
}

function suggestionLabel(prefill: MotionPrefill): string {
  if (prefill.subject?.kind === 'consent-agenda') return 'Motion to approve the consent agenda';
  if (prefill.subject?.kind === 'recommendation-slate') return 'Motion to adopt the recommendation slate';
  return prefill.subject?.kind === 'minutes' ? 'Motion to approve the minutes' : `Motion to approve ${prefill.subjectLabel ?? 'the policy'}`;
}

export function MotionsPanel({ meeting }: { meeting: Meeting }) {
  const [dialog, setDialog] = useState<{ prefill: MotionPrefill | null } | null>(null);
  const suggestions = meeting.locked ? [] : suggestedMotions(meeting);
  return (
    <section aria-label="Motions" className="meetings__stack">
      <div className="meetings__panel-head">
        <div className="meetings__suggestions">
          {suggestions.map((s) => (
            <Button key={`${s.subject?.kind}:${s.subject?.id}`} onClick={() => setDialog({ prefill: s })}>{suggestionLabel(s)}</Button>
          ))}
        </div>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ prefill: null })} disabled={meeting.locked}>Record a motion</Button>
      </div>
      {meeting.motions.length === 0 ? (
        <p className="meetings__empty">No motions recorded yet.</p>
      ) : (
        <ol className="motions" aria-label="Motions recorded">
          {meeting.motions.map((motion) => <MotionCard key={motion.id} motion={motion} meeting={meeting} />)}
        </ol>
      )}
      {dialog && <MotionDialog meeting={meeting} prefill={dialog.prefill} onClose={() => setDialog(null)} />}
    </section>
  );
}

function MotionCard({ motion, meeting }: { motion: Motion; meeting: Meeting }) {
  const item = meeting.agenda.find((a) => a.id === motion.agendaItemId);
  const consent = motion.subject?.kind === 'consent-agenda' ? meeting.agenda.filter((a) => a.consent) : [];
  return (
    <li className="motion" data-testid="motion">
      <div className="motion__head">
        <span className="motion__kind">{motionKindLabel[motion.kind]}</span>
        <Badge tone={resultTone[motion.result]}>{resultLabel[motion.result]}</Badge>
        <HistoryButton entity="motion" id={motion.id} name={`the motion “${motion.text.length > 60 ? `${motion.text.slice(0, 60)}…` : motion.text}”`} />
      </div>
      <p className="motion__text">{motion.text}</p>
      {consent.length > 0 && <p className="meetings__muted" data-testid="motion-consent-items">Consent agenda: {consent.map((a) => a.link?.id ? a.link.label : a.title).join('; ')}.</p>}
      <p className="meetings__muted">
        {[motion.moverName && `Moved by ${motion.moverName}`, motion.seconderName ? `seconded by ${motion.seconderName}` : 'no seconder', item && `on item “${item.title}”`].filter(Boolean).join(', ')}.
      </p>
      <p className="motion__tally">{describeTally(motion.tally)}{motion.threshold && ` — needed ${motion.threshold === 'majority' ? 'a majority' : thresholdLabel[motion.threshold]} of the votes cast`}</p>
      {motion.votes.length > 0 && (
        <details className="motion__votes">
          <summary>Each member’s vote</summary>
          <ul>
            {motion.votes.map((v) => <li key={v.memberId}>{v.name}: {voteLabel[v.vote]}</li>)}
          </ul>
        </details>
      )}
    </li>
  );
}
