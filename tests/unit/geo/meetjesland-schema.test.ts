import { describe, expect, it } from 'vitest';
import { meetjeslandDelineatiesSchema, type Delineatie } from '../../../src/lib/geo/meetjesland-schema';

const valid = (): Delineatie => ({
  id: 'H4',
  naam: 'COMEET – Cultuuroverleg Meetjesland',
  soort: 'homogeen',
  omschrijving: 'Het intergemeentelijke cultuuroverleg van negen gemeenten.',
  bron: 'comeet.be',
  datum: 'sinds 2020',
  zekerheid: 'hoog',
  set: '2019',
  omgezet: false,
  leden: ['43002', '44084'],
});

const parse = (...d: unknown[]) => meetjeslandDelineatiesSchema.safeParse({ bron: 'test', delineaties: d });

describe('meetjeslandDelineatiesSchema', () => {
  it('accepts a valid file', () => {
    expect(parse(valid()).success).toBe(true);
    expect(parse({ ...valid(), zekerheidNoot: 'een noot', omgezet: true, omzettingNoot: 'omgezet' }).success).toBe(true);
  });

  it('rejects unknown kinds, confidence levels, sets and extra keys', () => {
    expect(parse({ ...valid(), soort: 'functional' }).success).toBe(false);
    expect(parse({ ...valid(), zekerheid: 'high' }).success).toBe(false);
    expect(parse({ ...valid(), set: '2025' }).success).toBe(false);
    expect(parse({ ...valid(), extra: 1 }).success).toBe(false);
    expect(parse({ ...valid(), id: 'X1' }).success).toBe(false);
  });

  it('requires source and date', () => {
    expect(parse({ ...valid(), bron: '' }).success).toBe(false);
    expect(parse({ ...valid(), datum: '' }).success).toBe(false);
  });

  it('rejects duplicate or unsorted members and bad NIS codes', () => {
    const dup = parse({ ...valid(), leden: ['43002', '43002'] });
    expect(dup.success).toBe(false);
    expect(dup.error?.issues[0]?.message).toBe('dubbel lid 43002');
    expect(parse({ ...valid(), leden: ['44084', '43002'] }).error?.issues[0]?.message).toBe('leden niet gesorteerd');
    expect(parse({ ...valid(), leden: ['4084'] }).success).toBe(false);
    expect(parse({ ...valid(), leden: [] }).success).toBe(false);
  });

  it('requires a note on converted lists and unique ids', () => {
    expect(parse({ ...valid(), omgezet: true }).error?.issues[0]?.message).toBe('omgezette lijst zonder omzettingNoot');
    expect(parse(valid(), valid()).error?.issues[0]?.message).toBe('dubbele id H4');
  });
});
