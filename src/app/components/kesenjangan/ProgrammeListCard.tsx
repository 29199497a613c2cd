import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganPelatihanProgram, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { ChartCard } from '../views';
import { golonganLabel } from './labels';

const TOP = 8;

/** Training programmes started by the period end, newest first, filtered by the selected occupation groups. */
export function ProgrammeListCard({ params, dateText }: { params: KesenjanganParams; dateText: string }) {
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganPelatihanProgram, params);
  const [all, setAll] = useState(false);
  const rows = q.data ?? [];
  const shown = all ? rows : rows.slice(0, TOP);
  const groups = params.pilih?.kbji ?? [];
  const title = groups.length ? t('program.titleFor', { golongan: groups.map((g) => golonganLabel(g, null, t)).join(', ') }) : t('program.title');
  const num = (v: number | null) => (v == null ? '–' : fmt.number(v));
  return (
    <ChartCard
      title={title}
      subtitle={t('program.subtitle', { date: dateText })}
      info={kesenjanganPelatihanProgram}
      query={q}
      testId={`chart-${kesenjanganPelatihanProgram.id}`}
      span={2}
    >
      <div className="gap-table-wrap">
        <table className="gap-table" data-testid="programme-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('program.colNama')}</th>
              <th scope="col">{t('program.colPenyelenggara')}</th>
              <th scope="col">{t('program.colJabatan')}</th>
              <th scope="col">{t('program.colMulai')}</th>
              <th scope="col">{t('program.colSelesai')}</th>
              <th scope="col" className="num">{t('program.colPeserta')}</th>
              <th scope="col" className="num">{t('program.colLulus')}</th>
              <th scope="col" className="num">{t('program.colSertifikat')}</th>
              <th scope="col" className="num">{t('program.colDitempatkan')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id_program} data-testid={`program-${r.id_program}`}>
                <th scope="row">{r.nama_program}</th>
                <td>{r.penyelenggara ?? '–'}</td>
                <td>{golonganLabel(r.kbji_golongan, null, t)}</td>
                <td>{fmt.date(r.mulai)}</td>
                <td>
                  {r.selesai ? fmt.date(r.selesai) : '–'}
                  {r.status === 'berjalan' ? <span className="gap-flag"> · {t('program.berjalan')}</span> : null}
                </td>
                <td className="num" data-value={r.peserta}>{fmt.number(r.peserta)}</td>
                <td className="num" data-value={r.lulus ?? ''}>{num(r.lulus)}</td>
                <td className="num" data-value={r.bersertifikat ?? ''}>{num(r.bersertifikat)}</td>
                <td className="num" data-value={r.ditempatkan ?? ''}>{num(r.ditempatkan)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > TOP ? (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll((v) => !v)} data-testid="programme-show-all">
          {all ? t('program.showLess', { n: TOP }) : t('program.showAll', { n: fmt.number(rows.length) })}
        </button>
      ) : null}
    </ChartCard>
  );
}
