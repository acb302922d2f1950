import { join } from 'node:path';
import { Dictionaries, locateDataDir } from './dictionaries';

describe('Dictionaries', () => {
  it('finds the shipped data folder inside the repository', () => {
    expect(locateDataDir()).toBe(join(__dirname, '..', 'data'));
  });

  it('finds the data folder from a compiled dist/ folder by walking up', () => {
    const repoRoot = join(__dirname, '..', '..', '..');
    expect(locateDataDir(join(repoRoot, 'dist', 'libs', 'deid', 'src'))).toBe(join(repoRoot, 'libs', 'deid', 'data'));
  });

  it('tells names, ordinary words and words that are both apart', () => {
    const d = Dictionaries.fromLists({ firstNames: ['grace', 'khalid'], lastNames: ['oyelaran'], englishWords: ['grace', 'table'] });
    expect([d.isName('khalid'), d.isEnglish('khalid')]).toEqual([true, false]);
    expect([d.isName('grace'), d.isEnglish('grace')]).toEqual([true, true]);
    expect([d.isName('table'), d.isFirstName('oyelaran'), d.isName('oyelaran')]).toEqual([false, false, true]);
  });

  it('loads the shipped lists', () => {
    const d = Dictionaries.load();
    expect(d.isFirstName('babatunde')).toBe(true);
    expect(d.isEnglish('blessing')).toBe(true);
  });
});
