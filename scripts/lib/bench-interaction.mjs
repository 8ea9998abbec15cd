/**
 * How the benchmark changes a filter, the way a reader would (DESIGN.md §8: "filter change to next
 * painted frame"). Adjust the locator and the steps when the filters panel changes.
 *
 * Iteration i runs FILTER_CHANGE_STEPS[i % length], so consecutive steps must each change the
 * value (alternate between two options): a step that leaves the value as it was updates nothing.
 * The clock starts at the first `input`, `change` or `click` event the step causes, so a step may
 * select an option, tick a checkbox or click a button.
 */

/** The control under test: the form control labelled "Metric" (a `<select>` in the filters panel). */
export function locateFilterControl(page) {
  return page.getByLabel('Metric', { exact: true }).first();
}

export const FILTER_CHANGE_STEPS = Object.freeze([
  { name: 'Metric → second option', run: (control) => control.selectOption({ index: 1 }) },
  { name: 'Metric → first option', run: (control) => control.selectOption({ index: 0 }) },
]);
