/** Colour arithmetic for legibility: WCAG contrast, CIE76 distance and simulated colour-vision deficiency. */
import { lab, rgb } from 'd3-color';

/** Perceptual distance (CIE76 ΔE in CIELAB) between two CSS colours; > ~20 reads as clearly different. */
export function deltaE(a: string, b: string): number {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

/** Machado, Oliveira & Fernandes (2009) full-severity matrices, applied in linear RGB. */
const CVD_MATRICES = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;

export type Deficiency = keyof typeof CVD_MATRICES;
const DEFICIENCIES = Object.keys(CVD_MATRICES) as Deficiency[];

const toLinear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toGamma = (v: number): number => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** How a colour looks to someone with the given colour-vision deficiency, as a hex string. */
export function simulate(colour: string, deficiency: Deficiency): string {
  const { r, g, b } = rgb(colour);
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const m = CVD_MATRICES[deficiency];
  const out = [0, 1, 2].map((row) => toGamma((m[row * 3] ?? 0) * lr + (m[row * 3 + 1] ?? 0) * lg + (m[row * 3 + 2] ?? 0) * lb));
  return rgb(out[0] ?? 0, out[1] ?? 0, out[2] ?? 0).formatHex();
}

/** The smallest distance between two colours for normal vision and each simulated deficiency. */
export function worstCaseDeltaE(a: string, b: string): number {
  return Math.min(deltaE(a, b), ...DEFICIENCIES.map((d) => deltaE(simulate(a, d), simulate(b, d))));
}

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b)` and `rgba(…)` into 0–255 channels. */
export function parseColour(colour: string): [number, number, number] {
  const value = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(value);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  throw new Error(`Onbekende kleur "${colour}"`);
}

/** WCAG 2.x relative luminance (0 = black, 1 = white). */
function luminance(colour: string): number {
  const [r, g, b] = parseColour(colour);
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2.x contrast ratio between two colours, 1–21 (non-text contrast needs 3:1, body text 4.5:1). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
