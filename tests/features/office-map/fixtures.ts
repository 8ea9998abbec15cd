/** OfficeFigure builders for the map's layout tests: one office per value state, real coordinates. */
import type { Office } from '../../../src/data/types';
import type { OfficeFigure } from '../../../src/domain/office-figures';
import type { ValueState } from '../../../src/domain/value-state';

export const OFFICES: Record<string, Office> = {
  denver: { id: 'denver', name: 'FBI Denver', city: 'Denver', state: 'CO', lat: 39.7392, lon: -104.9903, territoryStates: ['CO', 'WY'] },
  'san-juan': { id: 'san-juan', name: 'FBI San Juan', city: 'San Juan', state: 'PR', lat: 18.4655, lon: -66.1057, territoryStates: ['PR', 'VI'] },
  anchorage: { id: 'anchorage', name: 'FBI Anchorage', city: 'Anchorage', state: 'AK', lat: 61.2181, lon: -149.9003, territoryStates: ['AK'] },
  honolulu: { id: 'honolulu', name: 'FBI Honolulu', city: 'Honolulu', state: 'HI', lat: 21.3069, lon: -157.8583, territoryStates: ['HI'] },
  'new-york': { id: 'new-york', name: 'FBI New York', city: 'New York', state: 'NY', lat: 40.7128, lon: -74.006, territoryStates: ['NY'] },
  newark: { id: 'newark', name: 'FBI Newark', city: 'Newark', state: 'NJ', lat: 40.7357, lon: -74.1724, territoryStates: ['NJ'] },
  london: { id: 'london', name: 'Not a field office', city: 'London', state: '', lat: 51.5072, lon: -0.1276, territoryStates: [] },
};

export function figure(officeId: string, value: number | null, state: ValueState): OfficeFigure {
  const office = OFFICES[officeId];
  if (!office) throw new Error(`no fixture office ${officeId}`);
  return {
    office,
    value,
    qualifier: null,
    display: value === null ? '—' : String(value),
    spoken: value === null ? 'not reported' : String(value),
    state,
    sourceIds: [],
    sources: [],
  };
}
