// Draws a chart definition as an SVG string in plain Node (ECharts' server-side rendering), for printed pages: the
// same definition the screen draws, so the packet shows what the director saw.
import { echarts, type ChartDefinition } from '../../../shared/charts/echarts';

export function chartSvg(definition: ChartDefinition, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    // Print is still: no animation, so the SVG holds the final frame.
    chart.setOption({ ...definition, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
