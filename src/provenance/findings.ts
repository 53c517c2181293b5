/**
 * The register of the lecture's findings: every statement of the slides once, with its wording in the source text
 * (content/source/lezing.md), the hedges, quantifiers and negations a restatement must keep (`markers`: where a sentence
 * restates the claim `head`, it must carry `hedge`), wordings the lecture does not support (`forbidden`), and the files
 * that restate it (`restatedIn`). A chapter's `summary` is also its lede, its home-page line, its meta and social-card
 * description and its deck slide, so the chapter file stands for all of those; the deck and the handouts are derived from
 * the chapters. tests/unit/provenance/findings.test.ts holds every file of the site to this register.
 */
import { z } from 'astro/zod';

const marker = z.strictObject({
  /** The hedge, quantifier or negation as the source has it (lower case), e.g. "vaak". */
  hedge: z.string().min(2),
  /** A regular expression (case-insensitive) for the claim it qualifies, e.g. "kwetsbaar". */
  head: z.string().min(3),
  /** How many words before the claim the hedge may stand. */
  within: z.number().int().min(1).max(20).default(4),
});

const forbidden = z.strictObject({
  /** A regular expression (case-insensitive) for a wording the site may not use anywhere. */
  pattern: z.string().min(3),
  /** Why the lecture does not support it. */
  why: z.string().min(10),
});

const finding = z.strictObject({
  /** Stable id, e.g. "les6-lokale-capaciteit". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The title of the slide in the source text. */
  slide: z.string().min(2),
  /** The words of the source, verbatim (emphasis marks left out). */
  wording: z.string().min(5),
  markers: z.array(marker).default([]),
  /** Regular expressions (case-insensitive) that recognise a restatement of a finding without hedges. */
  claims: z.array(z.string().min(3)).default([]),
  forbidden: z.array(forbidden).default([]),
  /** Files that restate the finding (chapter bodies and summaries, part overview, glossary, home page). */
  restatedIn: z.array(z.string()).default([]),
});

export type Finding = z.output<typeof finding>;
export type Marker = z.output<typeof marker>;

const m = (hedge: string, head: string, within?: number): z.input<typeof marker> => ({ hedge, head, ...(within ? { within } : {}) });

const FINDINGS: z.input<typeof finding>[] = [
  // Erkenning Steunpunt Bestuurlijke Vernieuwing
  {
    id: 'steunpunt-erkenning',
    slide: 'Erkenning Steunpunt Bestuurlijke Vernieuwing (2021-2025)',
    wording: 'De Vlaamse Regering keurt de erkenning van het Steunpunt Bestuurlijke Vernieuwing goed (2021-2025).',
    forbidden: [
      { pattern: 'lezing bundelt onderzoek van het Steunpunt', why: "de dia's zeggen niet dat de lezing onderzoek van het Steunpunt bundelt" },
      { pattern: 'onderzoek achter de lezing', why: "de dia's zeggen niet welk onderzoek achter de lezing zit; ze vermelden alleen 'i.s.m.'" },
      { pattern: 'binnen het Steunpunt', why: "de dia's zeggen niet dat de lezing binnen het Steunpunt gegeven werd; ze openen met de erkenning ervan" },
    ],
  },
  {
    id: 'steunpunt-onderzoek',
    slide: 'Erkenning Steunpunt Bestuurlijke Vernieuwing (2021-2025)',
    wording:
      'Het Steunpunt zal vanaf 1 januari 2021 onderzoek verrichten naar een goed onderbouwd HR-beleid en naar lokale autonomie en lokale verantwoordelijkheid.',
  },
  {
    id: 'steunpunt-consortium',
    restatedIn: ['content/geografische-realiteit.mdx', 'src/pages/index.astro'],
    claims: ['consortium van bestuurskundige onderzoekers'],
    slide: 'Erkenning Steunpunt Bestuurlijke Vernieuwing (2021-2025)',
    wording: 'SBV II is een consortium van bestuurskundige onderzoekers bij Vlaamse academische instellingen.',
  },
  // Regio?
  {
    id: 'regio-definitie',
    restatedIn: ['content/geografische-realiteit.mdx'],
    slide: 'Regio?',
    wording: 'Regio = aaneengesloten, min of meer coherent geografisch gebied',
    markers: [m('min of meer', 'coherent geografisch gebied')],
  },
  {
    id: 'regio-bestuurlijk',
    restatedIn: ['content/geografische-realiteit.mdx'],
    claims: ['groter is dan het .lokale. niveau'],
    slide: 'Regio?',
    wording: "In bestuurlijke termen = schaalniveau dat groter is dan het 'lokale' niveau maar kleiner dan het 'nationale' schaalniveau",
  },
  {
    id: 'regio-nested-doll',
    restatedIn: ['content/geografische-realiteit.mdx', 'src/facts/glossary.ts'],
    slide: 'Regio?',
    wording: "Vaak, maar niet noodzakelijk 'nested doll'-principes",
    markers: [m('vaak', "nested doll'?-principe|volgen[^.]{0,40}principe", 8), m('niet noodzakelijk', "nested doll'?-principe|volgen[^.]{0,40}principe", 8)],
  },
  // Soorten regio's
  {
    id: 'soorten-homogeen',
    slide: "Soorten regio's",
    wording: "Homogene regio's obv gedeelde kenmerken (bv. Meetjesland obv gedeelde kenmerken zoals landschap of dialect)",
  },
  {
    id: 'soorten-functioneel',
    restatedIn: ['content/geografische-realiteit.mdx', 'src/facts/glossary.ts'],
    slide: "Soorten regio's",
    wording: "Functionele regio's obv sterke(re) interacties (bv. Meetjesland als regionale woonmarkt)",
    markers: [m('sterke', 'interacties')],
  },
  {
    id: 'soorten-bestuurlijk',
    slide: "Soorten regio's",
    wording: "Bestuurlijke regio's (bv. Intercommunale Vereniging voor huisvuilverwerking Meetjesland)",
  },
  {
    id: 'soorten-sociaal',
    slide: "Soorten regio's",
    wording: "Sociaal-geconstrueerde regio's (bv. Meetjesland als de facto framing van een gebied door niet-bestuurlijke actoren)",
  },
  // Regionale vaagheid
  { id: 'vaagheid-beinvloeden', slide: 'Regionale vaagheid', wording: "Diversiteit binnen en tussen deze types regio's, maar ze beïnvloeden elkaar" },
  {
    id: 'vaagheid-grenzen',
    restatedIn: ['content/geografische-realiteit.mdx'],
    slide: 'Regionale vaagheid',
    wording: "Dat betekent niet dat grenzen eenduidig zijn en/of die beïnvloeding leidt tot perfect identificeerbare regio's",
    markers: [m('niet', 'grenzen eenduidig')],
  },
  { id: 'vaagheid-open-systemen', slide: 'Regionale vaagheid', wording: "Bovendien zijn het open systemen en bestaan regio's op verschillende schaalniveaus" },
  {
    id: 'vaagheid-niet-willekeurig',
    restatedIn: ['content/geografische-realiteit.mdx', 'content/lessen/3-maatwerk-en-centrale-sturing.mdx'],
    slide: 'Regionale vaagheid',
    wording: "Dat maakt afbakeningen van bestuurlijke regio's evenwel niet willekeurig",
    markers: [m('niet', 'willekeurig')],
  },
  {
    id: 'vaagheid-schalen',
    restatedIn: ['content/geografische-realiteit.mdx'],
    slide: 'Regionale vaagheid',
    wording: 'sommige schalen zijn belangrijker dan andere',
    markers: [m('sommige', 'schalen zijn belangrijker')],
  },
  {
    id: 'vaagheid-afbakeningen',
    restatedIn: ['content/geografische-realiteit.mdx'],
    slide: 'Regionale vaagheid',
    wording: 'sommige afbakeningen zijn relevanter dan andere',
    markers: [m('sommige', 'afbakeningen zijn relevanter')],
  },
  {
    id: 'vaagheid-sector',
    claims: ['hangt af van (de )?sector'],
    slide: 'Regionale vaagheid',
    wording: 'welke schalen/afbakeningen relevant zijn, hangt af van sector of domein',
    restatedIn: ['content/geografische-realiteit.mdx', 'content/lessen/4-sectorale-dynamiek.mdx'],
  },
  // Relevantie van referentieregio's
  {
    id: 'referentieregio-verrommeling',
    restatedIn: ['content/bestuurlijke-realiteit.mdx', 'src/facts/glossary.ts'],
    slide: "Relevantie van referentieregio's",
    wording: "Vaak geframed als tegengaan van bovenlokale 'verrommeling', m.n. transactiekosten verbonden met bestuurlijke complexiteit",
    markers: [m('vaak', 'geframed als')],
  },
  {
    id: 'referentieregio-bassin-de-vie',
    restatedIn: ['content/bestuurlijke-realiteit.mdx', 'src/maps/meetjesland/MeetjeslandMap.astro'],
    slide: "Relevantie van referentieregio's",
    wording: "vaak min of meer afgestemd op specifiek soort functionele regio = 'bassin de vie'",
    markers: [m('vaak', 'afgestemd op[^.]*bassin de vie'), m('min of meer', 'afgestemd op[^.]*bassin de vie')],
    forbidden: [{ pattern: 'bedoeld om het .?bassin de vie.? te volgen', why: "de lezing zegt alleen 'vaak min of meer afgestemd op' een bassin de vie" }],
  },
  {
    id: 'referentieregio-implicatie-1',
    claims: ['cruciaal\\W+ voor de betrokken beleidsdomeinen|schaalniveau is \\W*cruciaal'],
    slide: "Relevantie van referentieregio's",
    wording: 'Implicatie 1: dit schaalniveau is cruciaal voor de betrokken beleidsdomeinen',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
  },
  {
    id: 'referentieregio-implicatie-2',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    claims: ['met elkaar \\W*verweven'],
    slide: "Relevantie van referentieregio's",
    wording: 'Implicatie 2: deze beleidsdomeinen zijn met elkaar verweven op dit schaalniveau',
  },
  // Vervoerregio's Vlaanderen
  {
    id: 'vervoerregios-goedgekeurd',
    slide: "Vervoerregio's Vlaanderen",
    wording: 'Indeling goedgekeurd door de Vlaamse Regering op 20 juli 2018',
    forbidden: [
      {
        pattern: 'zoals goedgekeurd',
        why: 'de gemeentelijst van de kaarten komt van Provincies in Cijfers, niet uit een ondertekend exemplaar van de beslissing',
      },
      { pattern: 'indeling komt uit de lezing', why: 'de lezing toont een kaart, geen gemeentelijst; de lijst op de kaart komt van Provincies in Cijfers' },
    ],
  },
  // De Nederlandse Regiodeals
  {
    id: 'rd-brede-welvaart',
    claims: ['brede welvaart'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Focus op brede welvaart (economische, sociale en ecologische dimensie)',
    restatedIn: ['content/bestuurlijke-realiteit.mdx', 'src/facts/glossary.ts'],
  },
  {
    id: 'rd-dealmaking',
    slide: 'De Nederlandse Regiodeals',
    wording: 'Programmabepaling als resultaat van het dealmakingsproces tussen lokale actoren & Rijksoverheid',
  },
  {
    id: 'rd-bestaande-programmas',
    restatedIn: ['content/bestuurlijke-realiteit.mdx', 'content/lessen/5-samenwerkingsmaturiteit.mdx'],
    slide: 'De Nederlandse Regiodeals',
    wording: "In heel wat gevallen een bestendiging/verbreding van bestaande programma's",
    markers: [m('heel wat', 'bestendiging (of|en|/) ?verbreding van bestaande programma', 8)],
  },
  {
    id: 'rd-rijksoverheid',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Rijksoverheid, wisselend engagement en betrokkenheid van andere departementen',
    markers: [m('wisselend', 'engagement(?!en)')],
  },
  {
    id: 'rd-lokale-actoren',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Lokale actoren: diverse regionale coalities (grote variatie in aantal gemeenten, ook wisselende betrokkenheid van provinciebesturen)',
    markers: [m('wisselende', 'betrokkenheid van (de )?provinciebesturen')],
  },
  {
    id: 'rd-triple-helix',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Valorisatie van reeds bestaande regionale triple helix verbanden, naast ook zuiver bestuurlijke coalities',
    markers: [m('zuiver', 'bestuurlijke coalities')],
  },
  {
    id: 'rd-overlegtafel',
    slide: 'De Nederlandse Regiodeals',
    wording: 'Overlegtafel Rijk-regio + regiegroep/kernteam als belangrijkste afstemmingsorganen tussen de betrokken actoren',
  },
  {
    id: 'rd-partnerschap',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Uitgangspunt van gelijkwaardig partnerschap tussen Rijk en regio, initiatief voor terugkoppeling & verantwoording ligt sterk bij de regio',
    markers: [m('sterk', 'verantwoording ligt')],
  },
  {
    id: 'rd-cofinanciering',
    restatedIn: ['content/bestuurlijke-realiteit.mdx', 'content/lessen/8-financiering-als-hefboom.mdx', 'src/facts/cofinanciering.ts'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Minimaal 50% lokale publieke cofinanciering',
    markers: [m('minimaal', '50% lokale publieke cofinanciering')],
  },
  {
    id: 'rd-privaat',
    claims: ['cofinanciering door private partijen'],
    slide: 'De Nederlandse Regiodeals',
    wording: 'Belang van cofinanciering door private partijen',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
  },
  {
    id: 'rd-politiek',
    slide: 'De Nederlandse Regiodeals',
    wording: 'Belangrijke politieke dimensie in de omvang en toewijzing van Regio Envelop, afhankelijk van regeerakkoord en kabinetsformatie',
  },
  { id: 'rd-zeeland', slide: 'De Nederlandse Regiodeals', wording: 'Voorbeeld: Zeeland' },
  // De Zwitserse Agglomeratieprogramma's
  {
    id: 'ap-focus',
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Focus op de bovenlokale coördinatie van vervoer & ruimtelijke ontwikkeling',
  },
  {
    id: 'ap-bottom-up',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Bottom-up programmabepaling: federale overheid bepaalt enkel het aandeel cofinanciering',
    markers: [m('enkel', 'bepaalt[^.]*aandeel')],
  },
  {
    id: 'ap-continuiteit',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: "Sterke mate van continuïteit & coördinatie van projecten over programma's heen",
    markers: [m('sterke', 'mate van continuïteit')],
  },
  {
    id: 'ap-federale-overheid',
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Federale overheid: coördinatie rol voor departement ruimtelijke ordening, afstemming met andere centrale agentschappen',
  },
  {
    id: 'ap-lokale-actoren',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording:
      "Lokale actoren: grote verscheidenheid in coalities, met wisselende betrokkenheid van kantons, regio's, steden en gemeenten & aangrenzende buitenlandse regio's",
    markers: [m('wisselende', 'betrokkenheid van kantons')],
  },
  {
    id: 'ap-publiek',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Zuiver publieke actorencoalitie',
    markers: [m('zuiver', 'publieke actorencoalitie')],
  },
  {
    id: 'ap-een-stem',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    claims: ['met één stem'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Oprichting van een vertegenwoordigingsorgaan (gemeenten, kantons en regionale autoriteiten) dat met één stem spreekt op het federale niveau',
  },
  {
    id: 'ap-verenigingen',
    restatedIn: ['content/bestuurlijke-realiteit.mdx'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: "Agglomeratieprogramma's als concrete aanleiding voor de oprichting van heel wat (privaat- en publiekrechtelijke) regionale verenigingen",
    markers: [m('heel wat', 'oprichting van[^.]*regionale verenigingen')],
  },
  {
    id: 'ap-confederatie',
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording:
      'Cofinanciering vanuit de Confederatie tussen 30 tot 50%, bepaling o.b.v. evaluatiecriteria rond kosten-baten, duurzaamheid, kwaliteit + politieke deliberatie',
  },
  {
    id: 'ap-lokaal-publiek',
    restatedIn: ['content/bestuurlijke-realiteit.mdx', 'src/facts/cofinanciering.ts'],
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Louter publieke lokale cofinanciering, varieert tussen 50 en 70%',
    markers: [m('louter', '50(%)? (en|tot) 70', 8)],
  },
  {
    id: 'ap-verkeersfonds',
    slide: "De Zwitserse Agglomeratieprogramma's",
    wording: 'Federale langetermijnsfinanciering: nationaal verkeersfonds voor wegen en agglomeraties in 2018',
  },
  { id: 'ap-st-gallen', slide: "De Zwitserse Agglomeratieprogramma's", wording: 'Voorbeeld: St. Gallen' },
  // Les 1
  {
    id: 'les1-schaaloverschrijdend',
    restatedIn: ['content/lessen/1-feitelijke-realiteit.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['schaaloverschrijdende context'],
    slide: "1. Regio's als feitelijke realiteit",
    wording: 'Lokale besturen opereren wereldwijd in een schaaloverschrijdende context: hun werking overstijgt administratieve grenzen',
  },
  {
    id: 'les1-bassin-de-vie',
    restatedIn: ['content/lessen/1-feitelijke-realiteit.mdx', 'src/facts/glossary.ts'],
    claims: ['regio (als|bekeken als|kan je zien als) \\W*bassin de vie'],
    slide: "1. Regio's als feitelijke realiteit",
    wording:
      'Regio als bassin de vie: functionele leefgebieden van wonen, werken, verplaatsen en gebruik van diensten, waarop samenwerken een bestuurlijke respons vormt',
    forbidden: [{ pattern: 'regio is een bassin de vie', why: "de dia zegt 'Regio als bassin de vie': een manier van kijken, geen vaststelling" }],
  },
  {
    id: 'les1-tussenschalen',
    restatedIn: ['content/lessen/1-feitelijke-realiteit.mdx'],
    claims: ['samenwerking op tussenschalen'],
    slide: "1. Regio's als feitelijke realiteit",
    wording: 'Internationale voorbeelden tonen aan dat samenwerking op tussenschalen een noodzakelijke en breed gedragen praktijk is',
  },
  {
    id: 'les1-vlaanderen',
    restatedIn: ['content/lessen/1-feitelijke-realiteit.mdx', 'content/samenwerking-doen-werken.mdx'],
    slide: "1. Regio's als feitelijke realiteit",
    wording:
      'Ook in Vlaanderen manifesteert beleid zich feitelijk op regioniveau en vormt de regio een steeds belangrijkere operationele schaal voor beleid en uitvoering.',
    markers: [m('ook in', 'steeds belangrijkere operationele schaal', 14), m('steeds', 'belangrijkere operationele schaal')],
  },
  // Les 2
  {
    id: 'les2-geen-bestuurslaag',
    restatedIn: ['content/geografische-realiteit.mdx', 'content/lessen/2-coordinatieplatform.mdx', 'content/samenwerking-doen-werken.mdx'],
    slide: '2. Regio als coördinatieplatform',
    wording:
      "Ondanks alle verschillen fungeren regio's zelden als een aparte bestuurslaag, maar eerder als een flexibel interbestuurlijk overleg- en afstemmingsplatform tussen verschillende actoren",
    markers: [m('zelden', 'aparte bestuurslaag'), m('eerder', 'afstemmingsplatform', 8)],
  },
  {
    id: 'les2-werkbaar-kader',
    restatedIn: ['content/lessen/2-coordinatieplatform.mdx'],
    slide: '2. Regio als coördinatieplatform',
    wording:
      "Regio's bieden een herkenbaar en werkbaar kader voor coördinatie: geen rigide structuur, wel een praktisch schaalniveau waarop intersectorale samenwerking en beleidsafstemming vorm kunnen krijgen, dat zien we overal voorbeelden heen.",
    markers: [m('geen', 'rigide structuur'), m('kunnen', 'vorm \\w* ?krijgen')],
  },
  // Les 3
  {
    id: 'les3-elke-regio-anders',
    restatedIn: ['content/lessen/3-maatwerk-en-centrale-sturing.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['elke regio is anders'],
    slide: '3. Tussen maatwerk & centrale sturing',
    wording: 'Elke regio is anders: verschillen in historiek, schaal, betrokken actoren en beleidsdynamiek',
  },
  {
    id: 'les3-maatwerk',
    restatedIn: ['content/lessen/3-maatwerk-en-centrale-sturing.mdx', 'content/lessen/7-leiderschap.mdx'],
    claims: ['gebiedsgericht maatwerk'],
    slide: '3. Tussen maatwerk & centrale sturing',
    wording: 'Gebiedsgericht maatwerk is noodzakelijk: beleid moet aansluiten bij de specifieke kenmerken en behoeften van elke regio',
  },
  {
    id: 'les3-centrale-sturing',
    restatedIn: ['content/lessen/3-maatwerk-en-centrale-sturing.mdx'],
    claims: ['centrale sturing blijft'],
    slide: '3. Tussen maatwerk & centrale sturing',
    wording: 'Centrale sturing blijft belangrijk, maar moet zich richten op duidelijke kaders die samenwerking ondersteunen en fragmentatie voorkomen',
  },
  {
    id: 'les3-complementair',
    restatedIn: ['content/lessen/3-maatwerk-en-centrale-sturing.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['complementair'],
    slide: '3. Tussen maatwerk & centrale sturing',
    wording:
      "Maatwerk en centrale afstemming zijn complementair: een flexibele regiowerking vereist bovenlokale referentiekaders (zoals referentieregio's), zonder de diversiteit van regio's uit het oog te verliezen.",
  },
  // Les 4
  {
    id: 'les4-beleidsdomeinen',
    restatedIn: ['content/lessen/4-sectorale-dynamiek.mdx', 'content/samenwerking-doen-werken.mdx'],
    slide: '4. Sectorale dynamiek',
    wording: 'Regionale samenwerking ontstaat vaak vanuit afzonderlijke beleidsdomeinen, elk met hun eigen schaalniveau, dynamiek en institutionele logica',
    markers: [m('vaak', 'ontstaat\\b[^.]*\\b(per|vanuit)\\b[^.]*beleidsdomein')],
  },
  {
    id: 'les4-flexibiliteit',
    restatedIn: ['content/lessen/4-sectorale-dynamiek.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['sectorale flexibiliteit'],
    slide: '4. Sectorale dynamiek',
    wording:
      'De uitdaging bestaat erin om gezamenlijke structuren te combineren met voldoende sectorale flexibiliteit, zodat samenwerking efficiënt en werkbaar blijft.',
  },
  // Les 5
  {
    id: 'les5-dynamiek',
    restatedIn: ['content/lessen/5-samenwerkingsmaturiteit.mdx'],
    slide: '5. Samenwerkingsmaturiteit',
    wording:
      "Regio's verschillen sterk in hun samenwerkingsdynamiek: regiomaturiteit hangt samen met eerder opgebouwde relaties, gedeelde ervaringen en de aanwezigheid van een gedeelde regionale identiteit",
    markers: [m('sterk', 'verschillen \\w* ?\\w* ?(in )?(hun )?samenwerkingsdynamiek'), m('eerder', 'opgebouwde relaties')],
  },
  {
    id: 'les5-startpositie',
    restatedIn: ['content/lessen/5-samenwerkingsmaturiteit.mdx', 'content/samenwerking-doen-werken.mdx'],
    slide: '5. Samenwerkingsmaturiteit',
    wording:
      "Niet alle regio's starten vanuit dezelfde positie: regio's met een langere traditie van samenwerking beschikken vaker over meer draagvlak, onderling vertrouwen en een cultuur van resultaatgerichtheid",
    markers: [m('niet alle', 'starten vanuit dezelfde positie'), m('vaker', 'beschikken[^.]*draagvlak')],
  },
  {
    id: 'les5-voortbouwen',
    restatedIn: ['content/lessen/5-samenwerkingsmaturiteit.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['voortbouwen op bestaande dynamieken'],
    slide: '5. Samenwerkingsmaturiteit',
    wording: 'Beleid moet voortbouwen op bestaande dynamieken: erken wat werkt en trek lessen uit eerdere samenwerkingstrajecten',
  },
  // Les 6
  {
    id: 'les6-capaciteit-cruciaal',
    restatedIn: ['content/lessen/6-ambtelijke-capaciteit.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['ambtelijke capaciteit op regioniveau'],
    slide: '6. Ambtelijke capaciteit',
    wording: 'Voldoende ambtelijke capaciteit op regioniveau is cruciaal om interbestuurlijke samenwerking duurzaam te ondersteunen en te coördineren',
  },
  {
    id: 'les6-versnipperd',
    restatedIn: ['content/lessen/6-ambtelijke-capaciteit.mdx'],
    slide: '6. Ambtelijke capaciteit',
    wording:
      "Ondersteuning is vaak versnipperd georganiseerd, zowel binnen regio's als tussen Vlaamse administraties, wat de slagkracht van regionale werking beperkt",
    markers: [m('vaak', 'ondersteuning[^.]*versnipperd|versnipperd georganiseerd')],
  },
  {
    id: 'les6-domeinen',
    restatedIn: ['content/lessen/6-ambtelijke-capaciteit.mdx'],
    slide: '6. Ambtelijke capaciteit',
    wording:
      'De regiocapaciteit verschilt sterk tussen beleidsdomeinen: sommige sectoren hebben uitgebouwde structuren, terwijl in andere domeinen integrale samenwerking nog onvoldoende benut wordt',
    markers: [m('sterk', 'regiocapaciteit verschilt'), m('sommige', 'sectoren hebben uitgebouwde'), m('nog onvoldoende', 'benut wordt')],
  },
  {
    id: 'les6-kwetsbaar',
    restatedIn: ['content/lessen/6-ambtelijke-capaciteit.mdx', 'content/samenwerking-doen-werken.mdx'],
    slide: '6. Ambtelijke capaciteit',
    wording:
      'Lokale regiocapaciteit is vaak kwetsbaar: ze is ongelijk verdeeld over gemeenten, staat onder toenemende druk en is niet altijd toereikend om regionale engagementen waar te maken.',
    markers: [m('vaak', 'kwetsbaar'), m('niet altijd', 'toereikend')],
  },
  // Les 7
  {
    id: 'les7-succesfactor',
    restatedIn: ['content/lessen/7-leiderschap.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['cruciale succesfactor'],
    slide: '7. Leiderschap',
    wording: 'Leiderschap is een cruciale succesfactor voor duurzame en effectieve samenwerking op regioniveau',
  },
  {
    id: 'les7-lokaal-politiek',
    restatedIn: ['content/lessen/7-leiderschap.mdx', 'content/samenwerking-doen-werken.mdx'],
    claims: ['sleutelrol'],
    slide: '7. Leiderschap',
    wording: 'Lokaal politiek leiderschap speelt hierbij een sleutelrol',
    forbidden: [
      {
        pattern: 'vooral lokaal politiek leiderschap',
        why: "les 7 zegt dat lokaal politiek leiderschap 'een sleutelrol' speelt, niet dat het vooral daarom gaat",
      },
    ],
  },
  {
    id: 'les7-contextgebonden',
    restatedIn: ['content/lessen/7-leiderschap.mdx'],
    slide: '7. Leiderschap',
    wording:
      'Regionaal leiderschap is sterk contextgebonden: bestuurscultuur, lokale verhoudingen en bestaande samenwerkingspraktijken bepalen wie het voortouw kan nemen',
    markers: [m('sterk', 'contextgebonden')],
  },
  {
    id: 'les7-centrale-overheden',
    restatedIn: ['content/lessen/7-leiderschap.mdx'],
    slide: '7. Leiderschap',
    wording:
      'Centrale overheden kunnen een stimulerende rol spelen, onder meer via erkenning, waardering of strategische ondersteuning van lokale voortrekkers.',
    markers: [m('kunnen', 'stimule\\w*')],
  },
  // Les 8
  {
    id: 'les8-structureel',
    restatedIn: ['content/lessen/8-financiering-als-hefboom.mdx'],
    slide: '8. Financiering als hefboom',
    wording:
      'Duurzame regionale samenwerking vraagt om structurele financiering. Vandaag zijn veel initiatieven afhankelijk van tijdelijke subsidies en versnipperde budgetten',
    markers: [m('veel', 'initiatieven afhankelijk')],
  },
  {
    id: 'les8-omslag',
    restatedIn: ['content/lessen/8-financiering-als-hefboom.mdx'],
    claims: ['omslag naar'],
    slide: '8. Financiering als hefboom',
    wording: 'Er is nood aan een omslag naar meer structurele, gebundelde en domeinoverstijgende financiering',
  },
  {
    id: 'les8-buitenland',
    restatedIn: ['content/lessen/8-financiering-als-hefboom.mdx'],
    claims: ['potentieel van langetermijn ?partnerschappen'],
    slide: '8. Financiering als hefboom',
    wording: "Buitenlandse vb. zoals de Regio Deals (NL) en Agglomeratieprogramma's (CH) tonen het potentieel van langetermijn partnerschappen",
    forbidden: [
      {
        pattern: "financiering,? zoals de Regio Deals en (de )?Agglomeratieprogramma's tonen",
        why: "volgens les 8 tonen de buitenlandse voorbeelden 'het potentieel van langetermijn partnerschappen', niet dat gebundelde financiering nodig is",
      },
    ],
  },
];

function parse(entries: unknown): Finding[] {
  const result = z.array(finding).min(1).safeParse(entries);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`src/provenance/findings.ts: ongeldig register: ${issues}`);
  }
  const ids = result.data.map((f) => f.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`src/provenance/findings.ts: dubbele id(s): ${twice.join(', ')}`);
  return result.data;
}

/** Every finding of the lecture, in the order of the slides. */
export const FINDINGS_REGISTER: readonly Finding[] = parse(FINDINGS);
