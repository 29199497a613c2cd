import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanBivariat } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { AreaMap, BivariateLegend, ChartCard, drillPatch } from '../views';
import { classifyBivariat } from './bivariat';

/**
 * Bivariate choropleth of the kelurahan: x = the kelurahan's share of the city's active job
 * seekers, y = share of its DTSEN persons in desil 1-4, each split into terciles, coloured with the 3×3 palette and
 * keyed by the BivariateLegend. A click (or the list button) drills kota → kecamatan → kelurahan.
 */
export function BivariatCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const q = useIndicator(kemiskinanBivariat, view.params);
  const classes = useMemo(() => classifyBivariat(q.data ?? []), [q.data]);
  const byKode = useMemo(() => new Map(classes.rows.map((r) => [r.kode_kelurahan, r])), [classes]);
  const values = useMemo(
    () => new Map(classes.rows.filter((r) => r.x !== null).map((r) => [r.kode_kelurahan, r.x as number])),
    [classes],
  );
  const levels = useMemo(() => [tc('views.bivariate.low'), tc('views.bivariate.mid'), tc('views.bivariate.high')], [tc]);
  const showX = useCallback((v: number) => fmt.percent(v), [fmt]);
  const showY = useCallback((v: number) => fmt.percent(v), [fmt]);
  const colourOf = useCallback((kode: string) => byKode.get(kode)?.cls?.colour, [byKode]);
  const tooltip = useCallback(
    (kode: string, nama: string) => {
      const r = byKode.get(kode);
      if (!r || r.x === null || r.y === null || !r.cls) return `${nama}: ${tc('views.map.noData')}`;
      return t('bivariat.tooltip', {
        name: nama,
        x: showX(r.x),
        y: showY(r.y),
        xLevel: levels[r.cls.x],
        yLevel: levels[r.cls.y],
      });
    },
    [byKode, t, tc, levels, showX, showY],
  );
  const listText = useCallback(
    (kode: string) => {
      const r = byKode.get(kode);
      if (!r || r.x === null || r.y === null || !r.cls) return '–';
      return t('bivariat.listValue', { x: showX(r.x), y: showY(r.y), xLevel: levels[r.cls.x], yLevel: levels[r.cls.y] });
    },
    [byKode, t, levels, showX, showY],
  );
  const onSelect = useCallback((kode: string) => view.setFilters(drillPatch(view.filters, kode)), [view]);
  const classText = (r: (typeof classes.rows)[number]) =>
    r.cls ? t('bivariat.classText', { x: t('bivariat.x'), y: t('bivariat.y'), xLevel: levels[r.cls.x], yLevel: levels[r.cls.y] }) : '–';

  return (
    <ChartCard
      title={t('bivariat.title')}
      subtitle={t('bivariat.subtitle', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanBivariat}
      query={q}
      isEmpty={(d) => d.every((r) => r.x === null || r.y === null)}
      testId="chart-kemiskinanBivariat"
      span={2}
      minHeight={360}
      table={{
        columns: [
          { key: 'nama_kelurahan', label: t('bivariat.colKel') },
          { key: 'pencaker', label: t('bivariat.colPencaker') },
          { key: 'dtsen_jiwa', label: t('bivariat.colJiwa') },
          { key: 'dtsen_miskin', label: t('bivariat.colMiskin') },
          { key: 'x', label: t('bivariat.colX'), format: (v) => (v == null ? '–' : showX(v as number)) },
          { key: 'y', label: t('bivariat.colY'), format: (v) => (v == null ? '–' : showY(v as number)) },
          { key: 'per_seribu_dtsen', label: t('bivariat.colPerSeribu'), format: (v) => (v == null ? '–' : fmt.number(v as number, { digits: 1 })) },
          { key: 'cls', label: t('bivariat.colClass'), align: 'left', format: (_v, r) => classText(r) },
        ],
        rows: classes.rows,
        rowKey: (r) => r.kode_kelurahan,
      }}
      footer={
        <>
          <p data-testid="bivariat-both">
            {classes.bothHigh.length
              ? t('bivariat.both', { list: classes.bothHigh.map((r) => r.nama_kelurahan).join(', ') })
              : t('bivariat.bothNone')}
          </p>
          <p className="muted">{t('bivariat.note')}</p>
        </>
      }
    >
      <AreaMap
        values={values}
        colourOf={colourOf}
        legendTitle={t('bivariat.listHeader')}
        valueLabel={t('bivariat.listHeader')}
        ariaLabel={t('bivariat.aria')}
        tooltip={tooltip}
        listText={listText}
        selectedKecamatan={view.filters.kecamatan}
        selectedKelurahan={view.filters.kelurahan}
        onSelect={onSelect}
        testId="kemiskinan-map"
        legend={
          <BivariateLegend
            title={t('bivariat.legend')}
            xLabel={t('bivariat.xFull')}
            yLabel={t('bivariat.yFull')}
            xBreaks={classes.xBreaks}
            yBreaks={classes.yBreaks}
            counts={classes.counts}
            valueFormat={(v) => fmt.percent(v)}
            testId="kemiskinan-bivariate-legend"
          />
        }
      />
    </ChartCard>
  );
}
