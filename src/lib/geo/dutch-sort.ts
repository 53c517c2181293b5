/** The one alphabetical order of Dutch names on the site, from the platform (Intl.Collator). */

const COLLATOR = new Intl.Collator('nl');

/** Accents and case come second: "Aalst" < "Aalter" < "De Pinte" < "Deinze" < "Écaussinnes" < "Zwalm". */
export const compareNames: (a: string, b: string) => number = COLLATOR.compare;
