/**
 * The wording ledger: how each edition's release worded each metric, and the comparability group it
 * belongs to. Charts draw a definition-change marker, and deltas read "not comparable", wherever the
 * group changes between two editions, so a group changes exactly where the wording or definition does
 * (scripts/published-source/SOURCES.md, "Metric wording changed over the years", and the row notes).
 *
 * Every (edition, metric) that has a value must be worded here: the derivation fails otherwise, so a
 * new figure cannot slip into the package without a ledger entry. Office values use the entry of
 * their edition, like the national ones.
 */
import type { MetricId } from './metric-catalogue';

interface WordingGroup {
  /** Comparability group id; editions in one group can be compared with each other. */
  group: string;
  /** Edition → the release's wording, paraphrased. */
  wording: Readonly<Record<string, string>>;
}

const CHILDREN_RECOVERED = 'children recovered';
const PIMPS_ARRESTED = 'pimps arrested';

export const WORDING_LEDGER: Readonly<Record<MetricId, readonly WordingGroup[]>> = {
  // 2008–2017 counted children found in commercial sex; 2022–2023 widened to minor victims of
  // trafficking and sexual exploitation identified or located (online exploitation included).
  'minor-victims': [
    {
      group: 'minor-victims-recovered',
      wording: {
        I: CHILDREN_RECOVERED,
        II: 'children taken out of exploitation',
        III: 'teens recovered (secondary sources only)',
        IV: CHILDREN_RECOVERED,
        V: CHILDREN_RECOVERED,
        VI: 'children recovered (juveniles in the FBI division chart)',
        VII: CHILDREN_RECOVERED,
        VIII: CHILDREN_RECOVERED,
        IX: 'underage victims recovered',
        X: 'minors recovered in the United States',
        XI: 'sexually exploited juveniles recovered',
      },
    },
    {
      group: 'minor-victims-identified-or-located',
      wording: {
        XII: 'minor victims of child sex trafficking and sexual exploitation identified and located',
        XIII: 'minor victims of child sex trafficking and sexual exploitation identified or located',
      },
    },
  ],
  'missing-children': [
    {
      group: 'missing-children-located',
      wording: { XII: 'actively missing children located', XIII: 'actively missing children located' },
    },
  ],
  // One group, though X's only value is one field office's count from a child-focused operation.
  'adult-victims': [
    {
      group: 'adult-victims-located',
      wording: {
        X: 'adult victims (a field-office release; no national figure)',
        XII: 'adult victims located',
        XIII: 'adult victims located (field-office releases; no national figure)',
      },
    },
  ],
  'total-victims': [
    {
      group: 'victims-identified-or-located',
      wording: {
        XII: 'more than 200 victims identified or located',
        XIII: 'more than 200 victims, adults and minors, identified or located',
      },
    },
  ],
  // Pimps (to 2015) → traffickers (2016–2017): the release renamed the group it counted. X counted
  // "traffickers and their associates", XI "traffickers" alone: a narrower count, so the two are kept
  // apart rather than compared (XI's 120 against X's 239 would overstate a fall). 2022 has only
  // field-office arrests on trafficking-related charges in a campaign that now covered human
  // trafficking generally, so it is a group of its own; 2023 counts suspects identified or arrested.
  traffickers: [
    {
      group: 'traffickers-pimps-arrested',
      wording: {
        II: 'pimps among the arrests',
        III: 'pimps (secondary sources only)',
        IV: PIMPS_ARRESTED,
        V: 'suspected pimps arrested',
        VI: 'pimps arrested',
        VII: 'pimps arrested (the FBI story says pimps and other individuals)',
        VIII: 'pimps arrested on state and federal charges',
        IX: PIMPS_ARRESTED,
      },
    },
    {
      group: 'traffickers-and-associates-arrested',
      wording: { X: 'traffickers and their associates arrested' },
    },
    {
      group: 'traffickers-arrested',
      wording: { XI: 'traffickers arrested' },
    },
    {
      group: 'traffickers-trafficking-charges',
      wording: {
        XII: 'arrested on human trafficking or trafficking-related charges (field-office releases; no national count)',
      },
    },
    {
      group: 'traffickers-suspects-identified-or-arrested',
      wording: { XIII: 'suspects of sex or labor trafficking of adults identified or arrested' },
    },
  ],
  'exploitation-suspects': [
    {
      group: 'exploitation-suspects-identified-or-arrested',
      wording: {
        XII: 'suspects identified or arrested',
        XIII: 'child sexual exploitation or trafficking suspects identified or arrested',
      },
    },
  ],
  'total-arrests': [
    {
      group: 'total-arrests',
      wording: {
        I: 'arrests',
        II: 'arrests, including 73 pimps and 518 adults arrested for prostitution',
        III: 'arrests (a compiled table; CBS said more than 500)',
        IV: 'nearly 700 arrests, including 60 pimps',
        V: 'arrests, including 99 suspected pimps',
      },
    },
  ],
  // Office releases only; what an office counted here varies and is explained on each value.
  'other-arrests': [
    {
      group: 'other-arrests',
      wording: {
        I: 'arrests on state charges (prostitution, pimping, paraphernalia)',
        VII: 'subjects arrested, not broken down',
        X: 'buyers or customers, adults arrested for prostitution, or arrests not broken down',
        XI: 'arrests not broken down, or men arrested for soliciting a minor',
        XII: 'suspects arrested, offence not specified',
        XIII: 'arrests on local charges or for travelling to meet a minor, or offence not specified',
      },
    },
  ],
  'field-offices': [
    {
      group: 'field-offices',
      wording: {
        VII: 'FBI divisions',
        VIII: 'FBI field divisions',
        XI: 'FBI field offices',
      },
    },
  ],
  'task-forces': [
    {
      group: 'task-forces',
      wording: {
        IX: 'FBI Child Exploitation Task Forces',
        X: 'FBI-led task forces',
        XI: 'task forces',
      },
    },
  ],
  cities: [
    {
      group: 'cities',
      wording: {
        I: 'cities',
        II: 'cities',
        III: 'cities (a compiled table; CBS said over 25)',
        IV: 'cities',
        V: 'cities',
        VI: 'cities',
        VII: 'cities',
        VIII: 'cities',
        IX: 'cities',
        X: 'US cities (News4Jax said 106)',
      },
    },
  ],
  // 2012's 414 agencies cover the sweep plus ongoing enforcement (Police Magazine), a wider count than
  // any other edition's, so it stands alone: no delta is drawn into or out of it.
  agencies: [
    {
      group: 'agencies',
      wording: {
        II: 'more than 92 agencies',
        VII: 'agencies',
        VIII: 'agencies',
        IX: 'more than 500 agencies',
        XI: 'more than 500 agencies',
        XII: 'more than 200 partner agencies',
      },
    },
    {
      group: 'agencies-including-ongoing-efforts',
      wording: { VI: 'agencies taking part in the operation and in ongoing efforts' },
    },
  ],
};

/** The ledger entry for one edition's metric, or undefined when the ledger has none. */
export function wordingFor(
  metricId: MetricId,
  editionId: string,
): { wording: string; group: string } | undefined {
  for (const entry of WORDING_LEDGER[metricId]) {
    const wording = entry.wording[editionId];
    if (wording !== undefined) return { wording, group: entry.group };
  }
  return undefined;
}
