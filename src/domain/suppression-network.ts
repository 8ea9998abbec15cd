/**
 * Complementary suppression on one network of totals: which further cells to hide so that no hidden
 * count can be worked out, from the shown cells, the shown totals and what the labels say.
 *
 * Why a network. Every shown total is an equation "parts − total = 0", and every cell a reader
 * cannot see is an unknown in at most two of them: the sum over offices of its metric, and the sum
 * of metrics of its place (all victims = minor + adult). A cell in two equations is an edge between
 * them; a cell in one is an edge to the ground (node 0, an end no equation holds). With the node
 * signs suppression-grid.ts chooses, each edge leaves one end and enters the other, so the equations
 * are flow conservation and the hidden cells a flow.
 *
 * What a reader knows of a hidden cell is its range: 1..K−1 for a "<K", K or more for a cell hidden
 * to protect another (zeros are never hidden, so that is all it can be). A hidden cell is pinned
 * exactly when no cycle of the residual graph passes through it: a residual cycle is another table
 * of whole numbers (each of its cells moved by one, within its range) that keeps every total, and
 * when there is none the cell's value is forced (flow theory: two feasible flows differ by residual
 * cycles). A cycle through one cell also frees every other cell on it.
 *
 * A "<2" can only be 1, its label alone says so: such a cell (range of one value) is only kept out of
 * reach of the totals, i.e. on a cycle of the hidden cells with ranges ignored, which is what the
 * exact rank check of the tests asks (a count no combination of shown totals gives).
 *
 * The algorithm. Each hidden cell in turn: if it is pinned, find the cheapest path that closes a
 * cycle through it (Dijkstra over the hidden cells at no cost and the cells that may be hidden at
 * their value, so the smallest counts are hidden first) and hide the cells on it. Hiding only adds
 * arcs, so a freed cell stays free and one pass suffices.
 *
 * Labels can pin cells on their own: with K = 3, all victims "<3" = minor "<3" + adult "<3" can only
 * be 2 = 1 + 1, and no further hidden cell changes that. As a last resort (it costs more than any
 * count) the path may then show a "<K" at K−1 as plain "hidden", whose range has no upper bound: it
 * is widened. A cell no path can free is exposed: the totals that pin it hold nothing else that may
 * be hidden (e.g. published figures).
 */

export interface NetworkEdge {
  /** Node ids; node 0 is the ground. The cell flows from `from` to `to`. */
  from: number;
  to: number;
  value: number;
  /** The range a reader can infer for the cell when it is hidden. */
  lower: number;
  upper: number;
  /** Hidden from the start: a count from 1 to K−1. */
  primary: boolean;
  /** What hiding it costs when it is not primary (smaller is hidden first); Infinity: never hidden. */
  cost: number;
}

export interface NetworkResult {
  /** Edges hidden to protect others, in the order they were chosen. */
  complementary: number[];
  /** Primary edges shown as "hidden" instead of "<K" (range 1 and up), in the order chosen. */
  widened: number[];
  /** Hidden edges that stay pinned: nothing that may be hidden can free them. */
  exposed: number[];
}

/** Widening a "<K" costs more than hiding any count (counts stop at 9,999,999), less than a national figure. */
export const WIDEN_COST = 1e7;

/** One step of a path: an edge, walked along its flow (+1) or against it (−1), widened to get past K−1. */
interface Step {
  edge: number;
  direction: 1 | -1;
  widen: boolean;
}

export function protectNetwork(nodeCount: number, edges: readonly NetworkEdge[]): NetworkResult {
  return new Protection(nodeCount, edges).run();
}

class Protection {
  private readonly incident: number[][];
  private readonly hidden: boolean[];
  /** The upper end of each edge's range: Infinity once a "<K" is widened. */
  private readonly upper: number[];
  private readonly seen: Int32Array;
  private visit = 0;

  constructor(
    private readonly nodeCount: number,
    private readonly edges: readonly NetworkEdge[],
  ) {
    this.incident = Array.from({ length: nodeCount }, () => []);
    edges.forEach((edge, id) => {
      this.incident[edge.from]?.push(id);
      if (edge.to !== edge.from) this.incident[edge.to]?.push(id);
    });
    this.hidden = edges.map((edge) => edge.primary);
    this.upper = edges.map((edge) => edge.upper);
    this.seen = new Int32Array(nodeCount);
  }

  run(): NetworkResult {
    const complementary: number[] = [];
    const widened: number[] = [];
    const exposed: number[] = [];
    const queue = this.edges.flatMap((edge, id) => (edge.primary ? [id] : []));
    for (let next = 0; next < queue.length; next++) {
      const id = queue[next] ?? 0;
      if (this.isFree(id)) continue;
      const path = this.cheapestRelease(id);
      if (path === null) {
        exposed.push(id);
        continue;
      }
      for (const step of path) {
        if (!this.hidden[step.edge]) {
          this.hidden[step.edge] = true;
          complementary.push(step.edge);
          queue.push(step.edge);
        } else if (step.widen) {
          this.upper[step.edge] = Infinity;
          widened.push(step.edge);
        }
      }
    }
    return { complementary, widened, exposed };
  }

  private edge(id: number): NetworkEdge {
    const edge = this.edges[id];
    if (!edge) throw new RangeError(`no edge ${id}`);
    return edge;
  }

  /** A cell whose label allows one value only ("<2" is 1) is protected from the totals, not from its label. */
  private rangeIgnored(id: number): boolean {
    const edge = this.edge(id);
    return edge.lower >= (this.upper[id] ?? edge.upper);
  }

  /** Can the flow on this edge grow by one (+1) or shrink by one (−1) within its range? */
  private canMove(id: number, direction: 1 | -1): boolean {
    const edge = this.edge(id);
    return direction === 1 ? edge.value < (this.upper[id] ?? edge.upper) : edge.value > edge.lower;
  }

  /**
   * What walking an edge one way costs on a path that frees a cell: nothing along a hidden cell's
   * range, its cost for a cell that may be hidden (within the range it would have), WIDEN_COST to
   * take a "<K" past K−1, Infinity where it cannot go (below 1: zeros are never hidden).
   */
  private moveCost(id: number, direction: 1 | -1): number {
    const edge = this.edge(id);
    if (!this.hidden[id]) return this.canMove(id, direction) ? edge.cost : Infinity;
    if (this.canMove(id, direction)) return 0;
    return direction === 1 && !this.rangeIgnored(id) ? WIDEN_COST : Infinity;
  }

  /** On a cycle of hidden cells: residual for a cell with a range, plain (ranges ignored) for a "<2". */
  private isFree(id: number): boolean {
    const edge = this.edge(id);
    if (this.rangeIgnored(id)) return edge.from === edge.to || this.reaches(edge.to, edge.from, id, false);
    if (edge.from === edge.to) return true;
    return (
      (this.canMove(id, 1) && this.reaches(edge.to, edge.from, id, true)) ||
      (this.canMove(id, -1) && this.reaches(edge.from, edge.to, id, true))
    );
  }

  /** Depth-first search over hidden cells other than `skip`, along residual arcs or (not residual) any way. */
  private reaches(start: number, target: number, skip: number, residual: boolean): boolean {
    const stamp = ++this.visit;
    this.seen[start] = stamp;
    const stack = [start];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      for (const id of this.incident[node] ?? []) {
        if (id === skip || !this.hidden[id]) continue;
        const next = this.neighbour(id, node, residual);
        if (next === undefined || this.seen[next] === stamp) continue;
        if (next === target) return true;
        this.seen[next] = stamp;
        stack.push(next);
      }
    }
    return false;
  }

  /** The other end of an edge from `node`, if the edge may be walked that way. */
  private neighbour(id: number, node: number, residual: boolean): number | undefined {
    const edge = this.edge(id);
    if (edge.from === node && (!residual || this.canMove(id, 1))) return edge.to;
    if (edge.to === node && (!residual || this.canMove(id, -1))) return edge.from;
    return undefined;
  }

  /**
   * The cheapest set of cells to hide that puts `id` on a cycle: a path between its ends over hidden
   * cells (free) and cells that may be hidden (their cost), either way round for a cell with a range.
   */
  private cheapestRelease(id: number): Step[] | null {
    const edge = this.edge(id);
    if (this.rangeIgnored(id)) return this.cheapestPath(edge.to, edge.from, id, false)?.steps ?? null;
    const options = ([1, -1] as const).flatMap((direction) => {
      const own = this.moveCost(id, direction);
      if (own === Infinity) return [];
      const path = direction === 1 ? this.cheapestPath(edge.to, edge.from, id, true) : this.cheapestPath(edge.from, edge.to, id, true);
      const step: Step = { edge: id, direction, widen: own === WIDEN_COST };
      return path ? [{ cost: own + path.cost, steps: [step, ...path.steps] }] : [];
    });
    const [first, second] = options;
    if (!first) return null;
    return second && second.cost < first.cost ? second.steps : first.steps;
  }

  /**
   * Dijkstra over nodes, each edge walked at its moveCost (residual), or either way at no cost if
   * hidden and at its cost if it may be hidden (not residual: ranges ignored). Ties go to the lower
   * node and edge ids, so the choice is deterministic.
   */
  private cheapestPath(start: number, target: number, skip: number, residual: boolean): { cost: number; steps: Step[] } | null {
    const cost = new Float64Array(this.nodeCount).fill(Infinity);
    const done = new Uint8Array(this.nodeCount);
    const via: (Step | undefined)[] = new Array<Step | undefined>(this.nodeCount);
    cost[start] = 0;
    for (;;) {
      let node = -1;
      for (let n = 0; n < this.nodeCount; n++) {
        if (!done[n] && (cost[n] ?? Infinity) < Infinity && (node < 0 || (cost[n] ?? 0) < (cost[node] ?? 0))) node = n;
      }
      if (node < 0) return null;
      if (node === target) break;
      done[node] = 1;
      for (const id of this.incident[node] ?? []) {
        if (id === skip) continue;
        const edge = this.edge(id);
        for (const direction of [1, -1] as const) {
          const next = direction === 1 ? (edge.from === node ? edge.to : undefined) : edge.to === node ? edge.from : undefined;
          if (next === undefined || done[next]) continue;
          const price = residual ? this.moveCost(id, direction) : this.hidden[id] ? 0 : edge.cost;
          const through = (cost[node] ?? 0) + price;
          if (through < (cost[next] ?? Infinity)) {
            cost[next] = through;
            via[next] = { edge: id, direction, widen: residual && this.hidden[id] === true && price === WIDEN_COST };
          }
        }
      }
    }
    const steps: Step[] = [];
    for (let node = target; node !== start; ) {
      const step = via[node];
      if (!step) return null;
      steps.push(step);
      const edge = this.edge(step.edge);
      node = step.direction === 1 ? edge.from : edge.to;
    }
    return { cost: cost[target] ?? Infinity, steps: steps.reverse() };
  }
}
