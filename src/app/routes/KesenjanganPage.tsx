import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId } from '../../core/indicators/dimensions';
import { kesenjanganPendidikan, type KesenjanganParams } from '../../core/indicators/kesenjangan';
import { CompanyListCard } from '../components/kesenjangan/CompanyListCard';
import { DemandToggle } from '../components/kesenjangan/DemandToggle';
import { EducationCard } from '../components/kesenjangan/EducationCard';
import { GapKpis } from '../components/kesenjangan/GapKpis';
import { GapMapCard } from '../components/kesenjangan/GapMapCard';
import { HardToFillCard } from '../components/kesenjangan/HardToFillCard';
import { lastDayOf } from '../components/kesenjangan/labels';
import { OccupationGapCard } from '../components/kesenjangan/OccupationGapCard';
import { ProgrammeListCard } from '../components/kesenjangan/ProgrammeListCard';
import { ProjectQuotaCard } from '../components/kesenjangan/ProjectQuotaCard';
import { SectorLocalCard } from '../components/kesenjangan/SectorLocalCard';
import { SkillGapCard } from '../components/kesenjangan/SkillGapCard';
import { TrainingCard } from '../components/kesenjangan/TrainingCard';
import { usePermintaan } from '../components/kesenjangan/usePermintaan';
import '../components/kesenjangan/kesenjangan.css';
import { StatusPanel } from '../components/panels/StatusPanel';
import { ViewGrid, ViewLayout } from '../components/views';
import { useFormat } from '../format/useFormat';
import { useIndicator } from '../queries/useIndicator';
import { useViewParams } from '../state/useViewParams';

/**
 * Kesenjangan Keterampilan (issue 4): job seekers against vacancies by occupation group, skill and
 * education; hard-to-fill occupations; local hiring against the quota by sector, company and
 * project; training output against the gap. Each chart cross-filters the others (its own
 * dimension is only highlighted); the map drills kota → kecamatan → kelurahan; all state is in the URL.
 */
export function KesenjanganPage() {
  const { t } = useTranslation('kesenjangan');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const view = useViewParams();
  const [permintaan, setPermintaan] = usePermintaan();
  const { filters, options } = view;
  const periode = filters.periode;

  // Only the skill ranking depends on the demand measure; the other indicators return both measures.
  const p = useCallback((dim?: DimensionId): KesenjanganParams => view.paramsFor(dim), [view]);
  const pendRows = useIndicator(kesenjanganPendidikan, p('pend'), { enabled: !!periode }).data;
  const labelOf = useMemo(() => {
    const pend = new Map((pendRows ?? []).map((r) => [r.pendidikan, r.nama]));
    return (dim: DimensionId, value: string) => {
      if (dim === 'pend') return value === 'tanpa' ? t('labels.notStated') : (pend.get(value) ?? undefined);
      if (dim === 'kbji' && value === '?') return t('labels.unknownKbji');
      if (dim === 'kbli' && value === 'tanpa') return t('labels.noSector');
      return undefined;
    };
  }, [pendRows, t]);

  const kel = options.kelurahan.find((k) => k.kode === filters.kelurahan);
  const kec = options.kecamatan.find((k) => k.kode === filters.kecamatan);
  const area = kel
    ? tc('filters.areaKelurahan', { kelurahan: kel.nama, kecamatan: kec?.nama ?? '' })
    : kec
      ? tc('filters.areaKecamatan', { kecamatan: kec.nama })
      : tc('filters.city');
  const month = periode ? fmt.month(periode) : '';
  const periodText = t('periodEnd', { month });
  const windowText = t('window12', { month });

  return (
    <ViewLayout
      title={t('title')}
      lede={t('lede', { area, month })}
      view={view}
      labelOf={labelOf}
      testId="page-kesenjangan"
      actions={<DemandToggle value={permintaan} onChange={setPermintaan} />}
    >
      <p className="muted small gap-area-note" data-testid="area-note">
        {t('areaNote')}
      </p>
      {periode ? (
        <ViewGrid testId="kesenjangan-grid">
          <GapKpis params={p()} periodText={periodText} />
          <GapMapCard view={view} params={p()} periodText={periodText} span={2} />
          <OccupationGapCard view={view} params={p('kbji')} permintaan={permintaan} periodText={periodText} />
          <SkillGapCard view={view} params={{ ...p('skill'), permintaan }} permintaan={permintaan} periodText={periodText} />
          <EducationCard view={view} params={p('pend')} permintaan={permintaan} periodText={periodText} />
          <HardToFillCard params={p()} periodText={windowText} />
          <TrainingCard view={view} params={p('kbji')} permintaan={permintaan} windowText={windowText} span={2} />
          <ProgrammeListCard params={p()} dateText={fmt.date(lastDayOf(periode))} />
          <SectorLocalCard view={view} params={p('kbli')} />
          <ProjectQuotaCard params={p()} />
          <CompanyListCard params={p()} span={2} />
        </ViewGrid>
      ) : (
        <StatusPanel status="empty" />
      )}
    </ViewLayout>
  );
}
