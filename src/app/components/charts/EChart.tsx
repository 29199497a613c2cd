import { useEffect, useRef } from 'react';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

/** The parts of an ECharts mouse event the views use. */
export interface ChartItemEvent {
  componentType?: string;
  seriesIndex?: number;
  dataIndex: number;
  name?: string;
  /** Modifier keys of the click (Ctrl/Cmd/Shift add to a selection instead of replacing it). */
  multi: boolean;
}

export interface EChartProps {
  option: EChartsCoreOption;
  /** Text alternative of the chart (aria-label of the element and ECharts' aria description). */
  description: string;
  height?: number | string;
  className?: string;
  testId?: string;
  /** Click on a data item (bar, point). */
  onItemClick?(e: ChartItemEvent): void;
}

/**
 * One ECharts instance in a div: SVG renderer (crisp when printed, searchable text), option
 * replaced on change, resized with its container and before printing, disposed on unmount, and
 * optional item clicks (for cross-filtering).
 */
export function EChart({ option, description, height = 200, className, testId, onItemClick }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const instance = init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (raw: unknown) => {
      const p = raw as { componentType?: string; seriesIndex?: number; dataIndex?: number; name?: string; event?: { event?: MouseEvent } };
      if (p.dataIndex == null || !click.current) return;
      const ev = p.event?.event;
      click.current({
        componentType: p.componentType,
        seriesIndex: p.seriesIndex,
        dataIndex: p.dataIndex,
        name: p.name,
        multi: !!(ev && (ev.ctrlKey || ev.metaKey || ev.shiftKey)),
      });
    });
    const resize = () => instance.resize();
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(resize);
      observer.observe(node);
    }
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
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
