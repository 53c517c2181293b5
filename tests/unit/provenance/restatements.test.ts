import { describe, expect, test } from 'vitest';
import { FINDINGS_REGISTER } from '../../../src/provenance/findings.ts';
import { checkRestatement, checkText, forbiddenIn, hedgesIn, restates, sentencesOf } from '../../../src/provenance/restatements.ts';

const finding = (id: string) => {
  const f = FINDINGS_REGISTER.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

describe('checkRestatement', () => {
  test('fails on a deliberately weakened restatement: "vaak" dropped before "kwetsbaar"', () => {
    const les6 = finding('les6-kwetsbaar');
    expect(checkRestatement(les6, 'Lokale regiocapaciteit is vaak kwetsbaar.')).toEqual([]);
    expect(checkRestatement(les6, 'Lokale regiocapaciteit is kwetsbaar.')).toEqual([expect.stringMatching(/les6-kwetsbaar: "vaak" ontbreekt bij "kwetsbaar"/)]);
  });
  test('a hedge elsewhere in the sentence does not count: it must qualify the claim', () => {
    // The old summary of les 6: "vaak" stands before "versnipperd", not before "kwetsbaar".
    const problems = checkRestatement(finding('les6-kwetsbaar'), 'Vandaag is de ondersteuning vaak versnipperd en is lokale regiocapaciteit kwetsbaar.');
    expect(problems).toHaveLength(1);
  });
  test('"zelden" turned into "geen" fails', () => {
    const les2 = finding('les2-geen-bestuurslaag');
    expect(checkRestatement(les2, 'Een intercommunale is een samenwerkingsverband van gemeenten, geen aparte bestuurslaag.')).toHaveLength(1);
    expect(
      checkRestatement(les2, "Regio's fungeren zelden als een aparte bestuurslaag, maar eerder als een flexibel overleg- en afstemmingsplatform."),
    ).toEqual([]);
  });
  test('a dropped negation or quantifier fails too', () => {
    expect(checkRestatement(finding('les5-startpositie'), "Alle regio's starten vanuit dezelfde positie.")).toHaveLength(1);
    expect(checkRestatement(finding('regio-nested-doll'), "Regio's volgen vaak het 'nested doll'-principe.")).toEqual([
      expect.stringMatching(/"niet noodzakelijk" ontbreekt/),
    ]);
    expect(checkRestatement(finding('rd-cofinanciering'), 'Er is 50% lokale publieke cofinanciering.')).toHaveLength(1);
  });
  test('fails when a restatement credits the finding to another lesson or to someone else', () => {
    expect(checkRestatement(finding('les6-kwetsbaar'), 'Les 7: lokale regiocapaciteit is vaak kwetsbaar.')).toEqual([
      expect.stringMatching(/toegeschreven aan les 7, maar het is les 6/),
    ]);
    expect(checkRestatement(finding('les6-kwetsbaar'), 'Volgens de Vlaamse overheid is lokale regiocapaciteit vaak kwetsbaar.')).toEqual([
      expect.stringMatching(/toegeschreven aan de Vlaamse overheid/),
    ]);
    expect(checkRestatement(finding('les6-kwetsbaar'), 'Les 6: lokale regiocapaciteit is vaak kwetsbaar.')).toEqual([]);
  });
});

describe('forbiddenIn', () => {
  test('catches the strengthened summary of les 8 and the overstated vervoerregio caption', () => {
    expect(
      forbiddenIn(FINDINGS_REGISTER, "Duurzame samenwerking vraagt om gebundelde financiering, zoals de Regio Deals en Agglomeratieprogramma's tonen."),
    ).toHaveLength(1);
    expect(forbiddenIn(FINDINGS_REGISTER, "De 15 vervoerregio's, zoals goedgekeurd door de Vlaamse Regering.")).toHaveLength(1);
    expect(forbiddenIn(FINDINGS_REGISTER, 'Leiderschap, en vooral lokaal politiek leiderschap.')).toHaveLength(1);
    expect(forbiddenIn(FINDINGS_REGISTER, 'Buitenlandse voorbeelden tonen het potentieel van langetermijnpartnerschappen.')).toEqual([]);
  });
});

describe('helpers', () => {
  test('hedgesIn finds each hedge once, the longest form first', () => {
    expect(hedgesIn('Vaak, maar niet noodzakelijk; niet alle regio’s; niet-bestuurlijke actoren')).toEqual(['niet alle', 'niet noodzakelijk', 'vaak']);
  });
  test('sentencesOf splits after a full stop and at line breaks', () => {
    expect(sentencesOf('Een zin. Nog een zin.\n- een punt')).toEqual(['Een zin.', 'Nog een zin.', 'een punt']);
  });
  test('restates and checkText find the sentences that restate a finding', () => {
    expect(restates(finding('les6-kwetsbaar'), 'Iets anders.')).toBe(false);
    const { restated, problems } = checkText(FINDINGS_REGISTER, 'Lokale regiocapaciteit is vaak kwetsbaar. Het weer is mooi.');
    expect(restated.get('les6-kwetsbaar')).toEqual(['Lokale regiocapaciteit is vaak kwetsbaar.']);
    expect(problems).toEqual([]);
  });
});
