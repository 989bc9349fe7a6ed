// Draws a chart definition from shared/charts on screen, with the same SVG renderer the printed packet uses.
import { useEffect, useRef } from 'react';
import { echarts, type ChartDefinition } from '../../../shared/charts/echarts';

interface ChartProps {
  definition: ChartDefinition;
  height: number;
  /** What the chart shows, in words, for screen readers (the picture itself is not readable). */
  label: string;
}

export function Chart({ definition, height, label }: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(definition, { notMerge: true });
  }, [definition]);

  return <div ref={host} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
