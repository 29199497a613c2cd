import { useEffect, useRef } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { afterFirstFiles } from '../../db/prefetch';

type InitFn = typeof import('echarts/core').init;

let echartsReady: Promise<InitFn> | null = null;

/**
 * ECharts (with zrender, the largest part of the app's JS) is a separate chunk, loaded once with
 * the chart types, components and SVG renderer the app uses. A failed download is retried on the
 * next chart.
 */
function loadECharts(): Promise<InitFn> {
  if (!echartsReady) {
    echartsReady = Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]).then(
      ([core, charts, components, renderers]) => {
        core.use([
          charts.LineChart,
          charts.BarChart,
          components.GridComponent,
          components.TooltipComponent,
          components.MarkLineComponent,
          components.AriaComponent,
          renderers.SVGRenderer,
        ]);
        return core.init;
      },
      (e: unknown) => {
        echartsReady = null;
        throw e;
      },
    );
  }
  return echartsReady;
}

// Start the download with the page (the overview draws charts as soon as its data arrives), without
// putting ECharts into the first bundle, and once the snapshot files of the first page are in, so
// its chunks do not queue in front of them.
if (typeof window !== 'undefined') afterFirstFiles(() => loadECharts().catch((e: unknown) => console.error('ECharts gagal dimuat', e)));

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
 * Draw `option`. Series, axes and grid are replaced; the other components (tooltip, aria) are
 * updated in place: replacing the tooltip would rebuild its HTML element and force a style
 * recalculation of the whole page on every update.
 */
function applyOption(instance: ECharts, option: EChartsCoreOption, description: string): void {
  const tooltip = option.tooltip && !Array.isArray(option.tooltip) ? { ...(option.tooltip as object), appendTo: ownElement } : option.tooltip;
  instance.setOption(
    { ...option, ...(tooltip ? { tooltip } : {}), aria: { enabled: true, label: { description } } },
    { replaceMerge: ['series', 'xAxis', 'yAxis', 'grid'] },
  );
}

/**
 * The tooltip's element goes into the chart's own element (where ECharts puts it by default), but
 * named as its container: without one ECharts reads the chart element's computed `position` on
 * every update, which forces a style recalculation of the whole page right after each commit. The
 * element is `position: relative` from the start (ECharts would set that on the first update).
 */
const ownElement = (chartDom: HTMLElement) => chartDom;

/**
 * One ECharts instance in a div: SVG renderer (crisp when printed, searchable text), option
 * replaced on change, resized with its container and before printing, disposed on unmount, and
 * optional item clicks (for cross-filtering). ECharts itself is loaded on demand (`loadECharts`).
 */
export function EChart({ option, description, height = 200, className, testId, onItemClick }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  // The latest option, so the instance created once ECharts has loaded starts with it.
  const latest = useRef({ option, description });
  latest.current = { option, description };

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    let disposed = false;
    let cleanup: (() => void) | undefined;
    loadECharts().then(
      (init) => {
        if (disposed) return;
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
        applyOption(instance, latest.current.option, latest.current.description);
        const resize = () => instance.resize();
        let observer: ResizeObserver | undefined;
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(resize);
          observer.observe(node);
        }
        window.addEventListener('beforeprint', resize);
        window.addEventListener('afterprint', resize);
        cleanup = () => {
          observer?.disconnect();
          window.removeEventListener('beforeprint', resize);
          window.removeEventListener('afterprint', resize);
          instance.dispose();
          chart.current = null;
        };
      },
      (e: unknown) => console.error('ECharts gagal dimuat', e),
    );
    return () => {
      disposed = true;
      cleanup?.();
    };
  }, []);

  // A new option is drawn in the commit's own task (passive effect), so the chart's new SVG is laid
  // out and painted in the same frame as the rest of the commit; a task of its own would cost a
  // frame of its own. The option changes when an answer arrives, not in the render that starts queries.
  useEffect(() => {
    if (chart.current) applyOption(chart.current, latest.current.option, latest.current.description);
  }, [option, description]);

  return (
    <div
      ref={el}
      className={className ? `echart ${className}` : 'echart'}
      style={{ height, width: '100%', position: 'relative' }}
      role="img"
      aria-label={description}
      data-testid={testId}
    />
  );
}
