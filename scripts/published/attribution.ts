/**
 * Which sources support each published value.
 *
 * A source CSV row lists every source used for the whole row (dates, cities, counts, conflicts). A
 * reader who follows a number to its source should land on a page that states that number, so each
 * value is narrowed to the row's sources whose summary in scripts/published-source/SOURCES.md states
 * the figure. A value not listed here keeps all of its row's sources (the summaries do not make the
 * split clear), and the derivation rejects any id that is not among the row's own sources.
 */
import type { MetricId } from './metric-catalogue';

export type Attribution = Partial<Record<MetricId, readonly string[]>>;

/** National values, by edition. */
export const NATIONAL_ATTRIBUTION: Readonly<Record<string, Attribution>> = {
  // S1 (FBI) states the 16 cities and 21 children, S2 names the 16 cities; 389 arrests: S3 and S9.
  I: { cities: ['S1', 'S2'], 'minor-victims': ['S1'], 'total-arrests': ['S3', 'S9'] },
  // FBI release S4: 29 cities, more than 92 agencies, 47 children, 642 arrests; AP (S5) has the 73
  // pimps and also breaks down the 642.
  II: {
    cities: ['S4'],
    agencies: ['S4'],
    'minor-victims': ['S4'],
    traffickers: ['S5'],
    'total-arrests': ['S4', 'S5'],
  },
  // 48 teens and 55 pimps: CBS/Sky via the student blog (S7); 29 cities and 571 arrests: S9's table.
  III: {
    cities: ['S9'],
    'minor-victims': ['S7'],
    traffickers: ['S7'],
    'total-arrests': ['S9'],
  },
  // 36 cities: Wichita Eagle (S11); 52 children and "nearly 700": S10 and S11; 60 pimps: Salon (S10).
  IV: {
    cities: ['S11'],
    'minor-victims': ['S10', 'S11'],
    traffickers: ['S10'],
    'total-arrests': ['S10', 'S11'],
  },
  // 40 cities and the kept total of 884: CBS (S12); 69 children and 99 pimps: S12 and S13.
  V: {
    cities: ['S12'],
    'minor-victims': ['S12', 'S13'],
    traffickers: ['S12', 'S13'],
    'total-arrests': ['S12'],
  },
  // 57 cities: S16 and S17; 414 agencies: Police Magazine (S18); 79 and 104: Shared Hope (S16).
  VI: {
    cities: ['S16', 'S17'],
    agencies: ['S18'],
    'minor-victims': ['S16'],
    traffickers: ['S16'],
  },
  // 47 divisions: S20 and S21; 76 cities, 105 children, 150 pimps: the FBI release in S20; 230
  // agencies: Heavy.com (S21).
  VII: {
    'field-offices': ['S20', 'S21'],
    cities: ['S20'],
    agencies: ['S21'],
    'minor-victims': ['S20'],
    traffickers: ['S20'],
  },
  // S28 states 54 divisions, 106 cities, 168 children and 281 pimps; 392 agencies: Reuters (S29).
  VIII: {
    'field-offices': ['S28'],
    cities: ['S28'],
    agencies: ['S29'],
    'minor-victims': ['S28'],
    traffickers: ['S28'],
  },
  // 73 task forces: S36; 135 cities and 500 partners: S36 and S37; 149: S33, S35, S37; 153 pimps: S35
  // and S37 (S33 only says "more than 150 pimps and others").
  IX: {
    'task-forces': ['S36'],
    cities: ['S36', 'S37'],
    agencies: ['S36', 'S37'],
    'minor-victims': ['S33', 'S35', 'S37'],
    traffickers: ['S35', 'S37'],
  },
  // 74 task forces and 103 cities: Reason citing the FBI (S41); 82 and 239: the FBI release (S40).
  X: {
    'task-forces': ['S41'],
    cities: ['S41'],
    'minor-victims': ['S40'],
    traffickers: ['S40'],
  },
  // Every XI figure is in the FBI story S47; S48 supports only the dates.
  XI: {
    'field-offices': ['S47'],
    'task-forces': ['S47'],
    agencies: ['S47'],
    'minor-victims': ['S47'],
    traffickers: ['S47'],
  },
  // KCRG (S53) has 84 / 37 / 141 / 85; "more than 200" partners: KWTX (S54); "more than 200"
  // victims: ClickOnDetroit (S55).
  XII: {
    agencies: ['S54'],
    'minor-victims': ['S53'],
    'missing-children': ['S53'],
    'adult-victims': ['S53'],
    'total-victims': ['S55'],
    'exploitation-suspects': ['S53'],
  },
  // WSAW (S62) has every XIII figure; KFVS12 (S63) states the qualifiers of the 200 and the 68.
  XIII: {
    'minor-victims': ['S62'],
    'missing-children': ['S62'],
    'total-victims': ['S62', 'S63'],
    traffickers: ['S62', 'S63'],
    'exploitation-suspects': ['S62'],
  },
};

/** Office values, by `edition/office`. Rows with a single source need no entry. */
export const OFFICE_ATTRIBUTION: Readonly<Record<string, Attribution>> = {
  // 16 and 7 come from the FBI spokesperson (S14); S13 and S15 give 23 children for Puget Sound.
  'V/seattle': { 'minor-victims': ['S14'], traffickers: ['S14'] },
  // Beverly Press (S19) confirms the 5 minors but reported 1 pimping arrest, not the chart's 3.
  'VI/los-angeles': { 'minor-victims': ['S16', 'S19'], traffickers: ['S16'] },
  // 2013: S22 (FBI Milwaukee) lists recoveries only; NBC (S23) gives recoveries and pimps.
  'VII/san-francisco': { 'minor-victims': ['S22', 'S23'], traffickers: ['S23'] },
  'VII/detroit': { 'minor-victims': ['S22', 'S23'], traffickers: ['S23'] },
  'VII/milwaukee': { 'minor-victims': ['S22', 'S23'], 'other-arrests': ['S22'] },
  'VII/denver': { 'minor-victims': ['S22', 'S23'], traffickers: ['S23'] },
  'VII/new-orleans': { 'minor-victims': ['S22', 'S23'], traffickers: ['S23'] },
  // NBC (S23) reported 5 victims in Connecticut; the 6 is FBI Milwaukee's list (S22).
  'VII/new-haven': { 'minor-victims': ['S22'] },
  // The 6 pimps are from the Los Angeles Times via S27; S22 lists the 5 recoveries too.
  'VII/san-diego': { traffickers: ['S27'] },
  // Aju Press (S24) gives children and pimps; Her Campus (S26) gives the pimp counts only.
  'VII/atlanta': { 'minor-victims': ['S24'] },
  'VII/oklahoma-city': { 'minor-victims': ['S24'] },
  // 2014: S28 has top-five lists (recoveries: Denver, Cleveland, Chicago, Atlanta, Los Angeles;
  // pimps: Phoenix, Jackson, New Orleans, Atlanta, Oklahoma City), so it supports only those values.
  // Reuters (S29) names Denver 18, Chicago 13, Phoenix 21, Jackson 19. ABC7 (S73) gives 10 minors for
  // Southern California but "12 arrests" without saying they were pimps.
  'VIII/denver': { 'minor-victims': ['S30', 'S28', 'S29'], traffickers: ['S30'] },
  'VIII/cleveland': { 'minor-victims': ['S30', 'S28'], traffickers: ['S30'] },
  'VIII/los-angeles': { 'minor-victims': ['S30', 'S28', 'S73'], traffickers: ['S30'] },
  'VIII/phoenix': { 'minor-victims': ['S30'], traffickers: ['S30', 'S28', 'S29'] },
  // 2015: the Afro (S36) names only the recoveries of Denver (20) and Detroit (19).
  'IX/denver': { 'minor-victims': ['S37', 'S36'], traffickers: ['S37'] },
  'IX/detroit': { 'minor-victims': ['S38', 'S36'], traffickers: ['S38'] },
};
