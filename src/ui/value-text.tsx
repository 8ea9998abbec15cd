/**
 * A value as shown ("200+", "—") with its words for screen readers ("more than 200", "not reported")
 * only where the two differ, so copying "59" from the page gives "59", not "5959".
 */
export function ValueText({ display, spoken }: { display: string; spoken: string }) {
  if (display === spoken) return <>{display}</>;
  return (
    <>
      <span aria-hidden="true">{display}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}
