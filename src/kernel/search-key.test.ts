import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.ts';

describe('searchKey', () => {
  it('folds accents, case, ligatures and spacing', () => {
    expect(searchKey('Électricité')).toBe('electricite');
    expect(searchKey('ELECTRICITE')).toBe('electricite');
    expect(searchKey('electricite')).toBe('electricite');
    expect(searchKey('Boulangerie  Lefèvre')).toBe('boulangerie lefevre');
    expect(searchKey('Cœur Œuvre')).toBe('coeur oeuvre');
    expect(searchKey('Çà et là\u202fSAS')).toBe('ca et la sas');
  });
  it('orders names as French collation does at its primary level', () => {
    const names = ['Zénith', 'Électricité', 'Eau', 'ébène', 'Zebra'];
    expect([...names].sort((a, b) => (searchKey(a) < searchKey(b) ? -1 : 1))).toEqual([
      'Eau',
      'ébène',
      'Électricité',
      'Zebra',
      'Zénith',
    ]);
  });
});
