/**
 * Types for the one source file of d3-composite-projections the derivation uses. The package root's
 * `main` is a UMD bundle that Node (and so Vitest) cannot import by name, and its `module` entry
 * imports files without extensions; this ES module file loads everywhere.
 */
declare module 'd3-composite-projections/src/albersUsaTerritories.js' {
  import type { geoAlbersUsaTerritories } from 'd3-composite-projections';

  const projection: typeof geoAlbersUsaTerritories;
  export default projection;
}
