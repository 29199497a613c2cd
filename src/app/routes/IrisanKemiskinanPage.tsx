import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId } from '../../core/indicators/dimensions';
import { EDUCATION_LEVELS } from '../../core/normalise/education';
import { BivariatCard } from '../components/kemiskinan/BivariatCard';
import { DesilCard } from '../components/kemiskinan/DesilCard';
import { KemiskinanKpis } from '../components/kemiskinan/KemiskinanKpis';
import { KeterampilanCard } from '../components/kemiskinan/KeterampilanCard';
import { desilLabel } from '../components/kemiskinan/labels';
import { MiskinKelurahanCard } from '../components/kemiskinan/MiskinKelurahanCard';
import { PendidikanCard } from '../components/kemiskinan/PendidikanCard';
import { PrioritasGolonganCard } from '../components/kemiskinan/PrioritasGolonganCard';
import { PrioritasJabatanCard } from '../components/kemiskinan/PrioritasJabatanCard';
import { PrioritasKelurahanCard } from '../components/kemiskinan/PrioritasKelurahanCard';
import { StatusPanel } from '../components/panels/StatusPanel';
import { ViewGrid, ViewLayout } from '../components/views';
import { useFormat } from '../format/useFormat';
import { useViewParams } from '../state/useViewParams';

/**
 * Irisan kemiskinan (issue 4): job seekers by DTSEN decile, the poor share by kelurahan, the
 * bivariate map (job-seeker intensity × poverty share), education and skills of poor job
 * seekers, and the priority pool (poor, active, matching an open vacancy). Aggregates only.
 */
export function IrisanKemiskinanPage() {
  const { t } = useTranslation('kemiskinan');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const view = useViewParams();
  const { filters, options, selections } = view;
  const kel = options.kelurahan.find((k) => k.kode === filters.kelurahan);
  const kec = options.kecamatan.find((k) => k.kode === filters.kecamatan);
  const area = kel
    ? tc('filters.areaKelurahan', { kelurahan: kel.nama, kecamatan: kec?.nama ?? '' })
    : kec
      ? tc('filters.areaKecamatan', { kecamatan: kec.nama })
      : tc('filters.city');
  // chips name deciles and education levels as the charts do; the other dimensions use the shared labels
  const labelOf = useCallback(
    (dim: DimensionId, value: string) =>
      dim === 'desil' ? desilLabel(value, t) : dim === 'pend' ? EDUCATION_LEVELS.find((l) => l.kode === value)?.nama : undefined,
    [t],
  );
  const chosenDesil = selections.desil ?? [];

  return (
    <ViewLayout
      title={t('title')}
      lede={
        <>
          {t('lede', { area, month: fmt.month(filters.periode) })} {t('oneClick')}
        </>
      }
      view={view}
      labelOf={labelOf}
      testId="page-kemiskinan"
    >
      {filters.periode ? (
        <>
          <KemiskinanKpis params={view.params} />
          <p className="muted small kemiskinan-sasaran" data-testid="kemiskinan-sasaran">
            {chosenDesil.length
              ? t('sasaranChosen', { list: chosenDesil.map((d) => desilLabel(d, t)).join(', ') })
              : t('sasaranDefault')}{' '}
            {chosenDesil.length ? t('kpi.noDesil') : null}
          </p>
          <ViewGrid testId="kemiskinan-grid">
            <BivariatCard view={view} />
            <DesilCard view={view} />
            <MiskinKelurahanCard view={view} />
            <PendidikanCard view={view} />
            <KeterampilanCard view={view} />
            <PrioritasKelurahanCard view={view} />
            <PrioritasGolonganCard view={view} />
            <PrioritasJabatanCard view={view} />
          </ViewGrid>
        </>
      ) : (
        <StatusPanel status="empty" />
      )}
    </ViewLayout>
  );
}
