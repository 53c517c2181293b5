/** Attribution line and data dates that every map built from data/ must show (Statbel open-data licence). */
import { numericDutchDate } from '../../lib/format.ts';

/** Exact attribution line for the maps (source + producer, as the Statbel licence requires). */
export const MAP_ATTRIBUTION =
  "Gemeentegrenzen: Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers; indeling vervoerregio's: Provincies in Cijfers (toestand 2025 en 2019–2024).";

/** Dates of the sources (ISO 8601), for the "date of last update" the licence asks to mention. */
export const DATA_DATE = {
  /** Statbel statistical sectors on which the PinC geometry is based (1 January 2025). */
  statbelSectoren: '2025-01-01',
  /** PinC repository snapshot (commit 3b1b6d8d…, HEAD of master). */
  pincSnapshot: '2026-03-12',
  /** Last change of the 2025 municipality layer (PinC commit b66fd37). */
  gemeentegrenzen2025: '2026-03-09',
  /** Last change of the 2019–2024 municipality layer (PinC commit 1a04126). */
  gemeentegrenzen2019: '2025-01-20',
  /** Last change of the 2025 municipality → vervoerregio table (PinC commit f352721). */
  indeling2025: '2025-07-03',
  /** PinC commit 40a15bc with the 2019–2024 municipality → vervoerregio table. */
  indeling2019: '2024-06-17',
} as const;

/** One Dutch line with the dates, e.g. for a map caption or a CSV header. */
export const DATA_DATE_NOTE =
  `Toestand: statistische sectoren Statbel ${numericDutchDate(DATA_DATE.statbelSectoren)}; Provincies in Cijfers, gebiedsniveaus ` +
  `(snapshot ${numericDutchDate(DATA_DATE.pincSnapshot)}; indeling 2025 van ${numericDutchDate(DATA_DATE.indeling2025)}, ` +
  `indeling 2019–2024 van ${numericDutchDate(DATA_DATE.indeling2019)}).`;
