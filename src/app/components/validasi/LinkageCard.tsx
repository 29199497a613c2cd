import { useTranslation } from 'react-i18next';
import {
  validasiTautanDtsen,
  type DtsenPencakerRow,
  type TautanDtsenRow,
  type TemuanKualitasRow,
} from '../../../core/indicators/validasi';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import type { QueryLike } from '../panels/StatusPanel';
import { BarChart, ChartCard, type TableColumn } from '../views';
import type { ValidasiContext } from './context';
import { chosenRow } from './ValidasiKpis';

interface Props {
  ctx: ValidasiContext;
  query: QueryLike<TautanDtsenRow[]>;
  dtsen: QueryLike<DtsenPencakerRow[]>;
  kualitas: QueryLike<TemuanKualitasRow[]>;
}

/**
 * The data-linkage panel: share of job seekers whose NIK pseudonym was found in DTSEN per
 * breakdown area, on two bases (active at the period end; everyone registered by then), bars
 * drill; notes give the DTSEN side and the job-seeker rows lost to invalid NIKs.
 */
export function LinkageCard({ ctx, query, dtsen, kualitas }: Props) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const rows = (query.data ?? []).filter((r) => r.jenis === 'rincian');
  const parent = query.data?.find((r) => r.jenis === 'induk');
  const title = ctx.level === 'kecamatan' ? t('tautan.titleKec') : t('tautan.titleKel', { kecamatan: ctx.parentName });
  const side = chosenRow(dtsen.data, ctx.params.kelurahan);
  const rejectedNik = (kualitas.data ?? [])
    .filter((r) => r.tabel === 'pencaker' && r.kategori === 'nik' && r.tingkat === 'ditolak')
    .reduce((a, r) => a + r.jumlah, 0);
  const pct = (v: unknown) => (v == null ? '–' : fmt.percent(v as number));
  const columns: Array<TableColumn<TautanDtsenRow>> = [
    { key: 'nama', label: t('tautan.category'), format: (_v, r) => r.nama ?? ctx.parentName },
    { key: 'aktif', label: t('tautan.colAktif') },
    { key: 'aktif_dtsen', label: t('tautan.colAktifDtsen') },
    { key: 'persen_aktif', label: t('tautan.colAktifPersen'), format: pct },
    { key: 'terdaftar', label: t('tautan.colTerdaftar') },
    { key: 'terdaftar_dtsen', label: t('tautan.colTerdaftarDtsen') },
    { key: 'persen_terdaftar', label: t('tautan.colTerdaftarPersen'), format: pct },
  ];

  return (
    <ChartCard<TautanDtsenRow[], TautanDtsenRow>
      title={title}
      subtitle={t('tautan.subtitle', { month: ctx.monthText })}
      info={validasiTautanDtsen}
      query={query}
      testId="chart-validasiTautanDtsen"
      table={{ columns, rows: [...rows, ...(parent ? [parent] : [])], rowKey: (r) => `${r.jenis}-${r.kode}` }}
      footer={
        <>
          <p className="muted">{t('tautan.bases')}</p>
          {side && side.jiwa > 0 ? (
            <p data-testid="validasi-dtsen-side" data-value={side.persen ?? ''}>
              {t('tautan.dtsenSide', {
                pencaker: fmt.number(side.pencaker),
                jiwa: fmt.number(side.jiwa),
                area: side.nama ?? ctx.parentName,
                persen: side.persen == null ? '–' : fmt.percent(side.persen),
              })}
            </p>
          ) : null}
          {rejectedNik > 0 ? (
            <p data-testid="validasi-rejected-nik" data-value={rejectedNik}>
              {t('tautan.rejectedNik', { n: fmt.number(rejectedNik) })}
            </p>
          ) : null}
        </>
      }
    >
      <BarChart
        rows={rows.map((r) => ({ key: r.kode, label: r.nama ?? r.kode, value: r.persen_aktif ?? 0, secondary: r.persen_terdaftar ?? 0 }))}
        title={title}
        unit="%"
        dim="wilayah"
        categoryLabel={t('tautan.category')}
        selected={ctx.params.kelurahan ? [ctx.params.kelurahan] : []}
        onToggle={(key) => ctx.select(key)}
        valueFormat={(v) => fmt.percent(v)}
        axisFormat={(v) => `${fmt.number(v)}%`}
        stacked={false}
        colour={COLOURS.blue}
        secondaryColour={COLOURS.orange}
        seriesNames={{ value: t('tautan.aktif'), secondary: t('tautan.terdaftar') }}
        testId="validasi-tautan-bars"
      />
    </ChartCard>
  );
}
