import { useCallback, useMemo } from 'react';
import { useCachedTranslation } from '../components/useCachedTranslation';
import {
  pengangguranMenurutDurasi,
  pengangguranMenurutJk,
  pengangguranMenurutKbji,
  pengangguranMenurutPendidikan,
  pengangguranMenurutUmur,
} from '../../core/indicators/pengangguran';
import { EDUCATION_LEVELS } from '../../core/normalise/education';
import { BpsCards } from '../components/pengangguran/BpsCards';
import { DistribusiCard } from '../components/pengangguran/DistribusiCard';
import { PengangguranKpis } from '../components/pengangguran/PengangguranKpis';
import { PetaCard } from '../components/pengangguran/PetaCard';
import { TrenCard } from '../components/pengangguran/TrenCard';
import { WilayahCard } from '../components/pengangguran/WilayahCard';
import { StatusPanel } from '../components/panels/StatusPanel';
import { ViewGrid, ViewLayout, type ValueLabeller } from '../components/views';
import { useFormat } from '../format/useFormat';
import { useViewParams } from '../state/useViewParams';

/**
 * The pengangguran view (issue 4): registered active job seekers by area (map and drill-down
 * bars), by sex, age, education, occupation sought and time registered (cross-filter bars), the
 * monthly registration flows, and the BPS survey series beside the register. All state in the URL.
 */
export function PengangguranPage() {
  const { t } = useCachedTranslation('pengangguran');
  const { t: tShared } = useCachedTranslation();
  const fmt = useFormat();
  const view = useViewParams();
  const { filters, options } = view;
  const kec = options.kecamatan.find((k) => k.kode === filters.kecamatan);
  const kel = options.kelurahan.find((k) => k.kode === filters.kelurahan);
  const area = kel
    ? tShared('filters.areaKelurahan', { kelurahan: kel.nama, kecamatan: kec?.nama ?? '' })
    : kec
      ? tShared('filters.areaKecamatan', { kecamatan: kec.nama })
      : tShared('filters.city');
  // chips name education levels as the charts do; the other dimensions use the shared labels
  const labelOf = useCallback<ValueLabeller>(
    (dim, value) => (dim === 'pend' ? EDUCATION_LEVELS.find((l) => l.kode === value)?.nama : undefined),
    [],
  );
  const lede = useMemo(() => t('lede', { area, month: fmt.month(filters.periode) }), [t, area, fmt, filters.periode]);

  return (
    <ViewLayout title={t('title')} lede={lede} view={view} labelOf={labelOf} testId="page-pengangguran">
      {filters.periode ? (
        <>
          <PengangguranKpis view={view} />
          <ViewGrid testId="pengangguran-grid">
            <PetaCard view={view} />
            <WilayahCard view={view} />
            <DistribusiCard def={pengangguranMenurutDurasi} dim="durasi" view={view} orientation="vertical" />
            <DistribusiCard def={pengangguranMenurutJk} dim="jk" view={view} />
            <DistribusiCard def={pengangguranMenurutUmur} dim="umur" view={view} />
            <DistribusiCard def={pengangguranMenurutPendidikan} dim="pend" view={view} />
            <DistribusiCard def={pengangguranMenurutKbji} dim="kbji" view={view} />
            <TrenCard view={view} />
            <BpsCards periode={filters.periode} />
          </ViewGrid>
        </>
      ) : (
        <StatusPanel status="empty" />
      )}
    </ViewLayout>
  );
}
