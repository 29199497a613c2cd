import { useTranslation } from 'react-i18next';
import { IndicatorKpis } from '../components/kpi/IndicatorKpis';
import { KelurahanMapPanel } from '../components/map/KelurahanMapPanel';
import { BpsDisnakerPanel } from '../components/panels/BpsDisnakerPanel';
import { StatusPanel } from '../components/panels/StatusPanel';
import { useFormat } from '../format/useFormat';
import { useAreaFilters } from '../state/useAreaFilters';

/** Overview: six KPIs, the kelurahan map and BPS vs Disnaker. */
export function RingkasanPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const state = useAreaFilters();
  const { filters, options, params } = state;
  const kel = options.kelurahan.find((k) => k.kode === filters.kelurahan);
  const kec = options.kecamatan.find((k) => k.kode === filters.kecamatan);
  const area = kel
    ? t('filters.areaKelurahan', { kelurahan: kel.nama, kecamatan: kec?.nama ?? '' })
    : kec
      ? t('filters.areaKecamatan', { kecamatan: kec.nama })
      : t('filters.city');

  return (
    <article className="page ringkasan-page" data-testid="page-ringkasan">
      <header className="page-head">
        <h1 className="page-title">{t('pages.ringkasan.title')}</h1>
        <p className="lede" data-testid="page-lede">
          {t('pages.ringkasan.lede', { area, month: fmt.month(filters.periode) })}
        </p>
      </header>
      {filters.periode ? (
        <>
          <IndicatorKpis params={params} />
          <KelurahanMapPanel state={state} />
          <BpsDisnakerPanel periode={filters.periode} />
        </>
      ) : (
        <StatusPanel status="empty" />
      )}
    </article>
  );
}
