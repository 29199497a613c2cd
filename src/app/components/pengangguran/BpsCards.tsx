import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bpsPasarKerja, pencakerAktifAgustus } from '../../../core/indicators/pengangguran';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { COLOURS } from '../charts/palette';
import { ChartCard, LineChart, type LineSeries, type TableColumn } from '../views';
import { bpsSources, bpsYears, type BpsYear } from './bps-rows';

/**
 * The BPS labour-force series beside the register: the TPT (with TPAK, unemployed and labour
 * force in its table) and the BPS count of unemployed next to the register's active job seekers on
 * 31 August, each with its definition and sources. City level: area filters and selections do
 * not apply (said on the card). Memoised: the survey series depend on the period only, so a cross-filter click (which re-renders
 * the page) does not redraw these charts.
 */
export const BpsCards = memo(function BpsCards({ periode }: { periode: string }) {
  const { t } = useTranslation('pengangguran');
  const { t: tShared } = useTranslation();
  const fmt = useFormat();
  const params = useMemo(() => ({ periode }), [periode]);
  const bps = useIndicator(bpsPasarKerja, params);
  const agustus = useIndicator(pencakerAktifAgustus, params);
  const years = useMemo(() => bpsYears(bps.data ?? [], agustus.data ?? []), [bps.data, agustus.data]);
  const sources = useMemo(() => bpsSources(bps.data ?? []), [bps.data]);
  const percent2 = useCallback((v: number) => fmt.percent(v, { digits: 2 }), [fmt]);
  const tptYears = useMemo(() => years.filter((y) => y.tahun <= Math.max(0, ...(bps.data ?? []).map((r) => r.tahun))), [years, bps.data]);

  const num = (digits?: number) => (v: unknown, r: BpsYear, key?: keyof BpsYear) =>
    v == null ? '—' : `${fmt.number(v as number, digits === undefined ? {} : { digits })}${key && r.turunan.includes(key as never) ? '*' : ''}`;
  const tptColumns: TableColumn<BpsYear>[] = [
    { key: 'tahun', label: t('bps.colYear'), format: (v) => String(v) },
    { key: 'tpt', label: t('bps.colTpt'), align: 'right', format: (v, r) => num(2)(v, r, 'tpt') },
    { key: 'tpak', label: t('bps.colTpak'), align: 'right', format: (v, r) => num(2)(v, r, 'tpak') },
    { key: 'penganggur', label: t('bps.colPenganggur'), align: 'right', format: (v, r) => num()(v, r, 'penganggur') },
    { key: 'angkatan_kerja', label: t('bps.colAngkatanKerja'), align: 'right', format: (v, r) => num()(v, r, 'angkatan_kerja') },
  ];
  const countColumns: TableColumn<BpsYear>[] = [
    { key: 'tahun', label: t('bps.colYear'), format: (v) => String(v) },
    { key: 'penganggur', label: t('bps.colPenganggur'), align: 'right', format: (v, r) => num()(v, r, 'penganggur') },
    { key: 'aktif', label: t('bps.colAktif'), align: 'right', format: (v, r) => num()(v, r) },
  ];

  const tptSeries = useMemo<LineSeries[]>(
    () => [{ key: 'tpt', name: t('bps.tptSeries'), colour: COLOURS.vermillion, points: tptYears.map((y) => ({ x: String(y.tahun), y: y.tpt })) }],
    [tptYears, t],
  );
  const countSeries = useMemo<LineSeries[]>(
    () => [
      { key: 'penganggur', name: t('bps.seriesPenganggur'), colour: COLOURS.vermillion, points: years.map((y) => ({ x: String(y.tahun), y: y.penganggur })) },
      { key: 'aktif', name: t('bps.seriesAktif'), colour: COLOURS.blue, points: years.map((y) => ({ x: String(y.tahun), y: y.aktif })) },
    ],
    [years, t],
  );
  const hasTpt = tptYears.some((y) => y.tpt != null);
  const first = tptYears.find((y) => y.tpt != null)?.tahun;
  const last = [...tptYears].reverse().find((y) => y.tpt != null)?.tahun;

  const sourceList = (
    <details className="source-list">
      <summary>{t('bps.sources')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.sumber}>
            {s.items.join('; ')}: <span className="break">{s.sumber}</span>
          </li>
        ))}
      </ul>
    </details>
  );

  return (
    <>
      <ChartCard
        title={t('bps.tptTitle')}
        subtitle={first && last ? t('bps.tptSubtitle', { from: first, to: last }) : undefined}
        info={bpsPasarKerja}
        query={bps}
        isEmpty={() => !hasTpt}
        table={{ columns: tptColumns, rows: years.filter((y) => y.tpt != null || y.penganggur != null || y.angkatan_kerja != null || y.tpak != null), rowKey: (r) => String(r.tahun) }}
        testId="chart-bpsPasarKerja"
        footer={
          <>
            <p>{tShared('compare.bpsDefinition')}</p>
            <p className="muted">{tShared('compare.cityLevel')}</p>
            <p className="muted">{t('bps.derivedNote')}</p>
            {sourceList}
          </>
        }
      >
        <LineChart
          series={tptSeries}
          title={t('bps.tptTitle')}
          unit="%"
          xKind="category"
          valueFormat={percent2}
          height={240}
          testId="bps-tpt-line"
        />
      </ChartCard>
      <ChartCard
        title={t('bps.countTitle')}
        subtitle={t('bps.countSubtitle')}
        info={{
          definition: {
            id: `${bpsPasarKerja.definition.id} — ${pencakerAktifAgustus.definition.id}`,
            en: `${bpsPasarKerja.definition.en} — ${pencakerAktifAgustus.definition.en}`,
          },
          source: {
            id: `${bpsPasarKerja.source.id}; ${pencakerAktifAgustus.source.id}`,
            en: `${bpsPasarKerja.source.en}; ${pencakerAktifAgustus.source.en}`,
          },
        }}
        query={[bps, agustus]}
        isEmpty={() => years.every((y) => y.penganggur == null && y.aktif == null)}
        table={{ columns: countColumns, rows: years.filter((y) => y.penganggur != null || y.aktif != null), rowKey: (r) => String(r.tahun) }}
        testId="chart-pencakerAktifAgustus"
        footer={
          <>
            <p className="muted">{tShared('compare.cityLevel')}</p>
            <ul className="png-notes">
              <li>{t('bps.agustusNote')}</li>
              <li>{tShared('compare.why1')}</li>
              <li>{tShared('compare.why2')}</li>
              <li>{t('bps.notComparable')}</li>
            </ul>
          </>
        }
      >
        <LineChart series={countSeries} title={t('bps.countTitle')} unit={tShared('units.orang')} xKind="category" height={240} testId="bps-count-line" />
      </ChartCard>
    </>
  );
});
