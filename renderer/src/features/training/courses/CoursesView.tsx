// Courses: what can be completed, with its credit type and amount (quarter credits), modality, validity, topics and the
// policy versions it teaches.
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { creditTypes } from '../../../../../shared/domain/cme';
import { isQuarterStep } from '../../../../../shared/domain/training-due';
import { useDraftForm } from '../../../app/draft-form';
import { call } from '../../../client';
import { Button, CheckboxField, PageHeader, SelectField, TextField, formatDay } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { Dialog } from '../../../ui/Dialog';
import { creditTypeLabels } from '../labels';
import { useTrainingStore, type Course } from '../store';
import { organisationToday } from '../../../app/organisation-today';

type CourseInput = InputOf<'training.saveCourse'>['course'];
const modalityLabels: Record<CourseInput['modality'], string> = { 'in-person': 'In person', online: 'Online', simulation: 'Simulation', blended: 'Blended', conference: 'Conference' };

export function CoursesView() {
  const courses = useTrainingStore((s) => s.courses);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  return (
    <>
      <PageHeader title="Courses" description="What staff complete: credit type and amount, how it is taught, and how long a completion stays valid."
        actions={<Button variant="primary" onClick={() => setEditing('new')}>Add course</Button>} />
      {courses.length === 0 ? <p className="training-empty">No courses yet.</p> : (
        <table className="table" aria-label="Courses">
          <thead>
            <tr>
              <th scope="col" style={{ width: '27%' }}>Course</th>
              <th scope="col" style={{ width: '17%' }}>Provider</th>
              <th scope="col" style={{ width: '17%' }}>Credit</th>
              <th scope="col" style={{ width: '10%' }}>Modality</th>
              <th scope="col" style={{ width: '10%' }}>Valid for</th>
              <th scope="col" style={{ width: '10%' }}>Offered from</th>
              <th scope="col" style={{ width: '9%' }}><span className="visually-hidden">History</span></th>
            </tr>
          </thead>
          <tbody>
            {courses.map((c) => (
              <tr key={c.id} data-testid="course-row">
                <td><button type="button" className="link-button" onClick={() => setEditing(c)}>{c.title}</button>{c.topics.length > 0 && <div className="table__secondary">{c.topics.join(', ')}</div>}</td>
                <td>{c.provider ?? '—'}{c.accreditingBody && <div className="table__secondary">{c.accreditingBody}</div>}</td>
                <td className="tabular">{c.creditType === 'none' ? 'No credit' : `${c.credits} ${creditTypeLabels[c.creditType]}`}</td>
                <td>{modalityLabels[c.modality as CourseInput['modality']] ?? c.modality}</td>
                <td>{c.validityMonths ? `${c.validityMonths} months` : 'No end'}</td>
                <td className="tabular">{formatDay(c.availableFrom)}</td>
                <td><HistoryButton entity="trainingCourse" id={c.id} name={c.title} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <CourseDialog course={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

interface Draft { title: string; provider: string; accreditingBody: string; creditType: CourseInput['creditType']; credits: string; modality: CourseInput['modality']; validityMonths: string; availableFrom: string; topics: string; policyVersionIds: string[] }

function CourseDialog({ course, onClose }: { course: Course | null; onClose(): void }) {
  const saveCourse = useTrainingStore((s) => s.saveCourse);
  const form = useDraftForm<Draft>(() => ({
    title: course?.title ?? '', provider: course?.provider ?? '', accreditingBody: course?.accreditingBody ?? '', creditType: course?.creditType ?? 'ama-pra-1',
    credits: String(course?.credits ?? 1), modality: (course?.modality as CourseInput['modality']) ?? 'online', validityMonths: course?.validityMonths ? String(course.validityMonths) : '',
    availableFrom: course?.availableFrom ?? organisationToday(), topics: course?.topics.join(', ') ?? '',
    policyVersionIds: course?.policyVersionIds ?? [],
  }));
  const versions = useTeachableVersions(course);
  const { draft, edit, errors, message, saving } = form;
  return (
    <Dialog title={course ? 'Edit course' : 'Add course'} onClose={onClose} wide footer={<>
      <Button onClick={onClose}>Cancel</Button>
      <Button type="submit" form="course-form" variant="primary" busy={saving}>{course ? 'Save course' : 'Add course'}</Button>
    </>}>
      <form id="course-form" noValidate className="training-form" onSubmit={(event) => void form.submit(event, {
        // The quarter-credit rule is the contract's; checked here too so the message shows before anything is sent.
        check: (d): Record<string, string> => (isQuarterStep(Number(d.credits)) && d.credits.trim() !== '' ? {} : { credits: 'Credits are claimed in steps of 0.25 (0.25, 0.5, 0.75, 1…)' }),
        save: async (d) => {
          const result = await saveCourse({
            ...(course ? { id: course.id } : {}),
            course: {
              title: d.title, provider: d.provider, accreditingBody: d.accreditingBody, creditType: d.creditType, credits: Number(d.credits), modality: d.modality,
              validityMonths: d.validityMonths.trim() ? Number(d.validityMonths) : null, availableFrom: d.availableFrom,
              topics: d.topics.split(',').map((t) => t.trim()).filter(Boolean), policyVersionIds: d.policyVersionIds,
            },
          });
          if (result.ok) onClose();
          return result;
        },
      })}>
        <TextField label="Title" value={draft.title} onChange={edit('title')} error={errors.title} />
        <div className="training-form__row">
          <TextField label="Provider" value={draft.provider} onChange={edit('provider')} error={errors.provider} />
          <TextField label="Accrediting body" value={draft.accreditingBody} onChange={edit('accreditingBody')} error={errors.accreditingBody} placeholder="ACCME" />
        </div>
        <div className="training-form__row">
          <SelectField label="Credit type" value={draft.creditType} onChange={edit('creditType')} options={creditTypes.map((t) => ({ value: t, label: creditTypeLabels[t] }))} />
          <TextField label="Credits" type="number" step={0.25} min={0} value={draft.credits} onChange={edit('credits')} error={errors.credits} hint="In steps of 0.25; one hour = 1 credit" />
          <SelectField label="Modality" value={draft.modality} onChange={edit('modality')} options={Object.entries(modalityLabels).map(([value, label]) => ({ value, label }))} />
        </div>
        <div className="training-form__row">
          <TextField label="Valid for (months)" type="number" min={1} value={draft.validityMonths} onChange={edit('validityMonths')} error={errors.validityMonths} hint="Empty: a completion never runs out" />
          <TextField label="Offered from" type="date" name="availableFrom" value={draft.availableFrom} onChange={edit('availableFrom')} error={errors.availableFrom} hint="No completion can be earlier" />
        </div>
        <TextField label="Topics" value={draft.topics} onChange={edit('topics')} error={errors.topics} hint="Comma-separated; a state's required CME topics are matched by these" placeholder="Pain management, Implicit bias" />
        <fieldset className="training-form__versions">
          <legend className="field__label">Policy versions it teaches</legend>
          {versions === null ? <p className="field__hint">Reading the policy library…</p> : versions.length === 0 ? <p className="field__hint">No policy is in force or in review.</p> : (
            <div className="training-form__version-list">
              {versions.map((v) => (
                <CheckboxField key={v.id} label={v.label} checked={draft.policyVersionIds.includes(v.id)}
                  onChange={(e) => form.set('policyVersionIds', e.target.checked ? [...draft.policyVersionIds, v.id] : draft.policyVersionIds.filter((id) => id !== v.id))} />
              ))}
            </div>
          )}
        </fieldset>
        {message && <p className="training-alert" role="alert">{message}</p>}
      </form>
    </Dialog>
  );
}

/** The versions a course can teach: each policy's version in force and its open draft, plus any the course already names. */
function useTeachableVersions(course: Course | null): { id: string; label: string }[] | null {
  const [versions, setVersions] = useState<{ id: string; label: string }[] | null>(null);
  useEffect(() => {
    call('policies.list', { limit: 5000 })
      .then((page) => {
        const offered = page.rows.flatMap((p) => [
          ...(p.activeVersion ? [{ id: p.activeVersion.id, label: `${p.reference} v${p.activeVersion.number} — ${p.title} (in force)` }] : []),
          ...(p.openVersion ? [{ id: p.openVersion.id, label: `${p.reference} v${p.openVersion.number} — ${p.title} (draft)` }] : []),
        ]);
        const known = new Set(offered.map((v) => v.id));
        setVersions([...offered, ...(course?.policyVersionIds ?? []).filter((id) => !known.has(id)).map((id) => ({ id, label: 'An earlier version, no longer in force' }))]);
      })
      .catch(() => setVersions([]));
  }, [course]);
  return versions;
}
