// The 5×5 risk heat map as one chart definition: likelihood up, impact across, each cell in its band's colour and
// labelled with the references of the risks that sit in it. The Risks screen and the printed packet both draw this.
import { escalationScore, riskBandColour, riskScaleMax, riskScore } from '../domain/risk';
import type { ChartDefinition } from './echarts';

export interface HeatMapRisk {
  /** What the cell shows for this risk: its reference ("R-07"), or a short title when it has none. */
  label: string;
  likelihood: number;
  impact: number;
}

const scale = Array.from({ length: riskScaleMax }, (_, i) => String(i + 1));
/** More labels than this in a cell would spill over it: the rest are counted. */
const labelsPerCell = 4;

function cellText(labels: readonly string[], score: number): string {
  if (labels.length === 0) return String(score);
  const shown = labels.slice(0, labelsPerCell);
  const more = labels.length - shown.length;
  // ECharts reads braces and pipes in a formatter as rich-text markup: references never need them.
  return [...shown, ...(more > 0 ? [`+${more} more`] : [])].map((l) => l.replace(/[{}|]/g, '')).join('\n');
}

export function riskHeatMapDefinition(risks: readonly HeatMapRisk[], options: { title?: string } = {}): ChartDefinition {
  const data = [];
  for (let likelihood = 1; likelihood <= riskScaleMax; likelihood++) {
    for (let impact = 1; impact <= riskScaleMax; impact++) {
      const score = riskScore({ likelihood, impact });
      const here = risks.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.label);
      data.push({
        value: [impact - 1, likelihood - 1, score],
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, opacity: here.length ? 1 : 0.45 },
        label: { show: true, formatter: cellText(here, score), color: '#1a1a1a', fontSize: here.length ? 11 : 10, fontWeight: here.length ? 'bold' as const : 'normal' as const },
      });
    }
  }
  return {
    animation: false,
    ...(options.title ? { title: { text: options.title, left: 'center', textStyle: { fontSize: 13 } } } : {}),
    grid: { left: 64, right: 16, top: options.title ? 36 : 12, bottom: 48 },
    xAxis: {
      type: 'category', data: scale, name: 'Impact', nameLocation: 'middle', nameGap: 28, splitArea: { show: false },
      axisTick: { show: false }, axisLine: { show: false },
    },
    yAxis: {
      type: 'category', data: scale, name: 'Likelihood', nameLocation: 'middle', nameGap: 36, splitArea: { show: false },
      axisTick: { show: false }, axisLine: { show: false },
    },
    // The band colours by score (the third value): ECharts draws a heat map's cells through a visual map.
    visualMap: {
      type: 'piecewise', show: false, dimension: 2,
      pieces: [
        { min: 1, max: 4, color: riskBandColour.low },
        { min: 5, max: 9, color: riskBandColour.moderate },
        { min: 10, max: escalationScore - 1, color: riskBandColour.high },
        { min: escalationScore, max: 25, color: riskBandColour.extreme },
      ],
    },
    series: [{ type: 'heatmap', data, emphasis: { disabled: true } }],
  };
}
