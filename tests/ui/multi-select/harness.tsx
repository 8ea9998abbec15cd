import { useState } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { MultiSelect } from '../../../src/ui/multi-select';
import { FIELD_OFFICES } from './field-offices';

interface HarnessProps {
  initial: string[];
  maxSelected?: number;
  onChange: (ids: string[]) => void;
}

/** A parent that owns the selection, as the filter bar does. */
function Harness({ initial, maxSelected, onChange }: HarnessProps) {
  const [selected, setSelected] = useState(initial);
  return (
    <>
      <MultiSelect
        label="Field offices"
        placeholder="Type an office…"
        options={FIELD_OFFICES}
        selected={selected}
        maxSelected={maxSelected}
        onChange={(ids) => {
          onChange(ids);
          setSelected(ids);
        }}
      />
      <button type="button">After</button>
    </>
  );
}

export function renderOffices(options: { initial?: string[]; maxSelected?: number } = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn<(ids: string[]) => void>();
  const view = render(<Harness initial={options.initial ?? []} maxSelected={options.maxSelected} onChange={onChange} />);
  return { user, onChange, ...view };
}
