/** Prints the one-page summary (print.css); Ctrl+P gives the same page. */
export function PrintButton() {
  return (
    <button type="button" className="button button--quiet" onClick={() => window.print()}>
      Print one page
    </button>
  );
}
