/**
 * The pages the benchmark measures besides the default one, and how each is brought on screen the
 * way a reader would get there: open the link, scroll to the panel, wait until it has drawn. Adjust
 * the locators here when a panel's heading or marks change.
 */

/** Issue 3: the trends panel at its heaviest, the ten offices the filters allow at most. */
const TEN_OFFICES = ['denver', 'seattle', 'phoenix', 'chicago', 'albany', 'san-juan', 'anchorage', 'honolulu', 'miami', 'boston'];
export const TEN_OFFICES_PATH = `/?dataset=sample&offices=${TEN_OFFICES.join(',')}`;
/** The national chart plus one per office. */
export const TEN_OFFICES_CHARTS = 1 + TEN_OFFICES.length;
/** Issue 4: the map at its fullest, a symbol for each of the 56 field offices (sample data, XIII). */
export const MAP_PATH = '/?dataset=sample&edition=XIII';
export const MAP_OFFICES = 56;

const WAIT_MS = 15_000;

export function trendsPanel(page) {
  return page.getByRole('region', { name: 'Year-over-year trends' });
}

export function mapPanel(page) {
  return page.getByRole('region', { name: 'Field-office map' });
}

/**
 * Scrolls the trends panel into view (its code loads near the viewport) and waits for the charts:
 * the national chart plus one per selected office. With ten offices the panel is taller than the
 * screen, so the national chart is then brought into view: the first thing a reader arriving at the
 * panel sees, with the first office charts below it. Returns how many charts are drawn.
 */
export async function showTrends(page, expectedCharts = 1) {
  const panel = trendsPanel(page);
  await panel.scrollIntoViewIfNeeded();
  const national = panel.getByRole('group', { name: /^National:/ });
  const charts = panel.getByRole('group', { name: /^[^:]+: .* by edition, bar chart$/ });
  await national.waitFor({ timeout: WAIT_MS });
  await charts.nth(expectedCharts - 1).waitFor({ timeout: WAIT_MS });
  await national.scrollIntoViewIfNeeded();
  return charts.count();
}

/**
 * Scrolls the map panel into view (its code and outlines load as it nears the viewport, unless the
 * idle load after the first view fetched them already) and waits until every office symbol is drawn. Returns how many symbols are drawn.
 */
export async function showMap(page) {
  const panel = mapPanel(page);
  await panel.scrollIntoViewIfNeeded();
  const symbols = panel.locator('.office-symbol');
  await symbols.nth(MAP_OFFICES - 1).waitFor({ timeout: WAIT_MS });
  return symbols.count();
}

/** The chunk that holds the map's code, with the other panels' (scripts/chunk-groups.ts names it `panels`). */
export function isMapChunk(file) {
  return /\/panels-[\w-]+\.js$/.test(file);
}
