/* global Event, window, document -- used only inside callbacks that run in the browser (locator.evaluate, page.evaluate) */
/**
 * How the benchmark changes a filter (docs/DESIGN.md §8: "filter change to next painted frame"). Adjust
 * the locator and the steps when the filter bar changes.
 *
 * Iteration i runs FILTER_CHANGE_STEPS[i % length], so consecutive steps must each change the
 * value (alternate between two options): a step that leaves the value as it was updates nothing.
 * The clock starts at the first `input`, `change` or `click` event the step causes.
 */

/** The control under test: the Metric `<select>` of the filter bar. */
export function locateFilterControl(page) {
  return page.getByRole('form', { name: 'Filters' }).getByLabel('Metric', { exact: true });
}

/**
 * Picks the option at `index` the way the browser does when a reader picks one: set the value,
 * then `input` and `change`, both bubbling (React listens for `change` on selects at the root).
 * Done inside the page rather than with Playwright's selectOption, which would first scroll the
 * filter bar back into view and so take the panel under test off screen.
 */
function chooseOption(select, index) {
  const option = select.options[index];
  if (option === undefined) throw new Error(`the select has no option ${index}`);
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export const FILTER_CHANGE_STEPS = Object.freeze([
  { name: 'Metric → second option', run: (control) => control.evaluate(chooseOption, 1) },
  { name: 'Metric → first option', run: (control) => control.evaluate(chooseOption, 0) },
]);

/**
 * Text that must differ after a step, proving React re-rendered for the new metric (an event that
 * React ignored would still cause no mutation, but a stray mutation could): the text of the panels
 * in the viewport. Only those: a panel off screen keeps its text until the view settles
 * (src/ui/panel-visibility.tsx), so the headline's sentence proves nothing once it is scrolled away.
 */
export function readRenderedText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('section.panel')]
      .filter((panel) => {
        const box = panel.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
      .map((panel) => panel.textContent)
      .join('\n'),
  );
}
