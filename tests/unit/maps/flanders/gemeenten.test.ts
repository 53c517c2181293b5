import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { division, loadGemeenten, parseGemeenten } from '../../../../src/maps/flanders/gemeenten.ts';

const topo = JSON.parse(readFileSync('data/gemeenten.topo.json', 'utf8')) as unknown;
const csv = readFileSync('data/gemeenten.csv', 'utf8');
const regios = readFileSync('data/regios.csv', 'utf8');
const brussel = readFileSync('data/brussel.csv', 'utf8');

describe('the one topology and its membership tables', () => {
  test('300 municipalities of 2019–2024 lie in 285 of 2025', () => {
    const data = loadGemeenten();
    expect(data.gemeenten).toHaveLength(300);
    expect(new Set(data.gemeenten.map((g) => g.nis2025)).size).toBe(285);
    expect(data.gemeenten.find((g) => g.naam === 'Wachtebeke')).toMatchObject({ nis2025: '44087', naam2025: 'Lochristi' });
  });

  test('a division on the 2025 set lists its merged municipalities once and maps every geometry', () => {
    const d = division(loadGemeenten(), 'vervoerregio', '2025');
    expect(Object.keys(d.regionOf)).toHaveLength(300);
    expect(d.regions.flatMap((r) => r.members)).toHaveLength(285);
    expect(d.unitOf['44073']).toBe('44087');
    expect(d.unitOf['44021']).toBeUndefined();
    expect(() => division(loadGemeenten(), 'provincie', '2019')).toThrow('data/gemeenten.csv: kolom "provincie_2019" ontbreekt.');
    const rr = division(loadGemeenten(), 'referentieregio', '2025');
    expect(rr.regions).toHaveLength(15);
    expect(rr.regions.find((r) => r.naam === 'Waasland')?.members.map((m) => m.naam)).toContain('Beveren-Kruibeke-Zwijndrecht');
  });

  test('names the file and row when the tables and the topology disagree', () => {
    expect(() => parseGemeenten(topo, csv.replace('\n11001,Aartselaar,10000,11001,Aartselaar,2,2,REFREG01,REFREG01', ''), regios, brussel)).toThrow(
      /zonder rij: 11001/,
    );
    expect(() =>
      parseGemeenten(
        topo,
        csv.replace('11001,Aartselaar,10000,11001,Aartselaar,2,2,REFREG01', '11001,Aartselaar,10000,11001,Aartselaar,2,99,REFREG01'),
        regios,
        brussel,
      ),
    ).toThrow(/data\/gemeenten\.csv, regel \d+: vervoerregio_2025 "99" staat niet in data\/regios\.csv/);
    expect(() => parseGemeenten({ type: 'Topology', objects: {} }, csv, regios, brussel)).toThrow(/data\/gemeenten\.topo\.json: geen topologie/);
  });
});
