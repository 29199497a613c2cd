import { useTranslation } from 'react-i18next';
import { ISSUE_MESSAGES } from '../../../core/errors';
import { validasiTemuanKualitas, type TemuanKualitasRow } from '../../../core/indicators/validasi';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import type { QueryLike } from '../panels/StatusPanel';
import { CategoryButtons, ChartCard, type TableColumn } from '../views';
import { useSourceTable } from './useSourceTable';

const SEVERITY_COLOUR: Record<TemuanKualitasRow['tingkat'], string> = {
  ditolak: COLOURS.vermillion,
  diperbaiki: COLOURS.orange,
  catatan: COLOURS.sky,
};

/** Indonesian (or English) sentence of an issue code, from core/errors.ts; the code itself when unknown. */
function issueText(code: string, lang: 'id' | 'en'): string {
  return (ISSUE_MESSAGES as Record<string, { id: string; en: string } | undefined>)[code]?.[lang] ?? code;
}

/**
 * The pipeline's quality findings by source table and issue (invalid NIKs, sex/birth-date
 * mismatches, duplicates, kelurahan), each with its outcome (rejected / repaired / noted) as text
 * and colour, and a bar for its row count. A source-table button highlights that table's findings
 * (kept in the URL). Not affected by period or area: the findings describe the snapshot build.
 */
export function QualityCard({ query }: { query: QueryLike<TemuanKualitasRow[]> }) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const [highlight, setHighlight] = useSourceTable();
  const rows = query.data ?? [];
  const tables = [...new Set(rows.map((r) => r.tabel))];
  const max = Math.max(1, ...rows.map((r) => r.jumlah));
  const label = (r: TemuanKualitasRow) => issueText(r.kode_temuan, fmt.lang);
  const columns: Array<TableColumn<TemuanKualitasRow>> = [
    { key: 'tabel', label: t('kualitas.colTabel') },
    { key: 'kategori', label: t('kualitas.colKategori'), format: (v) => t(`kualitas.kategori.${v as TemuanKualitasRow['kategori']}`) },
    { key: 'kode_temuan', label: t('kualitas.colTemuan'), format: (_v, r) => label(r) },
    { key: 'tingkat', label: t('kualitas.colTingkat'), format: (v) => t(`kualitas.tingkat.${v as TemuanKualitasRow['tingkat']}`) },
    { key: 'jumlah', label: t('kualitas.colJumlah') },
  ];
  const active = highlight && tables.includes(highlight) ? highlight : undefined;

  return (
    <ChartCard<TemuanKualitasRow[], TemuanKualitasRow>
      title={t('kualitas.title')}
      subtitle={t('kualitas.subtitle')}
      info={validasiTemuanKualitas}
      query={query}
      status={query.data && rows.length === 0 ? 'ready' : undefined}
      testId="chart-validasiTemuanKualitas"
      table={rows.length ? { columns, rows, rowKey: (r) => `${r.tabel}-${r.kode_temuan}-${r.tingkat}` } : undefined}
      footer={<p className="muted">{t('kualitas.tingkatHelp')}</p>}
    >
      {rows.length === 0 ? (
        <p className="status-panel status-panel--empty">{t('kualitas.none')}</p>
      ) : (
        <>
          <CategoryButtons
            items={tables.map((tb) => ({
              key: tb,
              label: tb,
              detail: t('kualitas.tableTotal', { n: fmt.number(rows.filter((r) => r.tabel === tb).reduce((a, r) => a + r.jumlah, 0)) }),
            }))}
            selected={active ? [active] : []}
            onToggle={(key) => setHighlight(key === active ? undefined : key)}
            label={t('kualitas.tables')}
            dim="tabel"
            testIdPrefix="kualitas"
          />
          <div className="validasi-findings">
            {tables.map((tb) => (
              <section
                key={tb}
                className={`validasi-findings-group${active && active !== tb ? ' is-faded' : ''}${active === tb ? ' is-highlighted' : ''}`}
                aria-label={t('kualitas.group', { tabel: tb })}
                data-testid={`kualitas-group-${tb}`}
              >
                <h3 className="validasi-findings-title">{t('kualitas.group', { tabel: tb })}</h3>
                <ul>
                  {rows
                    .filter((r) => r.tabel === tb)
                    .map((r) => (
                      <li
                        key={`${r.kode_temuan}-${r.tingkat}`}
                        className="validasi-finding"
                        data-testid={`temuan-${r.tabel}-${r.kode_temuan}-${r.tingkat}`}
                      >
                        <span className="validasi-finding-label" title={r.kode_temuan}>
                          {label(r)}
                        </span>
                        <span className={`validasi-badge validasi-badge--${r.tingkat}`} style={{ borderColor: SEVERITY_COLOUR[r.tingkat] }}>
                          {t(`kualitas.tingkat.${r.tingkat}`)}
                        </span>
                        <span className="validasi-finding-bar" aria-hidden="true">
                          <span style={{ width: `${(100 * r.jumlah) / max}%`, background: SEVERITY_COLOUR[r.tingkat] }} />
                        </span>
                        <span className="validasi-finding-n num" data-value={r.jumlah}>
                          {fmt.number(r.jumlah)}
                        </span>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </ChartCard>
  );
}
