// A measure's charts: the control chart its type calls for (with the moving-range chart for XmR) or the run chart,
// each drawn from the shared definition the packet prints, and every signal explained in words below.
import { useMemo, useState } from 'react';
import { chartDescription, controlChartDefinition, movingRangeDefinition, runChartDefinition } from '../../../../../shared/charts/measure-charts';
import type { MeasureAnalysis } from '../../../../../shared/domain/spc/analysis';
import { Badge, Chart, Tabs } from '../../../ui';
import { effectLabel, effectTone } from './status-display';
import type { MeasureDetail } from './store';

export function MeasureCharts({ detail }: { detail: MeasureDetail }) {
  const [tab, setTab] = useState<'control' | 'run'>('control');
  const analysis = detail.analysis as MeasureAnalysis;
  const m = detail.measure;
  const definitions = useMemo(() => ({
    control: controlChartDefinition(analysis, m),
    movingRange: analysis.kind === 'xmr' ? movingRangeDefinition(analysis, m) : null,
    run: runChartDefinition(analysis, m),
  }), [analysis, m]);
  if (analysis.points.length === 0) return <p className="empty-note">No values yet: the charts appear with the first values.</p>;
  const shown = analysis.signals.filter((s) => (tab === 'run' ? s.chart === 'run' : s.chart !== 'run'));
  return (
    <Tabs label="Charts" tabs={[{ key: 'control', label: analysis.chartName }, { key: 'run', label: 'Run chart' }]} selected={tab} onSelect={(key) => setTab(key as 'control' | 'run')}>
      {tab === 'control' ? (
        <>
          <Chart definition={definitions.control} height={300} label={chartDescription(analysis.chartName, analysis, m, analysis.signals.filter((s) => s.chart === 'control'))} />
          {definitions.movingRange && (
            <>
              <h3 className="chart-subtitle">Moving range</h3>
              <Chart definition={definitions.movingRange} height={170} label={chartDescription('Moving-range chart', analysis, { target: null }, analysis.signals.filter((s) => s.chart === 'moving-range'))} />
            </>
          )}
        </>
      ) : (
        <Chart definition={definitions.run} height={300} label={chartDescription('Run chart', analysis, m, shown)} />
      )}
      {analysis.phases.map((p, i) => (
        <p key={p.from} className="phase-note">
          {analysis.phases.length > 1 ? `Phase ${i + 1} (${p.from} to ${p.to}): ` : ''}{p.caveat ?? `${analysis.phases.length > 1 ? 'limits' : 'Limits'} from the first ${p.baselineCount} points, frozen.`}
        </p>
      ))}
      <h3 className="chart-subtitle">Signals</h3>
      {shown.length === 0 ? (
        <p className="empty-note">No signals: the variation is what this process usually produces.</p>
      ) : (
        <ul className="signal-list" aria-label="Signals">
          {shown.map((s) => (
            <li key={`${s.rule}-${s.indices[0]}-${s.chart}`} className="signal-list__item">
              <Badge tone={effectTone[s.effect]}>{effectLabel[s.effect]}</Badge> <strong>{s.title}.</strong> {s.explanation}
            </li>
          ))}
        </ul>
      )}
    </Tabs>
  );
}
