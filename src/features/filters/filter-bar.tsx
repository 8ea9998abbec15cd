import { useId, useState, type ReactNode } from 'react';
import { MAX_OFFICES } from '../../domain/view-request';
import { useViewState } from '../../state/view-context';
import { useViewStore } from '../../state/view-store';
import { MultiSelect } from '../../ui/multi-select';
import { SelectField } from '../../ui/select-field';
import {
  datasetGroups,
  datasetOptions,
  editionOptions,
  filterSummary,
  metricGroups,
  officeOptions,
  yearOptions,
} from './filter-options';
import { ReleaseModeField } from './release-mode-field';

/**
 * Dataset, metric, years, focus edition, offices and release mode; every change goes to the URL. On a small screen
 * the fields fold behind one button that says what is chosen (CSS shows the button and honours the
 * fold only there), so the figures come first; on a desktop the fields are always one compact row.
 * `datasetAction` sits beside the dataset choice (the app puts "Load your data" there).
 */
export function FilterBar({ datasetAction }: { datasetAction?: ReactNode }) {
  const { catalogue, request, view, status } = useViewState();
  const [folded, setFolded] = useState(true);
  const formId = useId();
  const navigate = useViewStore((state) => state.navigate);
  // While loading, and when the data failed (the panels say why), each select keeps its final size
  // with one placeholder option; the Dataset select stays usable so the reader can switch away.
  const placeholder = status === 'error' ? 'Unavailable' : 'Loading…';
  const index = view?.index;
  const shown = view?.request ?? request;

  const years = index ? yearOptions(index) : [];
  const [firstYear, lastYear] = index?.yearRange ?? [0, 0];
  const latest = view?.latest;

  const summary = filterSummary({
    datasetTitle: catalogue?.find((entry) => entry.id === request.dataset)?.title,
    metricLabel: view?.metric.shortLabel,
    years: view ? [view.firstYear, view.lastYear] : undefined,
    focusId: view?.focus?.id,
    officeNames: view?.offices.map((office) => office.name) ?? [],
    releaseThreshold: shown.suppress,
  });

  return (
    <div className="filter-area" data-folded={folded}>
      <button
        type="button"
        className="filter-toggle"
        aria-expanded={!folded}
        aria-controls={formId}
        onClick={() => setFolded((value) => !value)}
      >
        <span className="filter-toggle__label">{folded ? 'Show filters' : 'Hide filters'}</span>
        <span className="filter-toggle__summary">{summary}</span>
      </button>
      <form id={formId} className="filter-bar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Dataset"
          className="field--wide"
          value={request.dataset}
          options={datasetOptions(
            catalogue ?? [{ id: request.dataset, title: status === 'error' ? 'Unavailable' : 'Loading…', kind: 'published', path: '' }],
          )}
          groups={datasetGroups(catalogue ?? [])}
          onChange={(dataset) => navigate({ dataset })}
          disabled={!catalogue}
        />
        {datasetAction}
        <SelectField
          label="Metric"
          className="field--wide"
          value={shown.metric}
          groups={index ? metricGroups(index) : [{ label: placeholder, options: [{ value: shown.metric, label: placeholder }] }]}
          onChange={(metric) => navigate({ metric })}
          disabled={!index}
        />
        <SelectField
          label="From"
          value={String(shown.from ?? firstYear)}
          // Only years up to "To" are offered (and vice versa), so the range can never be inverted.
          options={years.filter((y) => Number(y.value) <= (shown.to ?? lastYear))}
          onChange={(value) => {
            const from = Number(value);
            navigate({ from: from === firstYear ? null : from });
          }}
          disabled={!index}
        />
        <SelectField
          label="To"
          value={String(shown.to ?? lastYear)}
          options={years.filter((y) => Number(y.value) >= (shown.from ?? firstYear))}
          onChange={(value) => {
            const to = Number(value);
            navigate({ to: to === lastYear ? null : to });
          }}
          disabled={!index}
        />
        <SelectField
          label="Focus edition"
          className="field--wide"
          value={shown.edition ?? latest?.id ?? ''}
          options={index ? editionOptions(index) : []}
          onChange={(edition) => navigate({ edition: edition === latest?.id ? null : edition })}
          disabled={!index}
        />
        <div className="field field--offices">
          <MultiSelect
            label="Field offices"
            placeholder="Type an office…"
            options={index ? officeOptions(index) : []}
            selected={shown.offices}
            onChange={(offices) => navigate({ offices })}
            maxSelected={MAX_OFFICES}
          />
        </div>
        <ReleaseModeField threshold={shown.suppress} hidePublished={shown.suppressPublished} onChange={(change) => navigate(change)} />
      </form>
    </div>
  );
}
