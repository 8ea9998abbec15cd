import { useCatalogue, useDataset } from '../../api/use-dataset';
import { latestEditionWithResults } from '../../domain/editions';
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

/** Up to ten offices stay readable side by side in the trends and the table. */
const MAX_OFFICES = 10;

/** Dataset, metric, years, focus edition and offices; every change goes to the store and the URL. */
export function FilterBar() {
  const filters = useFiltersStore((state) => state.filters);
  const setFilters = useFiltersStore((state) => state.setFilters);
  const catalogue = useCatalogue();
  const { index } = useDataset(filters.dataset);
  const loading = !index;

  const years = index ? yearOptions(index) : [];
  const [firstYear, lastYear] = index?.yearRange ?? [0, 0];
  const latest = index ? latestEditionWithResults(index) : undefined;

  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Dataset"
        className="field--wide"
        value={filters.dataset}
        options={datasetOptions(catalogue.data?.datasets ?? [{ id: filters.dataset, title: 'Loading…', kind: 'published', path: '' }])}
        onChange={(dataset) => setFilters({ dataset })}
        disabled={!catalogue.data}
      />
      <SelectField
        label="Metric"
        className="field--wide"
        value={filters.metric}
        groups={index ? metricGroups(index) : [{ label: 'Loading', options: [{ value: filters.metric, label: 'Loading…' }] }]}
        onChange={(metric) => setFilters({ metric })}
        disabled={loading}
      />
      <SelectField
        label="From"
        value={String(filters.from ?? firstYear)}
        options={years}
        onChange={(value) => {
          const from = Number(value);
          setFilters({ from: from === firstYear ? null : from, to: filters.to !== null && filters.to < from ? null : filters.to });
        }}
        disabled={loading}
      />
      <SelectField
        label="To"
        value={String(filters.to ?? lastYear)}
        options={years}
        onChange={(value) => {
          const to = Number(value);
          setFilters({ to: to === lastYear ? null : to, from: filters.from !== null && filters.from > to ? null : filters.from });
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
