import { useCatalogue, useDataset } from '../../api/use-dataset';
import { latestEditionWithResults } from '../../domain/editions';
import { MAX_OFFICES } from '../../state/filters';
import { useFiltersStore } from '../../state/filters-store';
import { MultiSelect } from '../../ui/multi-select';
import { SelectField } from '../../ui/select-field';
import {
  datasetOptions,
  editionOptions,
  metricGroups,
  officeOptions,
  yearOptions,
} from './filter-options';

/** Dataset, metric, years, focus edition and offices; every change goes to the store and the URL. */
export function FilterBar() {
  const filters = useFiltersStore((state) => state.filters);
  const setFilters = useFiltersStore((state) => state.setFilters);
  const catalogue = useCatalogue();
  const { index, status } = useDataset(filters.dataset);
  const loading = !index;
  // While loading, and when the data failed (the panels say why), each select keeps its final size
  // with one placeholder option; the Dataset select stays usable so the reader can switch away.
  const placeholder = status === 'error' ? 'Unavailable' : 'Loading…';

  const years = index ? yearOptions(index) : [];
  const [firstYear, lastYear] = index?.yearRange ?? [0, 0];
  const latest = index ? latestEditionWithResults(index) : undefined;

  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Dataset"
        className="field--wide"
        value={filters.dataset}
        options={datasetOptions(
          catalogue.data?.datasets ?? [{ id: filters.dataset, title: catalogue.isError ? 'Unavailable' : 'Loading…', kind: 'published', path: '' }],
        )}
        onChange={(dataset) => setFilters({ dataset })}
        disabled={!catalogue.data}
      />
      <SelectField
        label="Metric"
        className="field--wide"
        value={filters.metric}
        groups={index ? metricGroups(index) : [{ label: placeholder, options: [{ value: filters.metric, label: placeholder }] }]}
        onChange={(metric) => setFilters({ metric })}
        disabled={loading}
      />
      <SelectField
        label="From"
        value={String(filters.from ?? firstYear)}
        // Only years up to "To" are offered (and vice versa), so the range can never be inverted.
        options={years.filter((y) => Number(y.value) <= (filters.to ?? lastYear))}
        onChange={(value) => {
          const from = Number(value);
          setFilters({ from: from === firstYear ? null : from });
        }}
        disabled={loading}
      />
      <SelectField
        label="To"
        value={String(filters.to ?? lastYear)}
        options={years.filter((y) => Number(y.value) >= (filters.from ?? firstYear))}
        onChange={(value) => {
          const to = Number(value);
          setFilters({ to: to === lastYear ? null : to });
        }}
        disabled={loading}
      />
      <SelectField
        label="Focus edition"
        className="field--wide"
        value={filters.edition ?? latest?.id ?? ''}
        options={index ? editionOptions(index) : []}
        onChange={(edition) => setFilters({ edition: edition === latest?.id ? null : edition })}
        disabled={loading}
      />
      <div className="field field--offices">
        <MultiSelect
          label="Field offices"
          placeholder="Type an office…"
          options={index ? officeOptions(index) : []}
          selected={filters.offices}
          onChange={(offices) => setFilters({ offices })}
          maxSelected={MAX_OFFICES}
        />
      </div>
    </form>
  );
}
