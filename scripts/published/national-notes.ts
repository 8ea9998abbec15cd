/**
 * Short notes on single national values, paraphrased from the row notes in occ-national.csv (the
 * full row note stays on the edition). Only values the row note says something about get one; the
 * derivation rejects a note for a value that was not published, so a note cannot outlive its figure.
 */
import type { MetricId } from './metric-catalogue';

export const NATIONAL_NOTES: Readonly<Record<string, Partial<Record<MetricId, string>>>> = {
  I: {
    'total-arrests':
      '389 per the Dallas Observer and a compiled table citing FBI material; ABC News rounded it to about 300.',
  },
  II: {
    agencies: 'Given as "more than 92" agencies; stored as 92 with an at-least qualifier.',
    'minor-victims': 'FBI figure (children taken out of exploitation); a blogger table lists 49.',
    traffickers: 'The 73 "pimps" AP reported among the 642 arrests.',
    'total-arrests':
      'Includes 518 adults arrested for prostitution (arrestees, not counted as victims here).',
  },
  III: {
    cities: 'From a compiled table citing FBI releases; CBS said "over 25" cities.',
    'minor-victims':
      '48 teens per CBS/Sky News as summarised by a student news blog (Miami Herald preliminary: more than 45). No FBI release was found.',
    traffickers:
      '55 pimps per CBS/Sky News as summarised by a student news blog (Miami Herald preliminary: more than 50). No FBI release was found.',
    'total-arrests': 'From a compiled table citing FBI releases; CBS said "more than 500".',
  },
  IV: {
    traffickers: '60 pimps.',
    'total-arrests': 'Reported as "nearly 700"; stored as 700 with an approximately qualifier.',
  },
  V: {
    traffickers: '99 suspected pimps.',
    'total-arrests': 'CBS gives 884; the Washington Times and a compiled table give 885.',
  },
  VI: {
    agencies:
      'Per Police Magazine; covers the operation plus ongoing enforcement efforts, not only the three-day sweep.',
    traffickers: '104 pimps.',
  },
  VII: {
    'field-offices': '47 FBI divisions.',
    'minor-victims': 'FBI figure; some outlets reported 106 teens.',
    traffickers:
      'The FBI\'s "150 pimps" (its story says pimps and other individuals); some outlets reported 159 arrests.',
  },
  VIII: {
    'field-offices': '54 FBI field divisions.',
    traffickers: '281 pimps arrested on state and federal charges.',
    agencies: '392 per Reuters; FBI Sacramento said nearly 400.',
  },
  IX: {
    'task-forces': '73 FBI Child Exploitation Task Forces.',
    agencies: 'Given as "more than 500"; stored as 500 with an at-least qualifier.',
    'minor-victims': '149 underage victims recovered (3 male, 3 transgender).',
    traffickers: '153 pimps arrested; some outlets say "more than 150 pimps and others".',
  },
  X: {
    cities: '103 per Reason citing the FBI; News4Jax said 106.',
    'minor-victims':
      'United States only; the 16 recovered in Canada and 25 in Cambodia, Thailand and the Philippines are not included.',
    traffickers: '239 "traffickers and their associates" (also phrased as pimps and other individuals).',
  },
  XI: {
    agencies: 'Given as "more than 500" agencies (in 78 task forces); stored as 500 with an at-least qualifier.',
    'minor-victims': '84 sexually exploited juveniles.',
    traffickers: 'The 120 arrestees the FBI described as traffickers.',
  },
  XII: {
    agencies: 'Given as "more than 200" partners; stored as 200 with an at-least qualifier.',
    'minor-victims':
      'Minor victims of child sex trafficking or sexual exploitation identified and located; counted separately from the 37 missing children.',
    'adult-victims': 'Adult trafficking victims located.',
    'total-victims':
      'The FBI said "more than 200"; stored as 200 with an at-least qualifier; 84+141=225 if no overlap.',
    'exploitation-suspects':
      'Suspects "identified or arrested"; no separate trafficker arrest count was published.',
  },
  XIII: {
    'total-victims':
      '"More than 200" victims, adults and minors combined (adult count not broken out); stored as 200 with an at-least qualifier.',
    traffickers:
      'Suspects of sex or labor trafficking of adults "identified or arrested"; not all were arrested.',
    'exploitation-suspects': 'Child sexual exploitation or trafficking suspects identified or arrested.',
  },
};
