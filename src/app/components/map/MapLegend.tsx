import { useCachedTranslation } from '../useCachedTranslation';
import { useFormat } from '../../format/useFormat';
import { NO_DATA_FILL } from '../charts/palette';
import { classRanges, type Classes } from './choropleth';

export interface MapLegendProps {
  title: string;
  classes: Classes | null;
  showNoData?: boolean;
}

/** Colour key of a choropleth with the bounds of each class. */
export function MapLegend({ title, classes, showNoData }: MapLegendProps) {
  const { t } = useCachedTranslation();
  const fmt = useFormat();
  const ranges = classes ? classRanges(classes) : [];
  return (
    <figure className="map-legend" data-testid="map-legend">
      <figcaption>{title}</figcaption>
      <ul>
        {ranges.map((r, i) => (
          // by position: new bounds relabel the items instead of replacing them
          <li key={i}>
            <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
            {r.from === r.to ? fmt.number(r.from) : `${fmt.number(r.from)}–${fmt.number(r.to)}`}
          </li>
        ))}
        {showNoData ? (
          <li>
            <span className="swatch" style={{ background: NO_DATA_FILL }} aria-hidden="true" />
            {t('map.noData')}
          </li>
        ) : null}
      </ul>
    </figure>
  );
}
