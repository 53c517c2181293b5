import { describe, expect, it } from 'vitest';
import {
  MERGERS_2019,
  convert2018To2019,
  convert2025To2019,
  describe2018Conversion,
  describe2025Conversion,
  type NamedNis,
} from '../../../src/lib/geo/mergers';

const n = (nis: string, naam: string): NamedNis => ({ nis, naam });

describe('MERGERS_2019', () => {
  it('lists the seven mergers of 1-1-2019 with 15 former municipalities', () => {
    expect(MERGERS_2019).toHaveLength(7);
    expect(MERGERS_2019.flatMap((m) => m.van)).toHaveLength(15);
    expect(MERGERS_2019.find((m) => m.nis === '44085')?.van.map((v) => v.nis)).toEqual(['44036', '44072', '44080']);
  });
});

describe('convert2018To2019', () => {
  it('maps Knesselare → Aalter, Nevele → Deinze, Lovendegem/Waarschoot/Zomergem → Lievegem', () => {
    const c = convert2018To2019([
      n('44029', 'Knesselare'),
      n('44049', 'Nevele'),
      n('44036', 'Lovendegem'),
      n('44072', 'Waarschoot'),
      n('44080', 'Zomergem'),
      n('43005', 'Eeklo'),
    ]);
    expect(c.leden).toEqual(['43005', '44083', '44084', '44085']);
    expect(c.stappen.map((s) => [s.naar.nis, s.meegeteld.map((x) => x.nis), s.ontbrekend.map((x) => x.nis)])).toEqual([
      ['44083', ['44049'], ['44011']],
      ['44084', ['44029'], ['44001']],
      ['44085', ['44036', '44072', '44080'], []],
    ]);
  });

  it('also converts a municipality whose code changed although its name did not (Aalter 44001 → 44084)', () => {
    expect(convert2018To2019([n('44001', 'Aalter')]).leden).toEqual(['44084']);
  });

  it('rejects a code that only exists since 2019', () => {
    expect(() => convert2018To2019([n('44085', 'Lievegem')])).toThrow('NIS-code 44085 (Lievegem) bestaat pas sinds 2019');
  });

  it('writes a Dutch note that flags partial mergers as overstating', () => {
    const partial = describe2018Conversion(convert2018To2019([n('44049', 'Nevele')]));
    expect(partial).toContain('Nevele is sinds 2019 deel van Deinze (44083); heel Deinze meetellen overschat de afbakening');
    expect(partial).toContain('het vroegere Deinze (44011) stond niet in de lijst');
    const full = describe2018Conversion(convert2018To2019([n('44001', 'Aalter'), n('44029', 'Knesselare')]));
    expect(full).toContain('Aalter (44001) en Knesselare vormen sinds 2019 samen de fusiegemeente Aalter (44084).');
    expect(full).not.toContain('overschat');
    expect(describe2018Conversion(convert2018To2019([n('43005', 'Eeklo')]))).toContain('niets omgezet');
  });
});

describe('convert2025To2019', () => {
  const pred = new Map<string, NamedNis[]>([
    ['43005', [n('43005', 'Eeklo')]],
    ['44087', [n('44034', 'Lochristi'), n('44073', 'Wachtebeke')]],
  ]);

  it('keeps unchanged codes and expands 2025 mergers', () => {
    const c = convert2025To2019([n('44087', 'Lochristi'), n('43005', 'Eeklo')], pred);
    expect(c.leden).toEqual(['43005', '44034', '44073']);
    expect(describe2025Conversion(c)).toContain('Lochristi (44087) omvat sinds 2025 de vroegere gemeenten Lochristi (44034) en Wachtebeke; beide meegeteld.');
    expect(describe2025Conversion(convert2025To2019([n('43005', 'Eeklo')], pred))).toContain('ongewijzigd');
  });

  it('rejects a code that is not in the 2025 set', () => {
    expect(() => convert2025To2019([n('44034', 'Lochristi')], pred)).toThrow('NIS-code 44034 (Lochristi) is geen gemeente van de indeling 2025');
  });
});
