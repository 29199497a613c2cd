import { useTranslation } from 'react-i18next';
import { kemiskinanRingkasan } from '../../../core/indicators/kemiskinan';
import type { ViewParams } from '../../../core/indicators/types';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { InfoTip } from '../panels/InfoTip';
import { StatusPanel, statusOf } from '../panels/StatusPanel';
import './kemiskinan.css';

interface TileProps {
  id: string;
  label: string;
  value: number | null | undefined;
  foot: string;
  definition: string;
  source: string;
  status: ReturnType<typeof statusOf>;
  error?: unknown;
}

function Tile({ id, label, value, foot, definition, source, status, error }: TileProps) {
  const fmt = useFormat();
  const headingId = `kemiskinan-kpi-${id}`;
  return (
    <article className="card kpi-card" data-testid={`kpi-kemiskinan-${id}`} aria-labelledby={headingId}>
      <header className="kpi-head">
        <h2 id={headingId} className="kpi-label">
          {label}
        </h2>
        <InfoTip title={label} definition={definition} source={source} />
      </header>
      <StatusPanel status={status} error={error} compact minHeight={80}>
        <p className="kpi-value" data-testid="kpi-value" data-value={value ?? ''}>
          {value == null ? '–' : fmt.number(value)}
        </p>
        <p className="kpi-foot">{foot}</p>
      </StatusPanel>
    </article>
  );
}

/**
 * The view's four headline numbers: active job seekers, found in DTSEN, in desil 1-4, and the
 * priority pool (with its share of the target group and how many match by occupation).
 */
export function KemiskinanKpis({ params }: { params: ViewParams }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanRingkasan, params);
  const status = statusOf(q);
  const r = q.data?.[0];
  const def = kemiskinanRingkasan.definition[fmt.lang];
  const src = kemiskinanRingkasan.source[fmt.lang];
  const pct = (v: number | null | undefined) => (v == null ? '–' : fmt.percent(v));
  const common = { definition: def, source: src, status, error: q.error };
  return (
    <section className="kpi-grid kemiskinan-kpis" aria-label={t('kpi.label')} data-testid="kemiskinan-kpis">
      <Tile id="aktif" label={t('kpi.aktif')} value={r?.aktif} foot={t('kpi.aktifFoot')} {...common} />
      <Tile id="dtsen" label={t('kpi.diDtsen')} value={r?.di_dtsen} foot={t('kpi.diDtsenFoot', { pct: pct(r?.persen_di_dtsen) })} {...common} />
      <Tile id="miskin" label={t('kpi.miskin')} value={r?.miskin} foot={t('kpi.miskinFoot', { pct: pct(r?.persen_miskin) })} {...common} />
      <Tile
        id="prioritas"
        label={t('kpi.prioritas')}
        value={r?.prioritas}
        foot={t('kpi.prioritasFoot', {
          pct: pct(r?.persen_prioritas),
          sasaran: r ? fmt.number(r.sasaran) : '–',
          jabatan: r ? fmt.number(r.prioritas_jabatan) : '–',
        })}
        {...common}
      />
    </section>
  );
}
