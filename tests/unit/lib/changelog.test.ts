import { describe, expect, it } from 'vitest';
import { lastChanged, latestChange, parseChangelog } from '../../../src/lib/changelog.ts';

const LIST = JSON.stringify([
  { date: '2026-11-30', summary: 'Nieuw: een pagina per gemeente.', pages: ['/gemeenten/', '/gemeenten/*'] },
  { date: '2026-11-30', summary: 'Nieuwe figuur in deel twee.', pages: ['/bestuurlijke-realiteit/'] },
  { date: '2026-11-27', summary: 'Eerste versie van de lezing.', pages: ['/', '/bestuurlijke-realiteit/', '/lessen/5-x/'] },
]);

describe('parseChangelog', () => {
  it('reads a valid list, newest first', () => {
    expect(parseChangelog(LIST, 'w.json')).toHaveLength(3);
  });
  it('names the file and the problem for bad JSON, a bad field, an impossible date and a list out of order', () => {
    expect(() => parseChangelog('[', 'content/w.json')).toThrow(/^content\/w\.json: geen geldige JSON/);
    expect(() => parseChangelog(JSON.stringify([{ date: '30-11-2026', summary: 'Een wijziging.', pages: ['/'] }]), 'w.json')).toThrow(/w\.json: 0\.date/);
    expect(() => parseChangelog(JSON.stringify([{ date: '2026-02-30', summary: 'Een wijziging.', pages: ['/'] }]), 'w.json')).toThrow(/geen bestaande datum/);
    expect(() => parseChangelog(JSON.stringify([{ date: '2026-11-30', summary: 'Een wijziging.', pages: ['geen-pad'] }]), 'w.json')).toThrow(/pages/);
    const reversed = JSON.stringify([
      { date: '2026-11-27', summary: 'Oude wijziging.', pages: ['/'] },
      { date: '2026-11-30', summary: 'Nieuwe wijziging.', pages: ['/'] },
    ]);
    expect(() => parseChangelog(reversed, 'w.json')).toThrow(/nieuwste bovenaan/);
  });
});

describe('lastChanged', () => {
  const changes = parseChangelog(LIST, 'w.json');
  it('gives the newest change that names the page', () => {
    expect(lastChanged(changes, '/bestuurlijke-realiteit/')).toBe('2026-11-30');
    expect(lastChanged(changes, '/lessen/5-x/')).toBe('2026-11-27');
  });
  it('lets /gemeenten/* stand for every page under /gemeenten/, not the index itself', () => {
    expect(lastChanged(changes, '/gemeenten/eeklo/')).toBe('2026-11-30');
    expect(lastChanged(parseChangelog(JSON.stringify([{ date: '2026-11-30', summary: 'Alle gemeenten.', pages: ['/gemeenten/*'] }]), 'w'), '/gemeenten/')).toBe(
      undefined,
    );
  });
  it('is undefined for a page the list never names', () => {
    expect(lastChanged(changes, '/zoeken/')).toBeUndefined();
  });
});

describe('latestChange', () => {
  it('gives the newest date', () => {
    expect(latestChange(parseChangelog(LIST, 'w.json'))).toBe('2026-11-30');
  });
});
