import { SampleDataMark } from '../../ui/sample-data-mark';

/**
 * The notes above a breakdown table: the caveat shown while it is sorted by a value (it also travels
 * into the download) and the SAMPLE DATA mark when synthetic values are in it.
 */
export function TableNotes({
  caveat,
  caveatTestId,
  sampleDetail,
}: {
  caveat: string | null;
  caveatTestId: string;
  /** What is synthetic, or null when the table shows no synthetic value. */
  sampleDetail: string | null;
}) {
  return (
    <>
      {caveat ? (
        <p className="breakdown__caveat" data-testid={caveatTestId}>
          {caveat}
        </p>
      ) : null}
      {sampleDetail ? (
        <p className="breakdown__sample">
          <SampleDataMark detail={sampleDetail} />
        </p>
      ) : null}
    </>
  );
}
