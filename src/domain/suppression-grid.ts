/**
 * The cells release mode decides on, and the totals a reader sees over them, as one network per
 * edition (suppression-network.ts). What a reader is assumed to know, on the cautious side:
 *
 * - Every shown cell, every published figure (public, whether or not this page shows it), every zero,
 *   and every "not reported" part as if it were known (a reader may take an office that did not take
 *   part as 0; protection must not lean on a value nobody has).
 * - Per edition and metric, the sum over offices: the national figure is taken to be exactly the sum
 *   of the offices (it is in the sample and in analysts' files; a "more than N" is taken as exact),
 *   and where there is no national figure the table's sum row shows the sum.
 * - Per edition and place, each sum of metrics (all victims = minor + adult) where it holds: the
 *   total has a value and equals its parts, a part not reported counted as 0 (sumsThatHold).
 * - Changes between editions add nothing: one is shown only between two shown values (suppression.ts).
 *
 * Only outcome counts are suppressed: scale metrics (cities, agencies, task forces) count no person.
 */
import { NATIONAL } from '../data/types';
import type { Dataset, Observation } from '../data/types';
import { METRIC_SUMS } from './suppression';
import type { MetricSum } from './suppression';
import type { NetworkEdge } from './suppression-network';

// Defined with the rule (suppression.ts), so the first view need not load this module for them.
export { METRIC_SUMS };
export type { MetricSum };


export type CellRole =
  /** Shown and fixed: a zero, a published figure, a count of a scale metric. */
  | 'known'
  /** A published count from 1 to K−1 shown as "<K" because the reader asked: public, so still known. */
  | 'published-small'
  /** A count from 1 to K−1: hidden as "<K". */
  | 'primary'
  /** A count of K or more that may be hidden to protect another. */
  | 'candidate';

export interface GridCell {
  observation: Observation;
  role: CellRole;
  /** A count of people (an outcome metric), as opposed to a scale figure such as cities. */
  isCount: boolean;
}

export interface EditionNetwork {
  editionId: string;
  nodeCount: number;
  edges: NetworkEdge[];
  /** The cell of each edge, by edge id. */
  cells: Observation[];
}

export interface SuppressionGrid {
  /** Every cell with a value, outcome or scale, with its role. */
  cells: GridCell[];
  networks: EditionNetwork[];
}

/**
 * Hiding a national figure costs more than any count (counts stop at 9,999,999): it is the number
 * every view leads with, so it is hidden only when no office cell can protect instead.
 */
const NATIONAL_COST = 1e8;

export function cellRole(observation: Observation, isOutcome: boolean, threshold: number, hidePublished: boolean): CellRole {
  const { value } = observation;
  if (!isOutcome || value === null || value === 0) return 'known';
  if (observation.origin === 'published') return hidePublished && value < threshold ? 'published-small' : 'known';
  return value < threshold ? 'primary' : 'candidate';
}

export function assertMetricSums(metricSums: readonly MetricSum[]): void {
  const seen = new Set<string>();
  for (const sum of metricSums) {
    for (const metricId of [sum.total, ...sum.parts]) {
      // A metric in two sums would put one cell in three totals: not a network any more.
      if (seen.has(metricId)) throw new Error(`metric ${metricId} is in more than one sum of metrics`);
      seen.add(metricId);
    }
  }
}

export function suppressionGrid(
  dataset: Dataset,
  threshold: number,
  hidePublished: boolean,
  metricSums: readonly MetricSum[],
): SuppressionGrid {
  assertMetricSums(metricSums);
  const outcome = new Set(dataset.metrics.filter((metric) => metric.kind === 'outcome').map((metric) => metric.id));
  const places = new Set([NATIONAL, ...dataset.offices.map((office) => office.id)]);
  const byEdition = new Map<string, Observation[]>();
  const cells: GridCell[] = [];
  for (const observation of dataset.observations) {
    if (observation.value === null || !places.has(observation.place)) continue;
    const isCount = outcome.has(observation.metricId);
    const role = cellRole(observation, isCount, threshold, hidePublished);
    cells.push({ observation, role, isCount });
    if (role !== 'primary' && role !== 'candidate') continue;
    const list = byEdition.get(observation.editionId);
    if (list) list.push(observation);
    else byEdition.set(observation.editionId, [observation]);
  }
  const sums = metricSums.filter((sum) => [sum.total, ...sum.parts].every((id) => outcome.has(id)));
  const holding = sumsThatHold(cells, sums);
  const networks = dataset.editions.flatMap((edition) => {
    const variables = byEdition.get(edition.id);
    if (!variables) return [];
    return [editionNetwork(edition.id, variables, sums, holding, threshold)];
  });
  return { cells, networks };
}

/** A cell's place in one shown total: the node, and +1 for a part or −1 for the total. */
interface Incidence {
  node: number;
  sign: 1 | -1;
}

const totalKey = (editionId: string, metricId: string, place: string): string => `${editionId}\u0000${metricId}\u0000${place}`;

/**
 * The (edition, sum, place) where a sum of metrics is an equation a reader can use: the total has a
 * value and equals its parts, a part not reported counted as 0 (the cautious reading). Where the
 * figures do not add up (the sample draws metrics independently; releases count groups that
 * overlap), solving the sum gives a wrong number, not a hidden one.
 */
function sumsThatHold(cells: readonly GridCell[], sums: readonly MetricSum[]): Set<string> {
  const values = new Map<string, number>();
  for (const { observation: o } of cells) values.set(totalKey(o.editionId, o.metricId, o.place), o.value ?? 0);
  const holding = new Set<string>();
  for (const { observation: o } of cells) {
    for (const sum of sums) {
      if (o.metricId !== sum.total) continue;
      const parts = sum.parts.reduce((total, part) => total + (values.get(totalKey(o.editionId, part, o.place)) ?? 0), 0);
      if (parts === o.value) holding.add(totalKey(o.editionId, sum.total, o.place));
    }
  }
  return holding;
}

function editionNetwork(
  editionId: string,
  variables: readonly Observation[],
  metricSums: readonly MetricSum[],
  holding: ReadonlySet<string>,
  threshold: number,
): EditionNetwork {
  // Node 0 is the ground; then one node per metric summed over offices, one per place and sum of metrics.
  let nodeCount = 1;
  const officeSumNode = new Map<string, number>();
  const metricSumNode = new Map<string, number>();
  const sumOfMetric = new Map<string, MetricSum>();
  for (const sum of metricSums) for (const id of [sum.total, ...sum.parts]) sumOfMetric.set(id, sum);

  const incidences = variables.map((cell): Incidence[] => {
    const list: Incidence[] = [];
    let office = officeSumNode.get(cell.metricId);
    if (office === undefined) officeSumNode.set(cell.metricId, (office = nodeCount++));
    list.push({ node: office, sign: cell.place === NATIONAL ? -1 : 1 });
    const sum = sumOfMetric.get(cell.metricId);
    const key = sum ? totalKey(editionId, sum.total, cell.place) : '';
    if (sum && holding.has(key)) {
      let node = metricSumNode.get(key);
      if (node === undefined) metricSumNode.set(key, (node = nodeCount++));
      list.push({ node, sign: cell.metricId === sum.total ? -1 : 1 });
    }
    return list;
  });

  const potential = nodePotentials(nodeCount, incidences);
  const edges = variables.map((cell, i): NetworkEdge => {
    const [first, second] = incidences[i] ?? [];
    const value = cell.value ?? 0;
    const primary = value < threshold;
    let from = 0;
    let to = 0;
    if (first) {
      const out = (potential[first.node] ?? 1) * first.sign === 1;
      const other = second?.node ?? 0;
      [from, to] = out ? [first.node, other] : [other, first.node];
    }
    return {
      from,
      to,
      value,
      lower: primary ? 1 : threshold,
      upper: primary ? threshold - 1 : Infinity,
      primary,
      cost: primary ? 0 : value + (cell.place === NATIONAL ? NATIONAL_COST : 0),
    };
  });
  return { editionId, nodeCount, edges, cells: [...variables] };
}

/**
 * A sign per node such that every cell in two totals leaves one and enters the other: the
 * equation "Σ sign·x = constant" of each node times its potential is then flow conservation.
 * Two-colouring along the cells; a conflict means the sums of metrics do not form a network.
 */
function nodePotentials(nodeCount: number, incidences: readonly Incidence[][]): number[] {
  const potential = new Array<number>(nodeCount).fill(0);
  const links: { node: number; factor: number }[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of incidences) {
    if (!a || !b) continue;
    // s(b)·sign(b) = −s(a)·sign(a), so s(b) = −s(a)·sign(a)·sign(b).
    links[a.node]?.push({ node: b.node, factor: -a.sign * b.sign });
    links[b.node]?.push({ node: a.node, factor: -a.sign * b.sign });
  }
  for (let root = 1; root < nodeCount; root++) {
    if (potential[root] !== 0) continue;
    potential[root] = 1;
    const stack = [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      for (const link of links[node] ?? []) {
        const wanted = (potential[node] ?? 1) * link.factor;
        if (potential[link.node] === 0) {
          potential[link.node] = wanted;
          stack.push(link.node);
        } else if (potential[link.node] !== wanted) {
          throw new Error('the shown totals do not form a network: a cell would be counted twice the same way');
        }
      }
    }
  }
  return potential;
}
