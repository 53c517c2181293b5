import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGemeenteModel, overeenstemming, type GemeentePagina, type OpgehevenPagina } from '../../../src/gemeenten/model.ts';
import { meetjeslandDelineatiesSchema } from '../../../src/lib/geo/meetjesland-schema';
import { loadGemeenten } from '../../../src/maps/flanders/gemeenten.ts';
import { DISAGREEING_MUNICIPALITIES } from '../../fixtures/disagreeing-municipalities.ts';

// Runs on the committed data/, so the counts of the issue are checked against what the pipeline wrote.
const dataDir = join(import.meta.dirname, '../../../data');
const data = loadGemeenten();
const delineaties = meetjeslandDelineatiesSchema.parse(JSON.parse(readFileSync(join(dataDir, 'meetjesland-delineaties.json'), 'utf8')));
const model = buildGemeenteModel(data, delineaties);
const page = (slug: string) => model.bySlug.get(slug);
const gemeente = (slug: string) => page(slug) as GemeentePagina;
const opgeheven = (slug: string) => page(slug) as OpgehevenPagina;

describe('buildGemeenteModel on data/', () => {
  it('has a page for each of the 285 municipalities of 2025 and the 22 names that disappeared', () => {
    expect(model.paginas.filter((p) => p.soort === 'gemeente')).toHaveLength(285);
    const gone = model.paginas
      .filter((p) => p.soort === 'opgeheven')
      .map((p) => p.naam)
      .sort();
    expect(gone).toEqual(
      [
        'Beveren',
        'Bilzen',
        'Borgloon',
        'Borsbeek',
        'De Pinte',
        'Galmaarden',
        'Gooik',
        'Ham',
        'Herne',
        'Hoeselt',
        'Kortessem',
        'Kruibeke',
        'Melle',
        'Merelbeke',
        'Meulebeke',
        'Moerbeke',
        'Nazareth',
        'Ruiselede',
        'Tessenderlo',
        'Tongeren',
        'Wachtebeke',
        'Zwijndrecht',
      ].sort(),
    );
    expect(data.gemeenten.filter((g) => g.nis2025 !== g.nis)).toHaveLength(27);
    expect(model.brussel).toHaveLength(19);
    expect(model.perProvincie.reduce((s, p) => s + p.gemeenten.length, 0)).toBe(285);
  });

  it('lists the 11 (2025) and 12 (2019–2024) municipalities where the two cuts disagree', () => {
    expect(model.verschillen['2025'].map((g) => g.naam)).toEqual(DISAGREEING_MUNICIPALITIES['2025']);
    expect(model.verschillen['2019'].map((g) => g.naam)).toEqual(DISAGREEING_MUNICIPALITIES['2019']);
    expect(model.paren['2025'].map((p) => `${p.vervoerregio.naam}–${p.referentieregio.naam}`)).toContain('Roeselare–Midwest');
  });

  it('gives Lier, Torhout and Eeklo their regions', () => {
    expect(gemeente('lier').in2025).toMatchObject({
      vervoerregio: { naam: 'Antwerpen' },
      referentieregio: { naam: 'Rivierenland' },
      gepaard: { naam: 'Regio Antwerpen' },
      overeen: false,
    });
    expect(gemeente('torhout').in2025).toMatchObject({ vervoerregio: { naam: 'Roeselare' }, referentieregio: { naam: 'Regio Brugge' }, overeen: false });
    const eeklo = gemeente('eeklo');
    expect(eeklo.in2025).toMatchObject({ vervoerregio: { naam: 'Gent' }, referentieregio: { naam: 'Regio Gent' }, overeen: true });
    expect(eeklo.gefuseerd).toBe(false);
    expect(eeklo.meetjesland?.totaal).toBe(18);
    expect(eeklo.meetjesland?.treffers.map((t) => t.id)).toContain('A1');
    expect(gemeente('lier').meetjesland).toBeUndefined();
  });

  it('tells the story of Beveren-Kruibeke-Zwijndrecht and of Kruibeke', () => {
    const bkz = gemeente('beveren-kruibeke-zwijndrecht');
    expect(bkz.provincie.naam).toBe('Oost-Vlaanderen');
    expect(bkz.voorgangers.map((v) => `${v.naam}:${v.in2019.vervoerregio.naam}`)).toEqual(['Zwijndrecht:Antwerpen', 'Beveren:Antwerpen', 'Kruibeke:Waasland']);
    expect(bkz.in2025).toMatchObject({ vervoerregio: { naam: 'Antwerpen' }, referentieregio: { naam: 'Waasland' }, overeen: false });
    const kruibeke = opgeheven('kruibeke');
    expect(kruibeke.naar).toEqual({ slug: 'beveren-kruibeke-zwijndrecht', naam: 'Beveren-Kruibeke-Zwijndrecht', nis: '46030' });
    expect(kruibeke.in2019).toMatchObject({ vervoerregio: { naam: 'Waasland' }, referentieregio: { naam: 'Waasland' }, overeen: true });
    expect(kruibeke.partners.map((p) => p.slug)).toEqual(['zwijndrecht', 'beveren']);
  });

  it('has one page for a municipality that kept its name under a new NIS code (Lochristi)', () => {
    const lochristi = gemeente('lochristi');
    expect(lochristi.nis).toBe('44087');
    expect(lochristi.zelfdeNaam?.nis).toBe('44034');
    expect(lochristi.voorgangers.map((v) => v.naam)).toEqual(['Lochristi', 'Wachtebeke']);
    expect(opgeheven('wachtebeke').naar.slug).toBe('lochristi');
    for (const slug of ['tielt', 'wingene', 'lokeren', 'hasselt']) expect(gemeente(slug).zelfdeNaam?.naam).toBe(gemeente(slug).naam);
  });

  it('says which Meetjesland delineations include Sint-Laureins, and names the part of a merger that is in a list', () => {
    const sl = gemeente('sint-laureins');
    expect(sl.meetjesland?.treffers.length).toBeGreaterThan(10);
    expect(sl.meetjesland?.treffers.every((t) => t.via === undefined)).toBe(true);
    const lochristi = gemeente('lochristi').meetjesland?.treffers ?? [];
    expect(lochristi.find((t) => t.id === 'A11')?.via).toBeUndefined();
  });

  it('refuses two pages with the same slug', () => {
    const clash = structuredClone(data);
    const [first, second] = clash.gemeenten;
    if (first && second) second.naam2025 = first.naam2025;
    expect(() => buildGemeenteModel(clash, delineaties)).toThrow(/de slug ".*" van .* is ook die van/);
  });
});

describe('overeenstemming', () => {
  it('says yes with the paired region, or no naming both regions', () => {
    expect(Object.values(overeenstemming('Eeklo', gemeente('eeklo').in2025)).join('')).toBe(
      'Ja: Eeklo ligt in vervoerregio Gent en in Regio Gent, de referentieregio die het best met vervoerregio Gent overeenkomt.',
    );
    expect(Object.values(overeenstemming('Lier', gemeente('lier').in2025)).join('')).toBe(
      'Nee: vervoerregio Antwerpen komt het best overeen met referentieregio Regio Antwerpen, maar Lier hoort bij referentieregio Rivierenland.',
    );
  });
});
