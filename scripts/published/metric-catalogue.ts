/**
 * The metrics of the published package and the source columns they come from.
 * Ids are used in the app's URL, so they are stable; labels stay plain and descriptions carry the
 * caveats from scripts/published-source/SOURCES.md so a reader meets them wherever the metric is shown.
 */
import type { Metric } from '../../src/data/types';

export const METRIC_IDS = [
  'minor-victims',
  'missing-children',
  'adult-victims',
  'total-victims',
  'traffickers',
  'exploitation-suspects',
  'total-arrests',
  'other-arrests',
  'field-offices',
  'task-forces',
  'cities',
  'agencies',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** occ-national.csv column → metric (also the names used in its `qualifiers` column). */
export const NATIONAL_COLUMNS: Readonly<Record<string, MetricId>> = {
  minor_victims_recovered: 'minor-victims',
  missing_children_located: 'missing-children',
  adult_victims_identified: 'adult-victims',
  total_victims_identified: 'total-victims',
  traffickers_arrested: 'traffickers',
  child_exploitation_subjects: 'exploitation-suspects',
  total_arrests: 'total-arrests',
  field_offices_participating: 'field-offices',
  task_forces: 'task-forces',
  cities: 'cities',
  agencies: 'agencies',
};

/** occ-field-office-reported.csv column → metric. `other_arrests` exists only at office level. */
export const OFFICE_COLUMNS: Readonly<Record<string, MetricId>> = {
  minor_victims_recovered: 'minor-victims',
  adult_victims_identified: 'adult-victims',
  traffickers_arrested: 'traffickers',
  other_arrests: 'other-arrests',
};

const DEFINITIONS: Record<MetricId, Omit<Metric, 'id'>> = {
  'minor-victims': {
    label: 'Minor victims recovered or identified',
    shortLabel: 'Minor victims',
    kind: 'outcome',
    description:
      'Children under 18. 2008–2017 releases counted children or juveniles recovered from commercial sex; 2022–2023 releases counted minor victims of child sex trafficking and child sexual exploitation identified or located, a wider scope, so the two periods are not directly comparable. Some outlets add the missing children located to this count (e.g. 121 = 84 + 37 for 2022); the FBI reports them as separate lines, as does this dataset, and they may overlap.',
  },
  'missing-children': {
    label: 'Actively missing children located',
    shortLabel: 'Missing children',
    kind: 'outcome',
    description:
      'Reported from 2022 on, as a line separate from minor victims. The two counts may overlap, so adding them can double-count children.',
  },
  'adult-victims': {
    label: 'Adult victims located or identified',
    shortLabel: 'Adult victims',
    kind: 'outcome',
    description:
      'Adult trafficking victims located; the only national figure is for 2022, other values come from field-office releases. Adults arrested for prostitution in earlier editions were counted as arrests, not as victims, and are not included.',
  },
  'total-victims': {
    label: 'Victims identified or located, adults and minors',
    shortLabel: 'All victims',
    kind: 'outcome',
    description:
      'Stated by the FBI for 2022 and 2023 only as "more than 200" and stored as 200 with an at-least qualifier. For 2022, 84 minor + 141 adult victims = 225 if the two do not overlap.',
  },
  traffickers: {
    label: 'Pimps or traffickers arrested',
    shortLabel: 'Traffickers',
    kind: 'outcome',
    description:
      'Releases through 2015 counted "pimps arrested"; 2016 counted "traffickers and their associates" and 2017 "traffickers". 2022 gave no national count (field offices reported arrests on trafficking-related charges). The 2023 value counts suspects of sex or labor trafficking of adults "identified or arrested", not all of whom were arrested. Compare only within one comparability group.',
  },
  'exploitation-suspects': {
    label: 'Child exploitation suspects identified or arrested',
    shortLabel: 'Suspects',
    kind: 'outcome',
    description:
      'Reported for 2022 and 2023: suspects of child sex trafficking or child sexual exploitation "identified or arrested". An identified suspect is not necessarily an arrestee, so this is not a count of arrests.',
  },
  'total-arrests': {
    label: 'Total arrests',
    shortLabel: 'Arrests',
    kind: 'outcome',
    description:
      'All arrests a release stated (2008–2010 only). Includes adults arrested for prostitution and buyers (e.g. 518 adult prostitution arrests within the 642 of October 2008); the people counted are arrestees, not victims.',
  },
  'other-arrests': {
    label: 'Other arrests reported by a field office',
    shortLabel: 'Other arrests',
    kind: 'outcome',
    description:
      'Field offices only: arrests an office reported besides pimps or traffickers, such as buyers, adults arrested for prostitution, people arrested for soliciting a minor, or arrests whose type was not broken down. What is counted differs from office to office; see the note on each value.',
  },
  'field-offices': {
    label: 'FBI field offices taking part',
    shortLabel: 'Field offices',
    kind: 'scale',
    description:
      'As each release stated (47 divisions in 2013, 54 in 2014, 55 in 2017). The FBI describes 56 field offices and the office list has 56, so a release count need not match the list.',
  },
  'task-forces': {
    label: 'Task forces taking part',
    shortLabel: 'Task forces',
    kind: 'scale',
    description: 'FBI-led child exploitation task forces, as each release stated.',
  },
  cities: {
    label: 'Cities with operations',
    shortLabel: 'Cities',
    kind: 'scale',
    description:
      'As each release stated. Sources disagree for some editions (2016: 103 per the FBI via Reason, 106 per News4Jax).',
  },
  agencies: {
    label: 'Partner agencies',
    shortLabel: 'Agencies',
    kind: 'scale',
    description:
      'Law-enforcement agencies taking part, as each release stated. Several are lower bounds given as "more than N" (October 2008: 92; 2015: 500; 2017: 500; 2022: 200). The 2012 figure (414) also covers ongoing enforcement, not only the sweep.',
  },
};

export const METRICS: Metric[] = METRIC_IDS.map((id) => ({ id, ...DEFINITIONS[id] }));
