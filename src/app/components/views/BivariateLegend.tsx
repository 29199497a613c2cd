import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { BIVARIATE_PALETTE, type Breaks } from './colours';
import './views.css';

export interface BivariateLegendProps {
  /** Variable across (orange), e.g. "Pengangguran". */
  xLabel: string;
  /** Variable upwards (blue), e.g. "Kemiskinan". */
  yLabel: string;
  title?: string;
  xBreaks?: Breaks;
  yBreaks?: Breaks;
  /** Text of a break value (default id-ID number). */
  valueFormat?(value: number): string;
  /** Number of areas per class, indexed like BIVARIATE_PALETTE (yClass * 3 + xClass). */
  counts?: readonly number[];
  testId?: string;
}

/**
 * Key of a 3×3 bivariate map: x grows to the right (orange), y grows upwards (blue). Each cell is
 * labelled in words ("Pengangguran tinggi, Kemiskinan rendah"), with an area count when given,
 * and the class bounds are listed in text, so the colours are never the only cue.
 */
export function BivariateLegend({ xLabel, yLabel, title, xBreaks, yBreaks, valueFormat, counts, testId }: BivariateLegendProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const show = valueFormat ?? ((v: number) => fmt.number(v));
  const levels = [t('views.bivariate.low'), t('views.bivariate.mid'), t('views.bivariate.high')];
  const ranges = (b: Breaks) => [`≤ ${show(b[0])}`, `${show(b[0])}–${show(b[1])}`, `> ${show(b[1])}`];
  const rows = [2, 1, 0];
  return (
    <figure className="bivariate-legend" data-testid={testId ?? 'bivariate-legend'}>
      {title ? <figcaption>{title}</figcaption> : null}
      <div className="bivariate-body">
        <span className="bivariate-y" aria-hidden="true">
          {yLabel} ↑
        </span>
        <div>
          <ul className="bivariate-grid" aria-label={t('views.bivariate.description', { x: xLabel, y: yLabel })}>
            {rows.flatMap((yi) =>
              [0, 1, 2].map((xi) => {
                const index = yi * 3 + xi;
                const label = t('views.bivariate.cell', { x: xLabel, xLevel: levels[xi], y: yLabel, yLevel: levels[yi] });
                const count = counts?.[index];
                return (
                  <li
                    key={index}
                    className="bivariate-cell"
                    style={{ background: BIVARIATE_PALETTE[index] }}
                    title={label}
                    data-class={index}
                    data-count={count ?? ''}
                  >
                    <span className="visually-hidden">{label}</span>
                    {count !== undefined ? (
                      <span className={`bivariate-count${yi + xi >= 3 ? ' is-dark' : ''}`}>
                        <span aria-hidden="true">{fmt.number(count)}</span>
                        <span className="visually-hidden">: {t('views.bivariate.count', { n: fmt.number(count) })}</span>
                      </span>
                    ) : null}
                  </li>
                );
              }),
            )}
          </ul>
          <span className="bivariate-x" aria-hidden="true">
            {xLabel} →
          </span>
        </div>
      </div>
      {xBreaks || yBreaks ? (
        <dl className="bivariate-ranges small">
          {xBreaks ? (
            <>
              <dt>{xLabel}</dt>
              <dd>{ranges(xBreaks).map((r, i) => `${levels[i]} ${r}`).join(' · ')}</dd>
            </>
          ) : null}
          {yBreaks ? (
            <>
              <dt>{yLabel}</dt>
              <dd>{ranges(yBreaks).map((r, i) => `${levels[i]} ${r}`).join(' · ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </figure>
  );
}
