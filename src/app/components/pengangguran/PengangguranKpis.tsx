import { useCachedTranslation } from '../useCachedTranslation';
import { pengangguranRingkasan } from '../../../core/indicators/pengangguran';
import { useFormat } from '../../format/useFormat';
import type { ParamsSource, ViewState } from '../../state/useViewParams';
import { useViewIndicator } from '../../state/useViewIndicator';
import { statusOf } from '../panels/StatusPanel';
import { StatCard } from './StatCard';
import './pengangguran.css';

const allParams = (v: ParamsSource) => v.params;

/**
 * The four headline numbers of the chosen area with every selection: active job seekers, the
 * rate per 1,000 productive-age residents ("—" with the reason for a kelurahan), the median time
 * registered and how many have waited 12 months or longer.
 */
export function PengangguranKpis({ view }: { view: Pick<ViewState, 'filters' | 'params' | 'selections' | 'paramsFor' | 'prefills'> }) {
  const { t } = useCachedTranslation('pengangguran');
  const fmt = useFormat();
  const q = useViewIndicator(view, pengangguranRingkasan, allParams);
  const { params } = view;
  const row = q.data?.[0];
  const status = statusOf(q, (rows) => rows.length === 0);
  const definition = pengangguranRingkasan.definition[fmt.lang];
  const source = pengangguranRingkasan.source[fmt.lang];
  const month = fmt.month(params.periode);

  let rateNote: string;
  if (params.kelurahan) rateNote = t('kpi.per1000Kelurahan');
  else if (row?.penduduk_tahun == null) rateNote = t('kpi.per1000None');
  else rateNote = t('kpi.per1000Note', { year: row.penduduk_tahun });

  return (
    <section className="png-kpis" aria-label={t('kpi.label')} data-testid="chart-pengangguranRingkasan">
      <StatCard
        id="aktif"
        label={t('kpi.aktif')}
        value={row?.aktif}
        text={row ? fmt.number(row.aktif) : ''}
        note={t('kpi.aktifNote', { month })}
        definition={definition}
        source={source}
        status={status}
        error={q.error}
      />
      <StatCard
        id="per1000"
        label={t('kpi.per1000')}
        value={row?.per_1000 ?? null}
        text={row?.per_1000 != null ? fmt.number(row.per_1000, { digits: 1 }) : ''}
        note={rateNote}
        definition={definition}
        source={source}
        status={status}
        error={q.error}
      />
      <StatCard
        id="median"
        label={t('kpi.median')}
        value={row?.median_bulan ?? null}
        text={row?.median_bulan != null ? fmt.number(row.median_bulan) : ''}
        unit={t('kpi.medianUnit')}
        note={t('kpi.medianNote')}
        definition={definition}
        source={source}
        status={status}
        error={q.error}
      />
      <StatCard
        id="lama"
        label={t('kpi.lama')}
        value={row?.lama}
        text={row ? fmt.number(row.lama) : ''}
        note={
          row?.persen_lama != null ? (
            <span data-testid="kpi-lama-persen" data-value={row.persen_lama}>
              {t('kpi.lamaNote', { percent: fmt.percent(row.persen_lama) })}
            </span>
          ) : undefined
        }
        definition={definition}
        source={source}
        status={status}
        error={q.error}
      />
    </section>
  );
}
