import { describe, expect, it } from 'vitest';
import { foldQuery, matchOptions, MATCH_RANK } from '../../../src/ui/multi-select/match-options';
import { FIELD_OFFICES } from './field-offices';

const ids = (query: string) => matchOptions(FIELD_OFFICES, query).map((match) => match.option.id);

describe('matchOptions', () => {
  it('returns every office in the given order for an empty or blank query', () => {
    expect(ids('')).toHaveLength(56);
    expect(ids('   ')).toEqual(FIELD_OFFICES.map((office) => office.id));
  });

  it('lists label starts first, then other contains, for "sa"', () => {
    expect(ids('sa')).toEqual([
      'sacramento',
      'salt-lake-city',
      'san-antonio',
      'san-diego',
      'san-francisco',
      'san-juan',
      'kansas-city',
    ]);
  });

  it('ranks a later word start above a mid-word match: "la"', () => {
    const matches = matchOptions(FIELD_OFFICES, 'la');
    expect(matches.map((match) => [match.option.id, match.rank])).toEqual([
      ['las-vegas', MATCH_RANK.labelStart],
      ['salt-lake-city', MATCH_RANK.wordStart],
      ['atlanta', MATCH_RANK.contains],
      ['cleveland', MATCH_RANK.contains],
      ['dallas', MATCH_RANK.contains],
      ['oklahoma-city', MATCH_RANK.contains],
      ['philadelphia', MATCH_RANK.contains],
      ['portland', MATCH_RANK.contains],
      ['new-orleans', MATCH_RANK.detailStart],
    ]);
  });

  it('ignores case and accents in both the query and the labels', () => {
    expect(ids('SÁN JU')).toEqual(['san-juan']);
    const accented = [{ id: 'sj', label: 'San Juán' }];
    expect(matchOptions(accented, 'juan').map((match) => match.labelParts)).toEqual([
      [
        { text: 'San ', match: false },
        { text: 'Juán', match: true },
      ],
    ]);
  });

  it('ignores punctuation and treats hyphens as spaces', () => {
    expect(ids('st louis')).toEqual(['st-louis']);
    expect(ids('salt-lake')).toEqual(['salt-lake-city']);
  });

  it('splits the label around the word-start occurrence, keeping the original characters', () => {
    const [kansas] = matchOptions(FIELD_OFFICES, 'sa').slice(-1);
    expect(kansas?.labelParts).toEqual([
      { text: 'Kan', match: false },
      { text: 'sa', match: true },
      { text: 's City', match: false },
    ]);
    const [stLouis] = matchOptions(FIELD_OFFICES, 'st l');
    expect(stLouis?.labelParts).toEqual([
      { text: 'St. L', match: true },
      { text: 'ouis', match: false },
    ]);
  });

  it('matches the detail (state) by prefix only, after every label match', () => {
    const matches = matchOptions(FIELD_OFFICES, 'pr');
    expect(matches.map((match) => match.option.id)).toEqual(['springfield', 'san-juan']);
    expect(matches[1]?.detailParts).toEqual([{ text: 'PR', match: true }]);
    expect(ids('r')).not.toContain('washington-dc');
  });

  it('returns nothing when nothing matches', () => {
    expect(ids('xyz')).toEqual([]);
  });

  it('folds queries to the compared form', () => {
    expect(foldQuery('  Nëw-York. ')).toBe('new york');
  });
});
