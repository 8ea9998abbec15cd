import { YOUR_DATA_MARK } from '../domain/your-data';

/**
 * The mark on an analyst's own figures: violet where SAMPLE DATA is red, and worded so it cannot be
 * taken for published results. `detail` names the file and load date.
 */
export function YourDataMark({ detail }: { detail: string }) {
  return (
    <span className="your-data-mark" role="note" aria-label={`${YOUR_DATA_MARK}: ${detail}`}>
      {YOUR_DATA_MARK}
      <span className="your-data-mark__detail"> · {detail}</span>
    </span>
  );
}
