import { formatDate } from '../domain/format';
import { useViewState } from '../state/view-context';
import { isYourData } from '../domain/your-data';
import { SampleDataMark } from '../ui/sample-data-mark';
import { YourDataMark } from '../ui/your-data-mark';

/** The dashboard's name, the dataset on screen with its as-of date, and the SAMPLE DATA or YOUR DATA mark. */
export function AppHeader() {
  const { view, entry, status } = useViewState();
  const dataset = view?.index.dataset;
  const manifest = dataset?.manifest;
  const isSample = dataset ? dataset.observations.some((o) => o.origin === 'synthetic') : entry?.kind === 'sample';
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <h1 className="app-header__title">Cross Country Outcomes</h1>
        <p className="app-header__subtitle">
          Results of the FBI’s Operation Cross Country against child sex trafficking
        </p>
        <p className="app-header__dataset" data-testid="dataset-line">
          {manifest ? (
            <>
              <span>{manifest.title}</span> · version {manifest.version} · as of{' '}
              <time dateTime={manifest.asOf}>{formatDate(manifest.asOf)}</time>
            </>
          ) : (
            <span>
              {status === 'error'
                ? `${entry?.title ?? 'The dataset'} could not be loaded; see the panels below.`
                : (entry?.title ?? 'Loading dataset…')}
            </span>
          )}
          {isSample ? (
            <>
              {' '}
              <SampleDataMark detail="synthetic office figures, not published results" />
            </>
          ) : null}
          {manifest && isYourData(manifest) ? (
            <>
              {' '}
              <YourDataMark detail="an analyst’s own figures, not published by the FBI" />
            </>
          ) : null}
        </p>
      </div>
    </header>
  );
}
