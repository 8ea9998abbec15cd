/** The mark that travels with every synthetic value on screen (and, later, in exports). */
export function SampleDataMark({ detail }: { detail?: string }) {
  return (
    <span className="sample-mark" role="note" aria-label={detail ? `Sample data: ${detail}` : 'Sample data'}>
      SAMPLE DATA
      {detail ? <span className="sample-mark__detail"> · {detail}</span> : null}
    </span>
  );
}
