import { useTranslation } from 'react-i18next';
import { kesenjanganRingkasan, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { ChartCard } from '../views';

interface Tile {
  id: string;
  label: string;
  value: number | null | undefined;
  text: string;
  note?: string;
}

/** Four headline tiles: active job seekers, open positions, job seekers per position, positions opened in 12 months. */
export function GapKpis({ params, periodText }: { params: KesenjanganParams; periodText: string }) {
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganRingkasan, params);
  const r = q.data?.[0];
  const ratio = (v: number | null | undefined) => (v == null ? t('kpi.noRatio') : fmt.number(v, { digits: 1 }));
  const tiles: Tile[] = r
    ? [
        { id: 'pencaker', label: t('kpi.pencaker'), value: r.pencaker, text: fmt.number(r.pencaker), note: t('units.orang') },
        { id: 'posisi', label: t('kpi.posisi'), value: r.posisi, text: fmt.number(r.posisi), note: t('kpi.lowongan', { n: fmt.number(r.lowongan) }) },
        { id: 'rasio', label: t('kpi.rasio'), value: r.rasio, text: ratio(r.rasio), note: r.rasio == null ? undefined : t('units.perPosisi') },
        {
          id: 'posisi_12bln',
          label: t('kpi.posisi12'),
          value: r.posisi_12bln,
          text: fmt.number(r.posisi_12bln),
          note: r.rasio_12bln == null ? t('kpi.noRatio') : t('kpi.rasio12', { ratio: fmt.number(r.rasio_12bln, { digits: 1 }) }),
        },
      ]
    : [];
  return (
    <ChartCard
      title={t('kpi.title')}
      subtitle={periodText}
      info={kesenjanganRingkasan}
      query={q}
      span={2}
      testId={`chart-${kesenjanganRingkasan.id}`}
      minHeight={96}
    >
      <ul className="gap-kpis">
        {tiles.map((tile) => (
          <li key={tile.id} className="gap-kpi" data-testid={`gap-kpi-${tile.id}`}>
            <span className="gap-kpi-label">{tile.label}</span>
            <span className="gap-kpi-value" data-value={tile.value ?? ''}>
              {tile.text}
            </span>
            {tile.note ? <span className="gap-kpi-note muted small">{tile.note}</span> : null}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
