// The palette separates "what Russia claims" (red lines, hatches, markers, a light red tint) from
// "what is observed occupied" (a solid slate fill beneath): in colour, in greyscale (WCAG luminance
// contrast) and under deuteranopia and protanopia (Machado, Oliveira & Fernandes 2009, severity 1,
// applied in linear RGB), measured as CIELAB ΔE76. The figures are printed so a retune shows its cost.
import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette } from './palettes';
import { THEME } from './theme';

type RGB = [number, number, number];
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB;
const toLin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const lin = (c: RGB): RGB => c.map(toLin) as RGB;
const mul = (m: number[][], v: RGB): RGB => m.map((r) => Math.min(1, Math.max(0, r[0]! * v[0] + r[1]! * v[1] + r[2]! * v[2]))) as RGB;
const luminance = (c: RGB) => { const [r, g, b] = lin(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const contrast = (a: RGB, b: RGB) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
/** `top` at `alpha` over `under`, in sRGB as a renderer blends it. */
const over = (top: RGB, alpha: number, under: RGB): RGB => top.map((t, i) => alpha * t + (1 - alpha) * under[i]!) as RGB;

function lab(srgb: RGB, sim?: number[][]): RGB {
  let l = lin(srgb);
  if (sim) l = mul(sim, l);
  const [x, y, z] = mul([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]], l);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x / 0.95047), f(y), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const deltaE = (a: RGB, b: RGB, sim?: number[][]) => { const [p, q] = [lab(a, sim), lab(b, sim)]; return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]); };

const SIMS: Record<string, number[][] | undefined> = {
  normal: undefined,
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
};

describe.each(Object.entries(PALETTES) as [string, Palette][])('palette %s: claimed vs observed', (_name, P) => {
  const observed = hex(P.observedFill);
  const land = hex(P.land);
  // Claim symbols as they reach the eye: lines, hatches and markers opaque, the area tints over land.
  const CLAIMS: Record<string, RGB> = {
    claimedLine: hex(P.claimedLine),
    hatch: hex(P.hatch),
    pointClaimed: hex(P.point.claimed),
    zone: hex(P.zone),
    claimedTint: over(hex(P.claimedFill), P.claimedOpacity, land),
    russianControlTint: over(hex(P.russianControlFill), P.russianControlOpacity, land),
  };
  const MARKS = ['claimedLine', 'hatch', 'pointClaimed', 'zone'];

  it('the observed fill is solid', () => {
    expect(P.observedOpacity).toBe(1);
  });

  const TINTS = ['claimedTint', 'russianControlTint'];

  it('claim lines, hatches and markers stand out from the observed fill in greyscale (contrast ≥ 3:1)', () => {
    const rows = MARKS.map((k) => [k, contrast(CLAIMS[k]!, observed)] as const);
    console.log('greyscale contrast with observedFill:', rows.map(([k, c]) => `${k} ${c.toFixed(2)}:1`).join(', '));
    for (const [, c] of rows) expect(c).toBeGreaterThanOrEqual(3);
  });

  it('the observed fill is darker than the claim tints on land, so an unobserved claim never reads as occupied', () => {
    for (const k of TINTS) {
      const d = luminance(CLAIMS[k]!) - luminance(observed);
      console.log(`luminance ${k} − observedFill: ${d.toFixed(3)}`);
      expect(d).toBeGreaterThan(0.1);
    }
  });

  for (const [name, sim] of Object.entries(SIMS)) {
    it(`claim marks are ΔE ≥ 40 and claim tints ΔE ≥ 15 from the observed fill (${name})`, () => {
      const rows = Object.entries(CLAIMS).map(([k, c]) => [k, deltaE(c, observed, sim)] as const);
      console.log(`ΔE76 vs observedFill, ${name}:`, rows.map(([k, d]) => `${k} ${d.toFixed(1)}`).join(', '));
      for (const [k, d] of rows) expect(d).toBeGreaterThanOrEqual(TINTS.includes(k) ? 15 : 40);
    });
  }

});

// The measurement itself, on the light palette's land: it tells a bad fill from a good one.
describe('palette check', () => {
  const land = hex(THEME.land);
  const russianControlTint = over(hex(THEME.russianControlFill), THEME.russianControlOpacity, land);
  it('the check can fail: the old grey-violet observed fill is too close to the claim tints under deuteranopia', () => {
    // #6d5f8c at 0.42 over land was the previous observed fill.
    const old = over(hex('#6d5f8c'), 0.42, land);
    expect(deltaE(russianControlTint, old, SIMS.deuteranopia)).toBeLessThan(15);
  });
  it('the check can fail: the former dark palette (claimed point on a mid slate) misses 3:1 and the tint is too close', () => {
    const [slate, darkLand] = [hex('#475569'), hex('#262c36')];
    expect(contrast(hex('#ef4444'), slate)).toBeLessThan(3);
    expect(deltaE(over(hex('#f87171'), 0.22, darkLand), slate, SIMS.protanopia)).toBeLessThan(15);
  });
});
