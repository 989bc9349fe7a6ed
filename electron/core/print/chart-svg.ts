// Draws a chart definition as an SVG string in plain Node (ECharts' server-side rendering), for printed pages: the
// same definition the screen draws, so the packet shows what the director saw.
import { createHash } from 'node:crypto';
import { echarts, type ChartDefinition } from '../../../shared/charts/echarts';

export function chartSvg(definition: ChartDefinition, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    // Print is still: no animation, so the SVG holds the final frame.
    chart.setOption({ ...definition, animation: false });
    return withStableClassNames(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts names each chart's CSS classes and clip paths after a per-process instance counter ("zr3-cls-18",
 * "zr3-c0"), so the same chart drawn twice differs, and an issued packet, which compares its data with today's to say
 * what changed, would see a change in every chart. Renamed after the drawing itself, equal charts are equal strings,
 * and different charts on one page still keep their names apart.
 */
function withStableClassNames(svg: string): string {
  // The counters run on across charts, so the numbers are renumbered in order of first use as well as the prefix replaced.
  const numbers = new Map<string, number>();
  const neutral = svg.replace(/\bzr\d+-([a-z]+)-?(\d+)\b/g, (found, kind: string) => {
    if (!numbers.has(found)) numbers.set(found, numbers.size);
    return `zr-${kind}-${numbers.get(found)}`;
  });
  const name = `c${createHash('sha256').update(neutral).digest('hex').slice(0, 10)}`;
  return neutral.replace(/\bzr-([a-z]+)-(\d+)\b/g, `${name}-$1-$2`);
}
