import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewParams } from '../../core/indicators/types';
import {
  rincianLevel,
  validasiDtsenPencaker,
  validasiProgresKelurahan,
  validasiProgresSeri,
  validasiProgresWilayah,
  validasiTautanDtsen,
  validasiTemuanKualitas,
} from '../../core/indicators/validasi';
import { StatusPanel } from '../components/panels/StatusPanel';
import type { ValidasiContext } from '../components/validasi/context';
import { LinesCard } from '../components/validasi/LinesCard';
import { LinkageCard } from '../components/validasi/LinkageCard';
import { MapCard } from '../components/validasi/MapCard';
import { NoReport } from '../components/validasi/NoReport';
import { ProgressCard } from '../components/validasi/ProgressCard';
import { QualityCard } from '../components/validasi/QualityCard';
import { ValidasiKpis } from '../components/validasi/ValidasiKpis';
import '../components/validasi/validasi.css';
import { ViewGrid, ViewLayout } from '../components/views';
import { useSnapshot } from '../db/SnapshotProvider';
import { useFormat } from '../format/useFormat';
import { useIndicator } from '../queries/useIndicator';
import { usePrefetchIndicators, type PrefetchItem } from '../queries/usePrefetchIndicators';
import { useViewParams } from '../state/useViewParams';

/**
 * Validasi Data (issue 4): verification progress of the poverty register per kecamatan and
 * kelurahan (lines over reporting dates, progress bars with completion or projection, a map),
 * and the data-linkage panel (job seekers found in DTSEN, the pipeline's quality findings).
 * The kecamatan/kelurahan filter is this view's cross-filter: bars, line legend and map drill.
 */
export function ValidasiPage() {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const view = useViewParams();
  const { snapshot } = useSnapshot();
  const { filters, options } = view;

  // This view has no category selections: only period and area reach the indicators.
  const params = useMemo<ViewParams>(
    () => ({ periode: filters.periode, ...(filters.kecamatan ? { kecamatan: filters.kecamatan } : {}), ...(filters.kelurahan ? { kelurahan: filters.kelurahan } : {}) }),
    [filters.periode, filters.kecamatan, filters.kelurahan],
  );
  const enabled = !!filters.periode;
  const progress = useIndicator(validasiProgresWilayah, params, { enabled });
  const seri = useIndicator(validasiProgresSeri, params, { enabled });
  const peta = useIndicator(validasiProgresKelurahan, { periode: params.periode }, { enabled });
  const tautan = useIndicator(validasiTautanDtsen, params, { enabled });
  const dtsen = useIndicator(validasiDtsenPencaker, params, { enabled });
  const kualitas = useIndicator(validasiTemuanKualitas, { periode: params.periode }, { enabled });

  // Drill targets (the kecamatan of the city, or the kelurahan of the chosen kecamatan) are
  // answered in the background once this state is on screen, so a drill click reads the cache.
  const drillTargets = useMemo<PrefetchItem[]>(() => {
    if (!filters.periode || filters.kelurahan) return [];
    const areas: ViewParams[] = filters.kecamatan
      ? options.kelurahan.filter((k) => k.kode_kecamatan === filters.kecamatan).map((k) => ({ periode: filters.periode!, kecamatan: filters.kecamatan, kelurahan: k.kode }))
      : options.kecamatan.map((k) => ({ periode: filters.periode!, kecamatan: k.kode }));
    const defs = [validasiProgresWilayah, validasiProgresSeri, validasiTautanDtsen, validasiDtsenPencaker] as PrefetchItem['def'][];
    return areas.flatMap((area) => defs.map((def) => ({ def, params: area })));
  }, [filters.periode, filters.kecamatan, filters.kelurahan, options.kecamatan, options.kelurahan]);
  usePrefetchIndicators(drillTargets);

  const city = snapshot?.manifest.region.nama ?? t('kota');
  const kec = options.kecamatan.find((k) => k.kode === filters.kecamatan);
  const kel = options.kelurahan.find((k) => k.kode === filters.kelurahan);
  const level = rincianLevel(params);
  const parentName = kec?.nama ?? city;
  const areaName = kel?.nama ?? parentName;

  const { setFilters } = view;
  const select = useCallback(
    (kode: string) => {
      if (level === 'kecamatan') setFilters({ kecamatan: kode });
      else setFilters({ kelurahan: kode === filters.kelurahan ? undefined : kode });
    },
    [level, setFilters, filters.kelurahan],
  );
  const ctx: ValidasiContext = {
    view,
    params,
    level,
    areaName,
    parentName,
    monthText: filters.periode ? fmt.month(filters.periode) : '',
    select,
  };
  const parent = progress.data?.find((r) => r.jenis === 'induk');
  const noReport = parent?.status === 'belum-lapor';
  // Chips show the area only: selections of other views do not apply here.
  const layoutView = useMemo(() => ({ ...view, selections: {} }), [view]);

  return (
    <ViewLayout
      title={t('title')}
      lede={t('lede', { area: areaName, month: ctx.monthText })}
      view={layoutView}
      testId="page-validasi"
    >
      {!filters.periode ? (
        <StatusPanel status="empty" />
      ) : (
        <>
          {noReport ? <NoReport ctx={ctx} first={parent?.laporan_pertama ?? null} /> : null}
          <ValidasiKpis ctx={ctx} progress={progress} tautan={tautan} />
          <ViewGrid testId="validasi-grid">
            <ProgressCard ctx={ctx} query={progress} />
            <MapCard ctx={ctx} query={peta} />
            <LinesCard ctx={ctx} query={seri} firstReport={parent?.laporan_pertama ?? null} />
            <LinkageCard ctx={ctx} query={tautan} dtsen={dtsen} kualitas={kualitas} />
            <QualityCard query={kualitas} />
          </ViewGrid>
        </>
      )}
    </ViewLayout>
  );
}
