import { useTranslation } from 'react-i18next';
import type { ProgresWilayahRow, TautanDtsenRow } from '../../../core/indicators/validasi';
import { validasiProgresWilayah, validasiTautanDtsen } from '../../../core/indicators/validasi';
import { useFormat } from '../../format/useFormat';
import { InfoTip } from '../panels/InfoTip';
import { StatusPanel, statusOf, type QueryLike } from '../panels/StatusPanel';
import type { ValidasiContext } from './context';
import { completionText, paceText } from './status-text';

interface Props {
  ctx: ValidasiContext;
  progress: QueryLike<ProgresWilayahRow[]>;
  tautan: QueryLike<TautanDtsenRow[]>;
}

/** The row describing the chosen area: the chosen kelurahan's own row, else the parent row. */
export function chosenRow<R extends { jenis: string; kode: string }>(rows: R[] | undefined, kelurahan: string | undefined): R | undefined {
  if (!rows) return undefined;
  return (kelurahan && rows.find((r) => r.jenis === 'rincian' && r.kode === kelurahan)) || rows.find((r) => r.jenis === 'induk');
}

function Kpi(props: { id: string; label: string; value: string; raw: string | number | null; foot?: string; info?: { d: string; s: string } }) {
  return (
    <article className="card kpi-card" data-testid={`kpi-${props.id}`} aria-labelledby={`kpi-title-${props.id}`}>
      <header className="kpi-head">
        <h3 id={`kpi-title-${props.id}`} className="kpi-label">
          {props.label}
        </h3>
        {props.info ? <InfoTip title={props.label} definition={props.info.d} source={props.info.s} /> : null}
      </header>
      <p className="kpi-value validasi-kpi-value" data-testid="kpi-value" data-value={props.raw ?? ''}>
        {props.value}
      </p>
      {props.foot ? <p className="kpi-foot">{props.foot}</p> : null}
    </article>
  );
}

/** Headline numbers of the chosen area: share verified, completion or projection, reporting kelurahan, DTSEN linkage. */
export function ValidasiKpis({ ctx, progress, tautan }: Props) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const status = statusOf([progress, tautan] as Array<QueryLike<unknown[]>>);
  const p = chosenRow(progress.data, ctx.params.kelurahan);
  const l = chosenRow(tautan.data, ctx.params.kelurahan);
  const pInfo = { d: validasiProgresWilayah.definition[fmt.lang], s: validasiProgresWilayah.source[fmt.lang] };
  const lInfo = { d: validasiTautanDtsen.definition[fmt.lang], s: validasiTautanDtsen.source[fmt.lang] };
  const reported = p && p.status !== 'belum-lapor';

  return (
    <section className="kpi-section" aria-label={t('kpi.label', { area: ctx.areaName })} data-testid="validasi-kpis">
      <StatusPanel status={status === 'empty' ? 'ready' : status} minHeight={120}>
        <div className="kpi-grid validasi-kpi-grid">
          <Kpi
            id="persen"
            label={t('kpi.persen')}
            value={reported && p.persen_kk != null ? fmt.percent(p.persen_kk) : '–'}
            raw={reported ? p.persen_kk : null}
            foot={
              reported
                ? t('kpi.persenFoot', { value: fmt.number(p.terverifikasi_kk), target: fmt.number(p.target_kk), date: fmt.date(p.tanggal_laporan ?? '') })
                : t('status.belumLapor')
            }
            info={pInfo}
          />
          <Kpi
            id="selesai"
            label={p?.status === 'selesai' ? t('kpi.selesai') : p?.status === 'berjalan' ? t('kpi.proyeksi') : t('kpi.belumSelesai')}
            value={
              p?.status === 'selesai'
                ? fmt.date(p.tanggal_selesai ?? '')
                : p?.status === 'berjalan'
                  ? fmt.date(p.tanggal_proyeksi ?? '')
                  : '–'
            }
            raw={p?.tanggal_selesai ?? p?.tanggal_proyeksi ?? null}
            foot={p ? (p.status === 'selesai' ? undefined : [p.status === 'berjalan' ? '' : completionText(p, t, fmt), paceText(p, t, fmt)].filter(Boolean).join('; ')) : undefined}
            info={{ d: t('status.projectionNote'), s: pInfo.s }}
          />
          <Kpi
            id="lapor"
            label={t('kpi.lapor')}
            value={p ? t('kpi.laporValue', { n: fmt.number(p.kelurahan_lapor), total: fmt.number(p.kelurahan) }) : '–'}
            raw={p ? p.kelurahan_lapor : null}
            foot={p ? t('kpi.laporFoot', { n: fmt.number(p.kelurahan_selesai) }) : undefined}
          />
          <Kpi
            id="tautan"
            label={t('kpi.tautan')}
            value={l?.persen_aktif != null ? fmt.percent(l.persen_aktif) : '–'}
            raw={l?.persen_aktif ?? null}
            foot={l ? t('kpi.tautanFoot', { value: fmt.number(l.aktif_dtsen), total: fmt.number(l.aktif) }) : undefined}
            info={lInfo}
          />
        </div>
      </StatusPanel>
    </section>
  );
}
