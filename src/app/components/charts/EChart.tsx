import { useEffect, useRef } from 'react';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

export interface EChartProps {
  option: EChartsCoreOption;
  /** Text alternative of the chart (read by screen readers; also ECharts' aria description). */
  description: string;
  height?: number | string;
  className?: string;
  testId?: string;
}

/**
 * One ECharts instance in a div: SVG renderer (crisp when printed, no canvas needed), option
 * replaced on change, resized with its container, disposed on unmount.
 */
export function EChart({ option, description, height = 200, className, testId }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const instance = init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(node);
    }
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ ...option, aria: { enabled: true, label: { description } } }, { notMerge: true });
  }, [option, description]);

  return (
    <div
      ref={el}
      className={className ? `echart ${className}` : 'echart'}
      style={{ height, width: '100%' }}
      role="img"
      aria-label={description}
      data-testid={testId}
    />
  );
}
