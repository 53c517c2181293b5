import { describe, expect, it } from 'vitest';
import { loadGemeenten } from '../../../src/maps/flanders/gemeenten.ts';
import { meetjeslandDelineatiesSchema } from '../../../src/lib/geo/meetjesland-schema.ts';
import { readJsonFile } from '../../../src/lib/parse.ts';
import { buildGemeenteModel } from '../../../src/gemeenten/model.ts';
import { gemeenteView } from '../../../src/gemeenten/view.ts';

const data = loadGemeenten();
const model = buildGemeenteModel(data, meetjeslandDelineatiesSchema.parse(readJsonFile('data/meetjesland-delineaties.json')));
const view = (slug: string) => {
  const pagina = model.bySlug.get(slug);
  if (!pagina) throw new Error(`no page ${slug}`);
  return gemeenteView(pagina, model, data.regios);
};

describe('gemeenteView', () => {
  it('says where a 2025 municipality lies and whether the cuts agree, with links into the lecture', () => {
    const lier = view('lier');
    expect(lier.title).toBe("Lier: regio's");
    expect(lier.description).toBe(
      'Lier (provincie Antwerpen) ligt in vervoerregio Antwerpen en referentieregio Rivierenland: de twee indelingen verschillen hier.',
    );
    expect(lier.antwoord).toBe('Nee:');
    expect(lier.toelichting).toContain('Lier hoort bij referentieregio Rivierenland');
    expect(lier.year).toBe('2025');
    expect(lier.links.vervoerregio).toBe('/bestuurlijke-realiteit/?vervoerregio=antwerpen&indeling=2025#kaart-vervoerregios');
    expect(lier.links.paar).toBe('/bestuurlijke-realiteit/?paar=antwerpen#vervoerregio-referentieregio');
    expect(lier.links.meetjesland).toBeUndefined();
    expect(lier.sources).toEqual(['pinc', 'statbel']);
  });

  it('gives a merged-away municipality its 2019–2024 regions, its 2025 municipality and the old comparison set', () => {
    const wachtebeke = view('wachtebeke');
    expect(wachtebeke.title).toBe("Wachtebeke (tot 2025): regio's");
    expect(wachtebeke.year).toBe('2019');
    expect(wachtebeke.naar?.naam).toBe('Lochristi');
    expect(wachtebeke.links.paar).toContain('&vergelijking=2019');
    expect(wachtebeke.links.meetjesland).toEqual({ href: '/geografische-realiteit/?gemeente=wachtebeke#kaart-meetjesland', gekozen: true });
    expect(wachtebeke.locator.context).toEqual(expect.arrayContaining(['44034', '44073']));
    expect(wachtebeke.locator.legend.samen).toBe('Lochristi (sinds 2025)');
  });

  it('lists the parts of a merger under a new name, and names the other label and the uncertainty of a region', () => {
    const bkz = view('beveren-kruibeke-zwijndrecht');
    expect(bkz.fusie?.nieuw).toBe(true);
    expect(bkz.fusie?.anderen.map((v) => v.naam).sort()).toEqual(['Beveren', 'Kruibeke', 'Zwijndrecht']);
    expect(bkz.onzeker).toContain('Beveren-Kruibeke-Zwijndrecht is de enige fusie over de grens van een vervoerregio heen');
    expect(view('roeselare').alias).toBe('sinds 4 december 2020 officieel vervoerregio Midwest');
  });
});
