// Beside a policy's attestation compliance: the training its read-and-sign brings (same people, asked again at each new
// version), how many are current, and the way to require it.
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { Button, SelectField, toastError, toastSuccess } from '../../../ui';
import '../training.css';

type Compliance = OutputOf<'training.policyCompliance'>;

export function PolicyTrainingCompliance({ policyId, assignedCount }: { policyId: string; assignedCount: number }) {
  const [compliance, setCompliance] = useState<Compliance | null>(null);
  const [courses, setCourses] = useState<OutputOf<'training.courses'>>([]);
  const [courseId, setCourseId] = useState('');
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    try {
      const [c, list] = await Promise.all([call('training.policyCompliance', { policyId }), call('training.courses', {})]);
      setCompliance(c);
      setCourses(list);
    } catch (error) {
      toastError('Training compliance could not be read', error);
    }
  }, [policyId]);
  useEffect(() => {
    void load();
  }, [load, assignedCount]);

  async function require() {
    const chosen = courseId || courses[0]?.id;
    if (!chosen) return;
    setBusy(true);
    try {
      const requirement = await call('training.requireForPolicy', { policyId, courseId: chosen });
      toastSuccess(compliance?.requirementId ? 'Training requirement updated' : 'Training required', `${requirement.counts.assigned} people assigned`);
      await announceDatabaseChanged();
      await load();
    } catch (error) {
      toastError('The training requirement was not saved', error);
    } finally {
      setBusy(false);
    }
  }

  if (!compliance) return null;
  const percent = compliance.assigned ? Math.floor((compliance.current / compliance.assigned) * 100) : 0;
  return (
    <div className="policy-training" data-testid="policy-training">
      <div className="compliance__label">Training{compliance.courseTitle ? `: ${compliance.courseTitle}` : ''}</div>
      {compliance.requirementId ? (
        <div className="compliance__value tabular" data-testid="policy-training-compliance">
          {compliance.current} of {compliance.assigned} current ({percent}%){compliance.overdue ? ` · ${compliance.overdue} overdue` : ''}{compliance.exempt ? ` · ${compliance.exempt} exempt` : ''}{compliance.onLeave ? ` · ${compliance.onLeave} on leave, not counted` : ''}
        </div>
      ) : assignedCount === 0 || courses.length === 0 ? (
        <p className="policies__muted">{courses.length === 0 ? 'Add a course under Training to require one with this policy.' : 'Assign the policy first; training goes to the same people.'}</p>
      ) : (
        <div className="policy-training__require">
          <SelectField label="Course that teaches it" value={courseId || courses[0]!.id} onChange={(e) => setCourseId(e.target.value)} options={courses.map((c) => ({ value: c.id, label: c.title }))} />
          <Button onClick={() => void require()} busy={busy}>Require training</Button>
        </div>
      )}
    </div>
  );
}
