import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validasiProgresSeri, type ProgresSeriRow } from '../../../core/indicators/validasi';
import { useFormat } from '../../format/useFormat';
import type { QueryLike } from '../panels/StatusPanel';
import { ChartCard, type TableColumn } from '../views';
import type { ValidasiContext } from './context';
import { NoReport } from './NoReport';
import { ProgressLineChart, type ProgressLine } from './ProgressLineChart';

interface Props {
  ctx: ValidasiContext;
  query: QueryLike<ProgresSeriRow[]>;
  /** First report of the shown area, for the empty state. */
  firstReport: string | null;
}

type PivotRow = Record<string, string | number | null>;

/** Cumulative verification lines per breakdown area and for the parent area, over all reports up to the period end. */
export function LinesCard({ ctx, query, firstReport }: Props) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const rows = useMemo(() => query.data ?? [], [query.data]);
  const lines = useMemo<ProgressLine[]>(() => {
    const byKey = new Map<string, ProgressLine>();
    for (const r of rows) {
      let line = byKey.get(r.kode + r.jenis);
      if (!line) {
        const name = r.jenis === 'induk' ? t('lines.total', { area: r.nama ?? ctx.parentName }) : (r.nama ?? r.kode);
        line = { key: r.jenis === 'induk' ? `induk-${r.kode}` : r.kode, name, parent: r.jenis === 'induk', points: [] };
        byKey.set(r.kode + r.jenis, line);
      }
      line.points.push({ date: r.tanggal, persen: r.persen_kk, verified: r.terverifikasi_kk, target: r.target_kk });
    }
    return [...byKey.values()].sort((a, b) => Number(!!b.parent) - Number(!!a.parent) || a.key.localeCompare(b.key));
  }, [rows, t, ctx.parentName]);

  const { columns, pivot } = useMemo(() => {
    const cols: Array<TableColumn<PivotRow>> = [
      { key: 'tanggal', label: t('lines.colTanggal'), align: 'left', format: (v) => fmt.date(String(v)) },
      ...lines.map((l) => ({
        key: l.key,
        label: `${l.name} (%)`,
        format: (v: unknown) => (v == null ? '–' : fmt.percent(v as number)),
      })),
    ];
    const byDate = new Map<string, PivotRow>();
    for (const l of lines) {
      for (const p of l.points) {
        const row = byDate.get(p.date) ?? { tanggal: p.date };
        row[l.key] = p.persen;
        byDate.set(p.date, row);
      }
    }
    return { columns: cols, pivot: [...byDate.values()].sort((a, b) => String(a.tanggal).localeCompare(String(b.tanggal))) };
  }, [lines, t, fmt]);

  const title = ctx.level === 'kecamatan' ? t('lines.titleKec') : t('lines.titleKel', { kecamatan: ctx.parentName });
  const empty = query.data !== undefined && rows.length === 0;
  return (
    <ChartCard<ProgresSeriRow[], PivotRow>
      title={title}
      subtitle={t('lines.subtitle', { month: ctx.monthText })}
      info={validasiProgresSeri}
      query={query}
      status={empty && !query.isError ? 'ready' : undefined}
      testId="chart-validasiProgresSeri"
      span={2}
      table={empty ? undefined : { columns, rows: pivot, rowKey: (r) => String(r.tanggal) }}
      footer={empty ? undefined : <p className="muted">{t('lines.hint')}</p>}
    >
      {empty ? (
        <NoReport ctx={ctx} first={firstReport} compact />
      ) : (
        <ProgressLineChart
          lines={lines}
          title={title}
          selected={ctx.params.kelurahan}
          onSelect={ctx.select}
          legendLabel={t('lines.legend')}
        />
      )}
    </ChartCard>
  );
}
