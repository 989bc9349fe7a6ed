// One measure: its definition, its charts and signals, its values (typed, pasted or imported), and a delete that says
// what goes with it.
import { useEffect, useState } from 'react';
import { Badge, Button, Card, PageHeader } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { Dialog } from '../../../ui/Dialog';
import { hashForPlanningView, hashForMeasure } from '../planning-view';
import { MeasureCharts } from './MeasureCharts';
import { MeasureDefinitionForm } from './MeasureDefinitionForm';
import { statusLabel, statusTone } from './status-display';
import { useMeasuresStore } from './store';
import { ValuesGrid } from './ValuesGrid';
import { ValuesImport } from './ValuesImport';

export function MeasureView({ measureId }: { measureId: string | null }) {
  const detail = useMeasuresStore((s) => (measureId && s.detail?.measure.id === measureId ? s.detail : null));
  const scorecard = useMeasuresStore((s) => s.scorecard);
  const load = useMeasuresStore((s) => s.loadMeasure);
  const loadScorecard = useMeasuresStore((s) => s.loadScorecard);
  const removePreview = useMeasuresStore((s) => s.removePreview);
  const removeMeasure = useMeasuresStore((s) => s.removeMeasure);
  const [confirm, setConfirm] = useState<string | null>(null);
  const committees = useMeasuresStore((s) => s.committees);
  const loadCommittees = useMeasuresStore((s) => s.loadCommittees);

  useEffect(() => {
    void loadCommittees();
  }, [loadCommittees]);

  useEffect(() => {
    if (measureId) void load(measureId);
    if (!scorecard) void loadScorecard(null);
  }, [measureId, load, loadScorecard, scorecard]);

  // Goals come from the plan (the strategy screens write them); the scorecard already lists them by perspective.
  const goals = (scorecard?.perspectives ?? []).flatMap((p) => p.goals.map((g) => ({ id: g.id, label: `${p.name} · ${g.title}` })));

  if (!measureId) {
    return (
      <section className="planning-page">
        <PageHeader title="New measure" description="What it counts, how often, which way is better and its target. Values and charts follow once it is saved." />
        <Card><MeasureDefinitionForm measure={null} goals={goals} committees={committees} onSaved={(id) => (window.location.hash = hashForMeasure(id))} /></Card>
      </section>
    );
  }
  if (!detail) return <p className="muted planning-page">Reading the measure…</p>;
  const m = detail.measure;
  return (
    <section className="planning-page">
      <PageHeader
        title={m.name}
        description={<>{m.goalTitle ? `Goal: ${m.goalTitle}` : 'Under no goal'} · {detail.analysis.chartName} · <Badge tone={statusTone[detail.analysis.status]}>{statusLabel(detail.analysis.status)}</Badge></>}
        actions={
          <>
            <HistoryButton entity="measure" id={m.id} name={m.name} />
            <Button onClick={async () => {
              const preview = await removePreview(m.id);
              if (preview) setConfirm(preview.sentence);
            }}>Delete measure…</Button>
          </>
        }
      />
      <Card title="Charts"><MeasureCharts detail={detail} /></Card>
      <Card title="Values">
        <ValuesGrid key={detail.values.map((v) => `${v.id}:${v.period}:${v.numerator}:${v.denominator}:${v.value}:${v.annotation}:${v.pdsaCycleId}:${v.startsPhase}`).join('|')} detail={detail} />
        <ValuesImport detail={detail} />
      </Card>
      <Card title="Definition"><MeasureDefinitionForm key={m.id} measure={m} goals={goals} committees={committees} onSaved={() => undefined} /></Card>
      {confirm && (
        <Dialog
          title={`Delete ${m.name}?`}
          onClose={() => setConfirm(null)}
          footer={
            <>
              <Button onClick={() => setConfirm(null)}>Keep it</Button>
              <Button variant="primary" onClick={async () => {
                if (await removeMeasure(m.id)) window.location.hash = hashForPlanningView({ section: 'measures' });
                setConfirm(null);
              }}>Delete</Button>
            </>
          }
        >
          <p>{confirm}</p>
        </Dialog>
      )}
    </section>
  );
}
