// The one chart library, set up once with the parts Chartroom draws: the screen (renderer) and the printed packet
// (core, ECharts' server-side SVG) both import this, so a chart definition draws the same picture in both places.
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, MarkPointComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  LineChart, ScatterChart, BarChart, HeatmapChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, MarkPointComponent,
  TitleComponent, TooltipComponent, VisualMapComponent, SVGRenderer,
]);

export { echarts };
/** A chart definition: plain data (no functions), so the same object serves the screen and the SSR print. */
export type ChartDefinition = EChartsOption;
