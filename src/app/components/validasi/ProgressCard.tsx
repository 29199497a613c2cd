import { useTranslation } from 'react-i18next';
import { validasiProgresWilayah, type ProgresWilayahRow } from '../../../core/indicators/validasi';
import { useFormat } from '../../format/useFormat';
import type { QueryLike } from '../panels/StatusPanel';
import { ChartCard, ProgressBars, type TableColumn } from '../views';
import type { ValidasiContext } from './context';
import { NoReport } from './NoReport';
import { completionText, paceText } from './status-text';

interface Props {
  ctx: ValidasiContext;
  query: QueryLike<ProgresWilayahRow[]>;
}

/** Progress bars of the breakdown areas at the period end, each with its completion date or projection; rows drill. */
export function ProgressCard({ ctx, query }: Props) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const rows = (query.data ?? []).filter((r) => r.jenis === 'rincian');
  const parent = query.data?.find((r) => r.jenis === 'induk');
  const title = ctx.level === 'kecamatan' ? t('progress.titleKec') : t('progress.titleKel', { kecamatan: ctx.parentName });
  const none = !!parent && parent.status === 'belum-lapor';
  const nameOf = (r: ProgresWilayahRow) => r.nama ?? ctx.parentName;

  const columns: Array<TableColumn<ProgresWilayahRow>> = [
    { key: 'nama', label: t('progress.colWilayah'), format: (_v, r) => nameOf(r) },
    { key: 'target_kk', label: t('progress.colTarget') },
    { key: 'terverifikasi_kk', label: t('progress.colVerified') },
    { key: 'persen_kk', label: t('progress.colPersen'), format: (v) => (v == null ? '–' : fmt.percent(v as number)) },
    { key: 'target_jiwa', label: t('progress.colTargetJiwa') },
    { key: 'terverifikasi_jiwa', label: t('progress.colJiwa') },
    { key: 'tanggal_laporan', label: t('progress.colLapor'), align: 'left', format: (v) => (v ? fmt.date(v as string) : '–') },
    { key: 'status', label: t('progress.colSelesai'), align: 'left', format: (_v, r) => completionText(r, t, fmt) },
    { key: 'laju_kk_minggu', label: t('progress.colLaju'), format: (v) => (v == null ? '–' : fmt.number(v as number, { digits: 1 })) },
  ];

  return (
    <ChartCard<ProgresWilayahRow[], ProgresWilayahRow>
      title={title}
      subtitle={t('progress.subtitle', { month: ctx.monthText })}
      info={validasiProgresWilayah}
      query={query}
      testId="chart-validasiProgresWilayah"
      table={none ? undefined : { columns, rows: [...rows, ...(parent ? [parent] : [])], rowKey: (r) => `${r.jenis}-${r.kode}` }}
      footer={none ? undefined : <p className="muted">{t('status.projectionNote')}</p>}
    >
      {none ? (
        <NoReport ctx={ctx} first={parent?.laporan_pertama ?? null} compact />
      ) : (
        <>
          <ProgressBars
            rows={rows.map((r) => ({
              key: r.kode,
              label: r.nama ?? r.kode,
              value: r.terverifikasi_kk,
              target: r.target_kk,
              dateText: [completionText(r, t, fmt), r.status === 'berjalan' ? paceText(r, t, fmt) : ''].filter(Boolean).join(', '),
            }))}
            unit={t('units.kk', { ns: 'translation' })}
            label={t('progress.listLabel')}
            selected={ctx.params.kelurahan}
            onSelect={ctx.select}
            testId="validasi-progress-bars"
          />
          <p className="muted small chart-hint">{ctx.level === 'kecamatan' ? t('progress.hintKec') : t('progress.hintKel')}</p>
        </>
      )}
    </ChartCard>
  );
}
