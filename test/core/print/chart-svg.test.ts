// A chart definition drawn for print in plain Node: an SVG with the series' points and the labels the definition
// names, and no animation frames left half-drawn.
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../electron/core/print/chart-svg';

describe('chartSvg', () => {
  it('draws a definition as a standalone SVG of the requested size', () => {
    const svg = chartSvg(
      {
        xAxis: { type: 'category', data: ['2026-01', '2026-02', '2026-03'] },
        yAxis: { type: 'value' },
        series: [{ type: 'line', data: [0.12, 0.3, 0.18], markLine: { symbol: 'none', data: [{ yAxis: 0.2, name: 'Target' }], label: { formatter: 'Target' } } }],
      },
      { width: 640, height: 240 },
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/width="640"/);
    expect(svg).toMatch(/height="240"/);
    expect(svg).toContain('2026-02');
    expect(svg).toContain('Target');
    expect(svg).toContain('<path');
  });

  it('draws the same chart as the same string every time (an issued packet compares them), and different charts apart', () => {
    const definition = (months: string[]) => ({
      xAxis: { type: 'category' as const, data: months },
      yAxis: { type: 'value' as const },
      series: [{ type: 'line' as const, data: [1, 2, 3] }],
    });
    const first = chartSvg(definition(['2026-01', '2026-02', '2026-03']), { width: 320, height: 160 });
    const again = chartSvg(definition(['2026-01', '2026-02', '2026-03']), { width: 320, height: 160 });
    const other = chartSvg(definition(['2026-04', '2026-05', '2026-06']), { width: 320, height: 160 });
    expect(other).not.toBe(first);
    expect(again).toBe(first);
    const names = (svg: string) => new Set(svg.match(/(?:class|id)="([^"]+)"/g));
    expect([...names(first)].filter((n) => names(other).has(n))).toEqual([]);
  });
});
