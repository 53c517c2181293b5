/**
 * The glossary (/begrippen/): the lecture's jargon, each term with a stable id, a short explanation, the chapter where the
 * lecture uses it, and registered sources for any fact beyond the lecture. `match` lists the word forms (case-sensitive, at a
 * word start) whose first use in each chapter links to the entry.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from './sources.ts';
import { lectureSays } from '../provenance/source-text.ts';
import type { Provenance } from '../provenance/model.ts';

const entry = z.strictObject({
  /** Stable, public anchor on /begrippen/ (a-z, 0-9, hyphens). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  term: z.string().min(2),
  /** Plain-language explanation, one to three sentences. */
  definition: z.string().min(20),
  /** Where the lecture uses the term: a root-relative chapter link with section, e.g. "/bestuurlijke-realiteit/#bassin-de-vie". */
  from: z.string().regex(/^\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/),
  /** Title of that section, for the link text. */
  fromTitle: z.string().min(3),
  /** Registered sources for facts in the definition that the lecture does not give. */
  sources: z.array(z.enum(SOURCE_IDS)).default([]),
  /** Word forms that link to the entry (case-sensitive, matched at a word start and extended to the end of the word). */
  match: z.array(z.string().min(3)).min(1),
  /**
   * The slide (title in content/source/lezing.md) where the lecture uses the term, and the form it uses there when that
   * differs from `term`. Only such an entry says "In de lezing"; an entry without it is a term the site adds, and names
   * its sources.
   */
  inLecture: z.strictObject({ slide: z.string().min(2), form: z.string().min(2).optional() }).optional(),
});

export type GlossaryEntry = z.output<typeof entry>;

const ENTRIES: z.input<typeof entry>[] = [
  {
    id: 'bassin-de-vie',
    inLecture: { slide: "1. Regio's als feitelijke realiteit" },
    term: 'bassin de vie',
    definition:
      'Frans voor ‘leefgebied’: een gebied waar er een duidelijk identificeerbare samenhang bestaat tussen de keuze van woonplaats, de pendel naar school of werk, grondprijzen en interne migratie. De lezing bekijkt de regio als bassin de vie: een functioneel leefgebied van wonen, werken, verplaatsen en gebruik van diensten.',
    from: '/bestuurlijke-realiteit/#bassin-de-vie',
    fromTitle: 'Meer dan verrommeling: het bassin de vie',
    match: ['bassin de vie'],
  },
  {
    id: 'verrommeling',
    inLecture: { slide: "Relevantie van referentieregio's" },
    term: 'verrommeling',
    definition:
      'Letterlijk: rommelig worden. In de lezing: bovenlokale verrommeling, met name de transactiekosten die verbonden zijn met bestuurlijke complexiteit.',
    from: '/bestuurlijke-realiteit/#referentieregios',
    fromTitle: "Relevantie van referentieregio's",
    match: ['verrommeling'],
  },
  {
    id: 'geframed',
    inLecture: { slide: "Relevantie van referentieregio's", form: 'geframed' },
    term: 'geframed, framing',
    definition: 'In een bepaald kader geplaatst, voorgesteld als. ‘Vaak geframed als …’ betekent: vaak voorgesteld als ….',
    from: '/bestuurlijke-realiteit/#referentieregios',
    fromTitle: "Relevantie van referentieregio's",
    match: ['geframed', 'framing'],
  },
  {
    id: 'nested-doll',
    inLecture: { slide: 'Regio?' },
    term: 'nested doll',
    definition:
      "Engels voor de Russische pop (matroesjka) waarin kleinere poppen passen. Regio's volgen vaak, maar niet noodzakelijk dat principe: kleinere gebieden die netjes binnen grotere passen.",
    from: '/geografische-realiteit/#regio',
    fromTitle: 'Regio?',
    match: ['nested doll'],
  },
  {
    id: 'homogene-regio',
    inLecture: { slide: "Soorten regio's", form: 'Homogene regio' },
    term: 'homogene regio',
    definition: 'Een regio op basis van gedeelde kenmerken, zoals landschap of dialect.',
    from: '/geografische-realiteit/#soorten-regios',
    fromTitle: "Soorten regio's",
    match: ['homogene regio', 'Homogene regio'],
  },
  {
    id: 'functionele-regio',
    inLecture: { slide: "Soorten regio's", form: 'Functionele regio' },
    term: 'functionele regio',
    definition: 'Een regio op basis van sterke(re) interacties. Het voorbeeld van de lezing: het Meetjesland als regionale woonmarkt.',
    from: '/geografische-realiteit/#soorten-regios',
    fromTitle: "Soorten regio's",
    match: ['functionele regio', 'Functionele regio'],
  },
  {
    id: 'sociaal-geconstrueerde-regio',
    inLecture: { slide: "Soorten regio's", form: 'Sociaal-geconstrueerde regio' },
    term: 'sociaal-geconstrueerde regio',
    definition:
      "Een regio die bestaat doordat niet-bestuurlijke actoren een gebied de facto als regio framen. Het voorbeeld van de lezing: de website van een vastgoedkantoor die 'het Meetjesland' zo gebruikt.",
    from: '/geografische-realiteit/#soorten-regios',
    fromTitle: "Soorten regio's",
    match: ['sociaal-geconstrueerde regio', 'Sociaal-geconstrueerde regio'],
  },
  {
    id: 'igs',
    inLecture: { slide: 'Regio?', form: 'IGS-en' },
    term: 'IGS',
    definition:
      'Intergemeentelijke samenwerking: een samenwerkingsverband van gemeenten. De lezing noemt IGS-en als voorbeeld van een regio in bestuurlijke termen.',
    from: '/geografische-realiteit/#regio',
    fromTitle: 'Regio?',
    match: ['IGS-en'],
  },
  {
    id: 'intercommunale',
    inLecture: { slide: "Soorten regio's", form: 'Intercommunale' },
    term: 'intercommunale',
    definition:
      'Een vereniging van gemeenten die samen een taak uitvoeren, zoals IVM voor de verwerking van huisvuil. In het bestuur van IVM zetelt één bestuurder per gemeente. De lezing noemt het Meetjesland van IVM een (semi-/para-)bestuurlijke regio.',
    from: '/geografische-realiteit/#meetjesland-bestuurlijk',
    fromTitle: 'Het Meetjesland: een (semi-/para-)bestuurlijke regio',
    sources: ['ivm-bestuur'],
    match: ['intercommunale'],
  },
  {
    id: 'referentieregio',
    inLecture: { slide: "Relevantie van referentieregio's" },
    term: 'referentieregio',
    definition:
      "Een vaste indeling van Vlaanderen in 15 regio's, waarop de samenwerking tussen gemeenten zich moet afstemmen. Het decreet over regiovorming werd op 1 februari 2023 aangenomen.",
    from: '/bestuurlijke-realiteit/#referentieregios',
    fromTitle: "Relevantie van referentieregio's",
    sources: ['lokaalbestuur-regiovorming', 'kw-regiovorming'],
    match: ['referentieregio', 'Referentieregio'],
  },
  {
    id: 'vervoerregio',
    inLecture: { slide: "Vervoerregio's Vlaanderen", form: 'Vervoerregio' },
    term: 'vervoerregio',
    definition:
      'Een groep aangrenzende gemeenten die samen een regionaal mobiliteitsplan opmaakt. Vlaanderen telt er 15; de indeling werd op 20 juli 2018 goedgekeurd.',
    from: '/bestuurlijke-realiteit/#vervoerregios',
    fromTitle: "Vervoerregio's Vlaanderen",
    sources: ['vl-decreet-bb'],
    match: ['vervoerregio', 'Vervoerregio'],
  },
  {
    id: 'basisbereikbaarheid',
    term: 'basisbereikbaarheid',
    definition:
      'Het Vlaamse mobiliteitsbeleid van het decreet basisbereikbaarheid van 26 april 2019. Volgens dat decreet behoort elke gemeente tot één vervoerregio, en maken de gemeenten van een vervoerregio samen een regionaal mobiliteitsplan.',
    from: '/bestuurlijke-realiteit/#vervoerregios',
    fromTitle: "Vervoerregio's Vlaanderen",
    sources: ['vl-decreet-bb'],
    match: ['basisbereikbaarheid'],
  },
  {
    id: 'regio-deal',
    inLecture: { slide: '8. Financiering als hefboom', form: 'Regio Deals' },
    term: 'Regio Deal',
    definition:
      'Een afspraak tussen de Nederlandse Rijksoverheid en een regio, met geld van beide, rond brede welvaart. Op 3 februari 2025 sprak de Rijksoverheid van ruim 80 Regio Deals.',
    from: '/bestuurlijke-realiteit/#regio-deals',
    fromTitle: 'De Nederlandse Regio Deals',
    sources: ['rijksoverheid-2025'],
    match: ['Regio Deal'],
  },
  {
    id: 'regio-envelop',
    inLecture: { slide: 'De Nederlandse Regiodeals' },
    term: 'Regio Envelop',
    definition: 'Het budget van de Nederlandse regering voor de Regio Deals: € 950 miljoen voor 2018–2022.',
    from: '/bestuurlijke-realiteit/#regio-deals-financiering',
    fromTitle: 'De Nederlandse Regio Deals: financiering',
    sources: ['kst-29697-44-53'],
    match: ['Regio Envelop'],
  },
  {
    id: 'dealmaking',
    inLecture: { slide: 'De Nederlandse Regiodeals', form: 'dealmakingsproces' },
    term: 'dealmakingproces',
    definition: 'Het onderhandelen van een ‘deal’ tussen partners. Bij de Regio Deals bepalen de lokale actoren en de Rijksoverheid zo samen het programma.',
    from: '/bestuurlijke-realiteit/#regio-deals-programma',
    fromTitle: 'De Nederlandse Regio Deals: programma',
    match: ['dealmakingproces'],
  },
  {
    id: 'triple-helix',
    inLecture: { slide: 'De Nederlandse Regiodeals' },
    term: 'triple helix',
    definition:
      'Samenwerking tussen overheid, kennisinstellingen en bedrijfsleven. Een voorbeeld is de Economic Board Zeeland, die de Regio Deal Zeeland steunde.',
    from: '/bestuurlijke-realiteit/#regio-deals-actoren',
    fromTitle: 'De Nederlandse Regio Deals: actorencoalitie',
    sources: ['provinciaal-blad-2018-7519'],
    match: ['triple-helix', 'triple helix'],
  },
  {
    id: 'valoriseren',
    inLecture: { slide: 'De Nederlandse Regiodeals', form: 'Valorisatie' },
    term: 'valoriseren',
    definition: 'Tot waarde brengen, benutten. ‘Reeds bestaande regionale triple-helixverbanden worden gevaloriseerd’: bestaande samenwerkingen worden benut.',
    from: '/bestuurlijke-realiteit/#regio-deals-actoren',
    fromTitle: 'De Nederlandse Regio Deals: actorencoalitie',
    match: ['gevaloriseerd'],
  },
  {
    id: 'governance',
    inLecture: { slide: 'De Nederlandse Regiodeals', form: 'Governance' },
    term: 'governance',
    definition:
      'Engels voor de manier waarop besturen en andere actoren samen sturen: wie overlegt, wie beslist, wie legt verantwoording af. In de lezing: de overleg- en afstemmingsorganen van een programma.',
    from: '/bestuurlijke-realiteit/#regio-deals-governance',
    fromTitle: 'De Nederlandse Regio Deals: governance',
    match: ['governance'],
  },
  {
    id: 'agglomeratieprogramma',
    inLecture: { slide: "De Zwitserse Agglomeratieprogramma's", form: 'Agglomeratieprogramma' },
    term: 'Agglomeratieprogramma (Agglomerationsprogramm)',
    definition:
      'Een Zwitsers programma waarin gemeenten, kantons en regio’s van een agglomeratie samen hun vervoer en ruimtelijke ontwikkeling plannen. De Confederatie financiert sinds 2008 mee, voor 30 tot 50% van de investeringen.',
    from: '/bestuurlijke-realiteit/#agglomeratieprogrammas',
    fromTitle: "De Zwitserse Agglomeratieprogramma's",
    sources: ['uvek-naf'],
    match: ['Agglomeratieprogramma', 'Agglomerationsprogramm'],
  },
  {
    id: 'confederatie',
    inLecture: { slide: "De Zwitserse Agglomeratieprogramma's" },
    term: 'Confederatie',
    definition: 'De Zwitserse federale overheid. Haar regering heet de Bondsraad.',
    from: '/bestuurlijke-realiteit/#agglomeratieprogrammas-financiering',
    fromTitle: "De Zwitserse Agglomeratieprogramma's: financiering",
    sources: ['botschaft-2018'],
    match: ['Confederatie'],
  },
  {
    id: 'botschaft',
    term: 'Botschaft',
    definition:
      "Duits voor ‘boodschap’: een wetsvoorstel met toelichting dat de Zwitserse regering, de Bondsraad, aan het parlement voorlegt, bijvoorbeeld voor het geld van een generatie Agglomeratieprogramma's.",
    from: '/bestuurlijke-realiteit/#agglomeratieprogrammas',
    fromTitle: "De Zwitserse Agglomeratieprogramma's",
    sources: ['botschaft-2018'],
    match: ['Botschaft'],
  },
  {
    id: 'cofinanciering',
    inLecture: { slide: 'De Nederlandse Regiodeals' },
    term: 'cofinanciering',
    definition: 'Financiering door meer partners samen, waarbij elk bestuursniveau een deel betaalt, zoals het Rijk en de regio bij een Regio Deal.',
    from: '/bestuurlijke-realiteit/#regio-deals-financiering',
    fromTitle: 'De Nederlandse Regio Deals: financiering',
    match: ['cofinanciering', 'Cofinanciering'],
  },
];

/** The entry's provenance: the lecture's term (with its slide), or a term the site adds (with its sources). */
export function glossaryProvenance(e: GlossaryEntry): Provenance {
  return e.inLecture ? { kind: 'lecture', slides: [e.inLecture.slide] } : { kind: 'added', sources: e.sources, compilation: false };
}

function parse(entries: unknown): GlossaryEntry[] {
  const result = z.array(entry).min(1).safeParse(entries);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`src/facts/glossary.ts: ongeldige begrippenlijst: ${issues}`);
  }
  const ids = result.data.map((e) => e.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`src/facts/glossary.ts: dubbele id(s): ${twice.join(', ')}`);
  for (const e of result.data) {
    if (e.inLecture && !lectureSays(e.inLecture.form ?? e.term, e.inLecture.slide)) {
      throw new Error(`src/facts/glossary.ts: begrip ${e.id}: "${e.inLecture.form ?? e.term}" staat niet op de dia "${e.inLecture.slide}" van de lezing`);
    }
    if (!e.inLecture && e.sources.length === 0) throw new Error(`src/facts/glossary.ts: begrip ${e.id} komt niet uit de lezing en noemt dus minstens één bron`);
  }
  return result.data;
}

/** All glossary entries, in alphabetical order of their term (Dutch collation). */
export const GLOSSARY: readonly GlossaryEntry[] = parse(ENTRIES).sort((a, b) => a.term.localeCompare(b.term, 'nl'));
