/** Dutch texts for the Meetjesland delineations (names, one-line descriptions, dates, confidence notes), keyed by CSV id. */

export interface DelineationNote {
  naam: string;
  omschrijving: string;
  datum: string;
  /** Dutch version of the CSV's confidence explanation; required exactly when the CSV gives one. */
  zekerheidNoot?: string;
  /** Dutch rendering of the CSV's `source` (which is partly English); the CSV source itself must still be present. */
  bron: string;
}

export const MEETJESLAND_NOTES: Readonly<Record<string, DelineationNote>> = {
  H1: {
    bron: 'Namen: fr.wikipedia "Meetjesland" (momentopname september 2022). Aantal 14 bevestigd door meetjesland.be (Streekplatform, 20-10-2014: "14 Meetjeslandse gemeenten") en veneco.be/nl/streekontwikkeling/meetjesland (2017)',
    naam: 'Meetjesland als streek van 14 gemeenten',
    omschrijving:
      'De klassieke Meetjeslandse streek van veertien gemeenten (vóór de fusies van 2019), zoals Netwerk Meetjesland en Veneco ze afbakenden.',
    datum: '2014–2017 (namen volgens fr.wikipedia, momentopname september 2022)',
    zekerheidNoot: 'namen uit Wikipedia; een officiële naamlijst is niet bekend',
  },
  H2: {
    bron: 'rlm.be/index.php/over-rlm/wat-is-een-regionaal-landschap ("Onze leden – openbare besturen")',
    naam: 'Regionaal Landschap Meetjesland – leden',
    omschrijving:
      'De gemeenten in de algemene vergadering van het Regionaal Landschap Meetjesland, dat werkt rond natuur, landschap en streekidentiteit.',
    datum: 'ongedateerde pagina (gemeenten van vóór 2019)',
    zekerheidNoot: 'hoog voor die pagina; de datum is onzeker',
  },
  H3: {
    bron: 'vvsg.be/kennisitem/vvsg/ondersteuner-voorbeeld-10-5',
    naam: 'Regionaal Landschap Meetjesland – werkingsgebied',
    omschrijving:
      'De gemeenten waar het Regionaal Landschap Meetjesland actief is, volgens zijn ondersteuningsaanbod voor het Lokaal Energie- en Klimaatpact.',
    datum: 'ca. 2021–2022 (periode van het Lokaal Energie- en Klimaatpact)',
    zekerheidNoot: 'de pagina vermeldt geen datum',
  },
  H4: {
    bron: 'comeet.be/over-comeet en comeet.be/negen-gemeenten-gaan-samen-verder-met-comeet; cultuuroptil.be (februari 2024)',
    naam: 'COMEET – Cultuuroverleg Meetjesland',
    omschrijving:
      'Het intergemeentelijke cultuuroverleg dat het dialectproject uit de les organiseerde; sinds 2020 werken negen gemeenten samen.',
    datum: 'sinds 2020 (Maldegem uitgesloten op 29-11-2019)',
  },
  H5: {
    bron: 'sector.tov.be/toerisme-meetjesland; persbericht op vincentlaroy.be (19-06-2019); gelijk aan Provincies in Cijfers, gemeente_streekwerking.xlsx, code sw34 "Meetjesland"',
    naam: 'Toerisme Meetjesland',
    omschrijving: 'De toeristische regio die het Meetjesland als merk op de markt brengt, sinds 2020 met negen gemeenten.',
    datum: 'vanaf 2020 (Deinze was lid tot eind 2019)',
  },
  A1: {
    bron: 'Provincies in Cijfers, kerntabellen/gemeente_arrondiss.xls en gemeente2018_arrondiss2018.xls',
    naam: 'Bestuurlijk arrondissement Eeklo',
    omschrijving: 'Het bestuurlijke arrondissement Eeklo, de officiële bestuurlijke indeling die het noorden van het Meetjesland dekt.',
    datum: 'ongewijzigd 2018–2025',
  },
  A2: {
    bron: 'IVM-magazine en ophaalkalender 2015 en 2018 ("verschijnt in …"), op yumpu.com',
    naam: 'IVM – afvalintercommunale (19 gemeenten)',
    omschrijving:
      'De Intergemeentelijke Vereniging voor huisvuilverwerking Meetjesland, het voorbeeld uit de les, met haar negentien gemeenten vóór de fusies van 2019.',
    datum: '2014–2018',
  },
  A3: {
    bron: 'ivmmilieubeheer.be/over-ivm/bestuur (één bestuurder per deelnemende gemeente); sint-laureins.be/ivm ("15 gemeenten")',
    naam: 'IVM – afvalintercommunale (15 gemeenten)',
    omschrijving: 'Dezelfde afvalintercommunale na de fusies van 2019, met vijftien gemeenten in de regio Meetjesland-Leiestreek.',
    datum: 'ca. 2021–2022 (pagina over het bestuur)',
    zekerheidNoot: 'afgeleid uit de samenstelling van de raad van bestuur',
  },
  A4: {
    bron: 'welzijnsband.be/over-ons ("Alle Meetjeslandse OCMW\'s"); geschiedenis op welzijnsband.be/index.php/oprichting (12 OCMW\'s in 2004, Kaprijke in 2005, Wachtebeke eind 2017)',
    naam: 'Welzijnsband Meetjesland',
    omschrijving: "De welzijnsvereniging waarin de OCMW's van het Meetjesland samenwerken.",
    datum: 'huidige website (na de fusies van 2019)',
  },
  A5: {
    bron: 'Provincies in Cijfers, kerntabellen/gemeente_elz.xls (elz32)',
    naam: 'Eerstelijnszone Oost-Meetjesland',
    omschrijving: 'De eerstelijnszone die de eerstelijnszorg organiseert in het oosten van het Meetjesland.',
    datum: 'huidig',
  },
  A6: {
    bron: 'Provincies in Cijfers, gemeente_elz.xls (elz52); eerstelijnszone.be/over-eerstelijnszone-west-meetjesland',
    naam: 'Eerstelijnszone West-Meetjesland',
    omschrijving: 'De eerstelijnszone die de eerstelijnszorg organiseert in het westen van het Meetjesland.',
    datum: 'huidig',
  },
  A7: {
    bron: 'Provincies in Cijfers, kerntabellen/gemeente_woonmaatschappij.xlsx (code 9 "Gent-Meetjesland")',
    naam: 'Woonmaatschappij Gent-Meetjesland – werkingsgebied',
    omschrijving: 'Het werkingsgebied van de woonmaatschappij voor sociale huisvesting, vastgelegd bij de hervorming van 2023.',
    datum: 'huidig',
    zekerheidNoot: 'hoog voor Provincies in Cijfers; niet vergeleken met de officiële lijst',
  },
  A8: {
    bron: 'veneco.be/nl/streekontwikkeling/meetjesland',
    naam: 'IOED Meetjesland',
    omschrijving: 'De intergemeentelijke onroerend-erfgoeddienst die de Meetjeslandse gemeenten samen oprichtten.',
    datum: 'erkend in april 2017, gestart op 1-1-2018',
  },
  A9: {
    bron: 'wooncentrummeetjesland.be/lokaal-woonbeleid',
    naam: 'Wooncentrum Meetjesland',
    omschrijving: 'Het intergemeentelijke samenwerkingsverband voor lokaal woonbeleid (Woonwijzer) in het Meetjesland.',
    datum: 'woonkader 2014–2019',
    zekerheidNoot: 'partnerlijst zoals gepubliceerd',
  },
  A10: {
    bron: 'hln.be (12-10-2020): "SVK Meetjesland wipt over kaap van 200 woningen"',
    naam: 'SVK Meetjesland',
    omschrijving: 'Het werkingsgebied van het sociaal verhuurkantoor Meetjesland.',
    datum: 'oktober 2020',
  },
  A11: {
    bron: 'Provincies in Cijfers, gemeente_vervoerregio.xlsx; aantal 23 bevestigd door vlaanderen.be/basisbereikbaarheid/vervoerregios/vervoerregio-gent',
    naam: 'Vervoerregio Gent',
    omschrijving: 'De vervoerregio Gent, een bestuurlijke indeling voor het mobiliteitsbeleid die het hele Meetjesland omvat.',
    datum: '2019–2024',
  },
  A12: {
    bron: 'Provincies in Cijfers, gemeente_refreg.xlsx (REFREG13); taptoe.be (14-03-2021); hln.be (februari 2023)',
    naam: 'Referentieregio Regio Gent (geen woonmarktafbakening)',
    omschrijving:
      "De referentieregio Regio Gent. Volgens de lezing zijn referentieregio's ‘vaak min of meer afgestemd op’ een ‘bassin de vie’; er is geen openbare lijst van de gemeenten van een Meetjeslandse woonmarkt, dus dit is een benadering van de functionele regio.",
    datum: 'kadernota 12-03-2021 / 04-02-2022; decreet februari 2023',
  },
  S1: {
    bron: 'homeentrends.be (14-05-2021), "Het Meetjesland: betaalbaar wonen" ("onder meer Eeklo, Maldegem, Kaprijke-Lembeke, Lievegem en Evergem")',
    naam: 'Het Meetjesland in vastgoedmarketing',
    omschrijving:
      "Een woonmagazine (Home & Trends) dat 'het Meetjesland' als betaalbare woonregio aanprijst en daarbij enkele gemeenten noemt; geen volledige afbakening.",
    datum: '14-05-2021',
    zekerheidNoot: 'de genoemde gemeenten zijn enkel voorbeelden, geen grens',
  },
};
