// One chart definition, drawn in Node for print: the control chart of a measure comes out as SVG with its legend.
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../electron/core/print/chart-svg';
import { controlChartDefinition, movingRangeDefinition, runChartDefinition } from '../../../shared/charts/measure-charts';
import { analyseMeasure, shiftPeriod } from '../../../shared/domain/spc';

describe('measure charts drawn for print', () => {
  it('draws the XmR chart, its moving-range chart and the run chart as SVG with the legend in words', () => {
    const facts = { type: 'continuous', direction: 'lower-is-better', target: 40, rateMultiplier: null, unit: 'min' } as const;
    const readings = Array.from({ length: 24 }, (_, i) => ({ period: shiftPeriod('2025-01', 'monthly', i), numerator: null, denominator: null, value: i === 22 ? 90 : 45 + (i % 3), startsPhase: false }));
    const analysis = analyseMeasure(facts, readings);
    expect(analysis.signals.some((s) => s.rule === 'beyond-3-sigma')).toBe(true);
    const control = chartSvg(controlChartDefinition(analysis, facts, { title: 'Door to needle' }), { width: 640, height: 260 });
    expect(control).toMatch(/^<svg/);
    for (const word of ['Values', 'Centre line', 'Control limits', 'Target', 'Signals', 'Door to needle']) expect(control).toContain(word);
    expect(chartSvg(movingRangeDefinition(analysis, facts), { width: 640, height: 200 })).toContain('Moving range');
    expect(chartSvg(runChartDefinition(analysis, facts), { width: 640, height: 200 })).toContain('Median');
    // The definition is plain data: it survives JSON (no functions), as the screen and print both need.
    const definition = controlChartDefinition(analysis, facts);
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
  });
});
