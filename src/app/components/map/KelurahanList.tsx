import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';

export interface KelurahanListItem {
  kode: string;
  nama: string;
  kecamatan: string;
  nilai: number | undefined;
}

export interface KelurahanListProps {
  items: KelurahanListItem[];
  selected?: string;
  onSelect(kode: string): void;
}

/** Keyboard-accessible alternative to the map: the same values as a table, each name a toggle button. */
export function KelurahanList({ items, selected, onSelect }: KelurahanListProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="kelurahan-list">
      <table>
        <caption>
          {t('map.listTitle')}
          <span className="muted small"> — {t('map.listHint')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('map.colKelurahan')}</th>
            <th scope="col">{t('map.colKecamatan')}</th>
            <th scope="col" className="num">
              {t('map.colValue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => {
            const isSelected = it.kode === selected;
            return (
              <tr key={it.kode} className={isSelected ? 'is-selected' : undefined} data-kode={it.kode}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={isSelected}
                    aria-label={t(isSelected ? 'map.deselect' : 'map.select', { name: it.nama })}
                    onClick={() => onSelect(it.kode)}
                  >
                    {it.nama}
                  </button>
                </th>
                <td>{it.kecamatan}</td>
                <td className="num" data-value={it.nilai ?? ''}>
                  {it.nilai === undefined ? '–' : fmt.number(it.nilai)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
