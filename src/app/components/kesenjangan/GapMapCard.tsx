import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganKelurahan, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { AreaMap, ChartCard, drillPatch } from '../views';

/**
 * The view's map: active job seekers matching the selections by kelurahan of residence, with the
 * open positions at companies in each kelurahan in the tooltip and list. A click drills
 * kota → kecamatan → kelurahan (and back on a second click).
 */
export function GapMapCard(props: { view: ViewState; params: KesenjanganParams; periodText: string; span?: 1 | 2 }) {
  const { view, params, periodText, span = 1 } = props;
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganKelurahan, params);
  const rows = q.data;
  const values = useMemo(() => new Map((rows ?? []).map((r) => [r.kode_kelurahan, r.pencaker])), [rows]);
  const posisi = useMemo(() => new Map((rows ?? []).map((r) => [r.kode_kelurahan, r.posisi])), [rows]);
  const { filters, setFilters } = view;
  const onSelect = useCallback((kode: string) => setFilters(drillPatch(filters, kode)), [filters, setFilters]);
  const tooltip = useCallback(
    (kode: string, nama: string, v: number | undefined) =>
      t('map.tooltip', { name: nama, pencaker: fmt.number(v ?? 0), posisi: fmt.number(posisi.get(kode) ?? 0) }),
    [t, fmt, posisi],
  );
  const listText = useCallback(
    (kode: string, v: number | undefined) => t('map.listText', { pencaker: fmt.number(v ?? 0), posisi: fmt.number(posisi.get(kode) ?? 0) }),
    [t, fmt, posisi],
  );
  return (
    <ChartCard
      title={t('map.title')}
      subtitle={t('map.subtitle', { period: periodText })}
      info={kesenjanganKelurahan}
      query={q}
      testId={`chart-${kesenjanganKelurahan.id}`}
      span={span}
      footer={t('map.note')}
      table={{
        columns: [
          { key: 'nama_kelurahan', label: t('labels.kelurahan') },
          { key: 'pencaker', label: t('labels.supply') },
          { key: 'posisi', label: t('labels.demandTerbuka') },
          { key: 'rasio', label: t('labels.ratio'), format: (v) => (v == null ? t('labels.noDemand') : fmt.number(v as number, { digits: 1 })) },
        ],
        rows: rows ?? [],
        rowKey: (r) => r.kode_kelurahan,
      }}
    >
      <AreaMap
        values={values}
        legendTitle={t('map.legend')}
        ariaLabel={t('map.aria')}
        selectedKecamatan={filters.kecamatan}
        selectedKelurahan={filters.kelurahan}
        onSelect={onSelect}
        tooltip={tooltip}
        valueLabel={t('map.listValue')}
        listText={listText}
        testId="kesenjangan-map"
      />
    </ChartCard>
  );
}
