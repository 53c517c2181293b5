/** Municipal mergers of 1-1-2019 and the conversion of member lists (pre-2019 or 2025 set) to the 2019–2024 set. */
import { compareCodes } from './nis';
import { joinDutch } from '../format.ts';

export interface NamedNis {
  nis: string;
  naam: string;
}

export interface Merger2019 extends NamedNis {
  /** The pre-2019 municipalities that formed it. */
  van: readonly NamedNis[];
}

/** The seven mergers of 1 January 2019 (NIS codes per Provincies in Cijfers `gemeente2018`; research note A.2). */
export const MERGERS_2019: readonly Merger2019[] = [
  {
    nis: '12041',
    naam: 'Puurs-Sint-Amands',
    van: [
      { nis: '12030', naam: 'Puurs' },
      { nis: '12034', naam: 'Sint-Amands' },
    ],
  },
  {
    nis: '44083',
    naam: 'Deinze',
    van: [
      { nis: '44011', naam: 'Deinze' },
      { nis: '44049', naam: 'Nevele' },
    ],
  },
  {
    nis: '44084',
    naam: 'Aalter',
    van: [
      { nis: '44001', naam: 'Aalter' },
      { nis: '44029', naam: 'Knesselare' },
    ],
  },
  {
    nis: '44085',
    naam: 'Lievegem',
    van: [
      { nis: '44036', naam: 'Lovendegem' },
      { nis: '44072', naam: 'Waarschoot' },
      { nis: '44080', naam: 'Zomergem' },
    ],
  },
  {
    nis: '45068',
    naam: 'Kruisem',
    van: [
      { nis: '45017', naam: 'Kruishoutem' },
      { nis: '45057', naam: 'Zingem' },
    ],
  },
  {
    nis: '72042',
    naam: 'Oudsbergen',
    van: [
      { nis: '71047', naam: 'Opglabbeek' },
      { nis: '72040', naam: 'Meeuwen-Gruitrode' },
    ],
  },
  {
    nis: '72043',
    naam: 'Pelt',
    van: [
      { nis: '72025', naam: 'Neerpelt' },
      { nis: '72029', naam: 'Overpelt' },
    ],
  },
];

/** One pre-2019 → 2019 step: which listed municipalities went into `naar`, and which partners were not listed. */
export interface Step2018 {
  naar: NamedNis;
  meegeteld: NamedNis[];
  ontbrekend: NamedNis[];
}

/** One 2025 → 2019 step: a 2025 municipality replaced by the 2019–2024 municipalities it was formed from. */
export interface Step2025 {
  van: NamedNis;
  naar: NamedNis[];
}

export interface Conversion<S> {
  /** NIS codes on the 2019–2024 set, sorted and without duplicates. */
  leden: string[];
  stappen: S[];
}

function sortedUnique(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort(compareCodes);
}

/**
 * Converts a pre-2019 member list to the 2019–2024 set. Codes not involved in a 2019 merger are kept as they are
 * (they did not change); a code that only exists since 2019 (e.g. 44084) is an error in a pre-2019 list.
 */
export function convert2018To2019(leden: readonly NamedNis[], mergers: readonly Merger2019[] = MERGERS_2019): Conversion<Step2018> {
  const byOld = new Map<string, Merger2019>();
  const newCodes = new Set<string>();
  for (const m of mergers) {
    newCodes.add(m.nis);
    for (const v of m.van) byOld.set(v.nis, m);
  }
  const out: string[] = [];
  const steps = new Map<string, Step2018>();
  for (const lid of leden) {
    const merger = byOld.get(lid.nis);
    if (!merger) {
      if (newCodes.has(lid.nis)) {
        throw new Error(`NIS-code ${lid.nis} (${lid.naam}) bestaat pas sinds 2019 en kan niet in een lijst van vóór 2019 staan`);
      }
      out.push(lid.nis);
      continue;
    }
    out.push(merger.nis);
    let step = steps.get(merger.nis);
    if (!step) {
      step = { naar: { nis: merger.nis, naam: merger.naam }, meegeteld: [], ontbrekend: [] };
      steps.set(merger.nis, step);
    }
    if (!step.meegeteld.some((x) => x.nis === lid.nis)) step.meegeteld.push({ nis: lid.nis, naam: lid.naam });
  }
  const stappen = [...steps.values()].sort((a, b) => compareCodes(a.naar.nis, b.naar.nis));
  for (const step of stappen) {
    const merger = mergers.find((m) => m.nis === step.naar.nis);
    const listed = new Set(step.meegeteld.map((x) => x.nis));
    step.meegeteld.sort((a, b) => compareCodes(a.nis, b.nis));
    step.ontbrekend = (merger?.van ?? []).filter((v) => !listed.has(v.nis)).map((v) => ({ nis: v.nis, naam: v.naam }));
  }
  return { leden: sortedUnique(out), stappen };
}

/**
 * Converts a 2025 member list to the 2019–2024 set. `predecessors` maps each 2025 code to the 2019–2024
 * municipalities it covers (from PinC `gemeente2024_gemeente`); a code mapped only to itself is unchanged.
 */
export function convert2025To2019(leden: readonly NamedNis[], predecessors: ReadonlyMap<string, readonly NamedNis[]>): Conversion<Step2025> {
  const out: string[] = [];
  const stappen: Step2025[] = [];
  for (const lid of leden) {
    const pred = predecessors.get(lid.nis);
    if (!pred || pred.length === 0) throw new Error(`NIS-code ${lid.nis} (${lid.naam}) is geen gemeente van de indeling 2025`);
    const [first] = pred;
    if (pred.length === 1 && first && first.nis === lid.nis) {
      out.push(lid.nis);
      continue;
    }
    const naar = [...pred].sort((a, b) => compareCodes(a.nis, b.nis));
    out.push(...naar.map((p) => p.nis));
    stappen.push({ van: { nis: lid.nis, naam: lid.naam }, naar });
  }
  stappen.sort((a, b) => compareCodes(a.van.nis, b.van.nis));
  return { leden: sortedUnique(out), stappen };
}

/** Name, with the code added when it would be ambiguous (the old and new municipality share the name). */
function label(x: NamedNis, clash: string): string {
  return x.naam === clash ? `${x.naam} (${x.nis})` : x.naam;
}

/** Dutch note on a pre-2019 → 2019 conversion; partial mergers are flagged as overstating the delineation. */
export function describe2018Conversion(c: Conversion<Step2018>): string {
  if (c.stappen.length === 0) {
    return 'Lijst op de gemeenten van vóór 2019; geen van deze gemeenten is op 1-1-2019 gefusioneerd, dus niets omgezet.';
  }
  const parts = c.stappen.map((s) => {
    const nieuw = `${s.naar.naam} (${s.naar.nis})`;
    const names = s.meegeteld.map((x) => label(x, s.naar.naam));
    if (s.ontbrekend.length === 0) {
      return `${joinDutch(names)} vormen sinds 2019 samen de fusiegemeente ${nieuw}.`;
    }
    const verb = names.length === 1 ? 'is' : 'zijn';
    const rest = joinDutch(s.ontbrekend.map((x) => (x.naam === s.naar.naam ? `het vroegere ${x.naam} (${x.nis})` : x.naam)));
    const stond = s.ontbrekend.length === 1 ? 'stond' : 'stonden';
    return `${joinDutch(names)} ${verb} sinds 2019 deel van ${nieuw}; heel ${s.naar.naam} meetellen overschat de afbakening (${rest} ${stond} niet in de lijst).`;
  });
  return `Lijst op de gemeenten van vóór 2019, omgezet naar de indeling 2019–2024. ${parts.join(' ')}`;
}

/** Dutch note on a 2025 → 2019 conversion (or on the check that nothing needed converting). */
export function describe2025Conversion(c: Conversion<Step2025>): string {
  if (c.stappen.length === 0) {
    return 'Lijst op de gemeenten van 2025; alle gemeenten bestaan ongewijzigd in de indeling 2019–2024, dus niets omgezet.';
  }
  const parts = c.stappen.map((s) => {
    const names = s.naar.map((x) => label(x, s.van.naam));
    const all = s.naar.length === 2 ? 'beide' : 'alle';
    return `${s.van.naam} (${s.van.nis}) omvat sinds 2025 de vroegere gemeenten ${joinDutch(names)}; ${all} meegeteld.`;
  });
  return `Lijst op de gemeenten van 2025, omgezet naar de indeling 2019–2024. ${parts.join(' ')}`;
}
