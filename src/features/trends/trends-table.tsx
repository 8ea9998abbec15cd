import { useState } from 'react';
import type { TrendsView } from '../../domain/trends-view';
import { TrendsTableBody } from './trends-table-body';

/**
 * The charts' readable twin, inside a disclosure so sighted readers can open it too (the exact
 * numbers at 360 px). Its rows are built only while it is open: a closed disclosure hides them from
 * everyone anyway, and with ten offices they would be a quarter of the panel's elements on every
 * filter change (budget 50 ms).
 */
export function TrendsTable({ view }: { view: TrendsView }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="trends-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Table of the figures</summary>
      {open ? <TrendsTableBody view={view} /> : null}
    </details>
  );
}
