import { Fragment } from 'react';
import { editionName } from '../../domain/format';
import { GAP_LABEL, gapRuns, yearSpan } from '../../domain/time-axis';
import { isSampleValue } from '../../domain/shown-value';
import { seriesCoverage } from '../../domain/trends';
import type { TrendPoint } from '../../domain/trends';
import type { TrendsView } from '../../domain/trends-view';
import { SampleDataMark } from '../../ui/sample-data-mark';
import { ScaleTable } from './scale-table';

function ValueCell({ point }: { point: TrendPoint | undefined }) {
  if (!point) return <td>—</td>;
  return (
    <td className="trends-table__value" data-state={point.state}>
      <span aria-hidden="true">{point.display}</span>
      <span className="visually-hidden">
        {isSampleValue(point) ? `${point.spoken} (synthetic sample value)` : point.spoken}
      </span>
    </td>
  );
}

/**
 * Every edition × place of the charted series, gaps as rows that say why, and the national release
 * wording with the comparability breaks; then the scale of each edition.
 */
export function TrendsTableBody({ view }: { view: TrendsView }) {
  const places = [view.national, ...view.offices].map((item) => item.series);
  const runs = new Map(gapRuns(view.years).map((run) => [run.firstYear, run]));
  const sample = places.some((s) => s.hasSynthetic);
  const breakAfter = new Map(view.national.series.breaks.map((b) => [b.after.id, b]));
  return (
    <div className="trends-table__scroll" role="region" aria-label="Trends table" tabIndex={0}>
      <table>
        <caption>
          {view.metric.label} by edition, {yearSpan(view.firstYear, view.lastYear)}
          {view.offices.length > 0 ? ': national and selected field offices' : ': national'}. “—” means not
          reported. {sample ? <SampleDataMark detail="synthetic values" /> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">Edition</th>
            {places.map((s) => (
              <th key={s.place} scope="col">
                {s.placeName}
              </th>
            ))}
            <th scope="col">Release wording (national)</th>
          </tr>
        </thead>
        <tbody>
          {view.years.map(({ year, editions, gap }) => {
            const run = runs.get(year);
            if (gap !== null) {
              return run ? (
                <tr key={year} data-gap={run.kind}>
                  <th scope="row">{yearSpan(run.firstYear, run.lastYear)}</th>
                  <td colSpan={places.length + 1}>{GAP_LABEL[run.kind]}</td>
                </tr>
              ) : null;
            }
            return (
              <Fragment key={year}>
                {editions.map((edition) => {
                  const wording = view.national.series.points.find((p) => p.edition.id === edition.id)?.wording;
                  const change = breakAfter.get(edition.id);
                  return (
                    <tr key={edition.id} data-edition={edition.id}>
                      <th scope="row">{editionName(edition)}</th>
                      {places.map((s) => (
                        <ValueCell key={s.place} point={s.points.find((p) => p.edition.id === edition.id)} />
                      ))}
                      <td>
                        {wording ? `“${wording}”` : '—'}
                        {change ? ` (new wording: not comparable with ${editionName(change.before)})` : ''}
                      </td>
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Editions reported</th>
            {places.map((s) => (
              <td key={s.place}>{seriesCoverage(s)}</td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
      <ScaleTable view={view} />
    </div>
  );
}
