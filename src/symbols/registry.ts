// The one definition of every map symbol: fills, the annexation hatch, the buffer-zone dots,
// outlines and borders, the village diamonds, the troop chevrons, compare mode's gained / lost /
// unchanged / changed-claim symbols and the legend swatches. Each is plain data (SVG path strings
// and paint values read from a palette): symbolsFor(palette) builds the set for a theme, and
// symbols(theme) returns it cached; every caller names its theme. Three small renderers draw it: map/patterns.ts onto a canvas for MapLibre,
// components/Swatch.tsx as React SVG for the legend, and symbols/markup.ts as SVG text for the
// exported figures. Add a symbol here, not in a view.
import { COMPARE_COLORS, PALETTES, type CompareColors, type Palette, type ResolvedTheme } from './palettes';

/** A fill: a colour, or one of the tile patterns below. */
export type Paint = string | { pattern: PatternKey };

/** One drawn shape: SVG path data with its paint. `clip` restricts it to another path. */
export interface Mark {
  d: string;
  fill?: Paint;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  /** Dash and gap lengths in px. */
  dash?: readonly number[];
  clip?: string;
}

/** A square tile drawn `size` px wide (map pixels), repeated to fill an area. */
export interface Tile {
  size: number;
  marks: readonly Mark[];
}

/** The status fill patterns (every figure defines them). */
export type StatusPatternKey = 'hatch-annex' | 'dots-zone';
/** Compare mode's patterns: gained (vertical bars) and lost (square grid). */
export type ComparePatternKey = 'cmp-gained' | 'cmp-lost';
export type PatternKey = StatusPatternKey | ComparePatternKey;
export type IconKey = 'pt-claimed' | 'pt-disputed' | 'pt-denied' | 'pt-held' | 'pt-contested' | 'pt-not-held' | 'troops';

/** Lines: colour, width in px, and dash in line widths (as MapLibre's line-dasharray counts it). */
export interface LineSymbol {
  color: string;
  width: number;
  dash?: readonly number[];
}

/** A line's dash in px (SVG stroke-dasharray, canvas setLineDash). */
export function dashPx(line: LineSymbol): number[] | undefined {
  return line.dash?.map((d) => d * line.width);
}

export type SymbolKey =
  | 'held' | 'fullClaim' | 'annex' | 'zone' | 'borderRu' | 'claimed' | 'disputed' | 'denied'
  | 'assessedHeld' | 'assessedContested' | 'assessedNotHeld' | 'troops';
/** Legend order, as on the page and in the figures: a claim's diamonds, then an assessment's discs. */
export const SYMBOL_ORDER: readonly SymbolKey[] = ['held', 'fullClaim', 'annex', 'zone', 'claimed', 'disputed', 'denied', 'assessedHeld', 'assessedContested', 'assessedNotHeld', 'troops', 'borderRu'];

/** Compare mode's legend entries: observed area gained, lost, unchanged; oblast where a claim changed. */
export type CompareKey = 'cmpGained' | 'cmpLost' | 'cmpSame' | 'cmpChanged';
export const COMPARE_KEYS: readonly CompareKey[] = ['cmpGained', 'cmpLost', 'cmpSame', 'cmpChanged'];
/** Every swatch the registry draws. */
export type SwatchKey = SymbolKey | 'observed' | 'notOccupied' | CompareKey;

export const SWATCH = { w: 28, h: 18 } as const;

/** A 28×18 legend swatch: marks, or a map icon drawn centred at swatch height. */
export type Swatch = { marks: readonly Mark[] } | { icon: IconKey };

const rect = (x: number, y: number, w: number, h: number) => `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}A${r} ${r} 0 1 0 ${cx + r} ${cy}A${r} ${r} 0 1 0 ${cx - r} ${cy}Z`;
/** A diamond inscribed in a `size` square, 2 px in from its edge. */
const diamond = (size: number) => {
  const c = size / 2;
  const r = c - 2;
  return `M${c} ${c - r}L${c + r} ${c}L${c} ${c + r}L${c - r} ${c}Z`;
};
const D22 = diamond(22);
/** A disc inscribed in a 22 px square: an assessment's finding, distinct in shape from a claim's diamond. */
const C22 = circle(11, 11, 8);
const box = rect(1, 1, 26, 16);
const lineMark = (line: LineSymbol, y: number): Mark => ({ d: `M1 ${y}H27`, stroke: line.color, strokeWidth: line.width, dash: dashPx(line) });

/** Every symbol drawn in one palette (and its compare colours). */
export function symbolsFor(P: Palette, C: CompareColors = COMPARE_COLORS.light) {
  // ------------------------------------------------------------ fill patterns
  const PATTERNS = {
    /** Annexation claim: diagonal hatch; tiles seamlessly at 8 px. */
    'hatch-annex': { size: 8, marks: [{ d: 'M-8 8L0 0M0 8L8 0M8 8L16 0', stroke: P.hatch, strokeWidth: 1.2 }] },
    /** Buffer zone: dots, distinct from the hatch even in greyscale. */
    'dots-zone': { size: 6, marks: [{ d: circle(3, 3, 1.1), fill: P.zone }] },
  } satisfies Record<StatusPatternKey, Tile>;

  /** Compare mode: gained = tinted tile with a vertical bar, lost = tinted tile with a square outline. */
  const COMPARE_PATTERNS = {
    'cmp-gained': { size: 8, marks: [{ d: rect(0, 0, 8, 8), fill: C.gained, fillOpacity: 0.45 }, { d: rect(0, 0, 3, 8), fill: C.gained }] },
    'cmp-lost': { size: 8, marks: [{ d: rect(0, 0, 8, 8), fill: C.lost, fillOpacity: 0.3 }, { d: rect(1, 1, 6, 6), stroke: C.lost, strokeWidth: 1.5 }] },
  } satisfies Record<ComparePatternKey, Tile>;

  // ------------------------------------------------------------ point icons
  const ICONS = {
    /** Capture claimed: solid diamond. */
    'pt-claimed': { size: 22, marks: [{ d: D22, fill: P.point.claimed, stroke: '#fff', strokeWidth: 2 }] },
    /** Disputed: half-filled diamond. */
    'pt-disputed': {
      size: 22,
      marks: [
        { d: D22, fill: '#fff' },
        { d: rect(0, 0, 11, 22), fill: P.point.disputed, clip: D22 },
        { d: D22, stroke: P.point.disputed, strokeWidth: 2 },
      ],
    },
    /** Denied: hollow diamond crossed by a slash. */
    'pt-denied': {
      size: 22,
      marks: [
        { d: D22, fill: '#fff', stroke: P.point.denied, strokeWidth: 2 },
        { d: 'M5 17L17 5', stroke: P.point.denied, strokeWidth: 2 },
      ],
    },
    /** An assessment found the village under Russian control: solid disc. */
    'pt-held': { size: 22, marks: [{ d: C22, fill: P.point.claimed, stroke: '#fff', strokeWidth: 2 }] },
    /** An assessment found a grey zone: half-filled disc. */
    'pt-contested': {
      size: 22,
      marks: [
        { d: C22, fill: '#fff' },
        { d: rect(0, 0, 11, 22), fill: P.point.disputed, clip: C22 },
        { d: C22, stroke: P.point.disputed, strokeWidth: 2 },
      ],
    },
    /** An assessment found the village not under Russian control: hollow disc. */
    'pt-not-held': { size: 22, marks: [{ d: C22, fill: '#fff', stroke: P.point.denied, strokeWidth: 2.5 }] },
    /** Troop concentration: two chevrons pointing up, on a white disc. */
    troops: {
      size: 24,
      marks: [
        { d: circle(12, 12, 11), fill: '#fff', stroke: P.troops, strokeWidth: 1.5 },
        { d: 'M6 13L12 7L18 13M6 18L12 12L18 18', stroke: P.troops, strokeWidth: 2.2 },
      ],
    },
  } satisfies Record<IconKey, Tile>;

  // ------------------------------------------------------------ area fills and lines
  /** Area fills, as the map paints them. */
  const FILLS = {
    russianControl: { color: P.russianControlFill, opacity: P.russianControlOpacity },
    claimed: { color: P.claimedFill, opacity: P.claimedOpacity },
    annex: { pattern: 'hatch-annex' as PatternKey, opacity: 0.9 },
    zone: { pattern: 'dots-zone' as PatternKey, opacity: 1 },
    observed: { color: P.observedFill, opacity: P.observedOpacity },
    cmpGained: { pattern: 'cmp-gained' as PatternKey, opacity: 1 },
    cmpLost: { pattern: 'cmp-lost' as PatternKey, opacity: 1 },
    cmpSame: { color: C.same, opacity: C.sameOpacity },
  } as const;

  const LINES = {
    neighbour: { color: P.neighbourLine, width: 0.8 },
    oblast: { color: P.oblastLine, width: 0.7 },
    claim: { color: P.claimedLine, width: 2.6 },
    zone: { color: P.zone, width: 1.4, dash: [3, 2] },
    borderRu: { color: P.borderRu, width: 1.6 },
    borderBy: { color: P.borderRu, width: 1.2, dash: [4, 2] },
    /** Compare mode: outline of an oblast whose claim status changed. */
    cmpChanged: { color: C.changedLine, width: 3, dash: [2, 1.5] },
    /** Outline of the observed area: thin, so the claim outlines on top stay the strongest lines. */
    observed: { color: P.observedLine, width: 0.8 },
    /** Outline of ground in a claimed oblast that the record does not show as occupied (labelled with its km²). */
    notOccupied: { color: P.notOccupiedOutline, width: 1.8 },
  } satisfies Record<string, LineSymbol>;

  // ------------------------------------------------------------ legend swatches
  const SWATCHES: Record<SwatchKey, Swatch> = {
    held: { marks: [{ d: box, fill: FILLS.russianControl.color, fillOpacity: FILLS.russianControl.opacity, stroke: LINES.oblast.color, strokeWidth: 1 }] },
    fullClaim: { marks: [{ d: rect(2, 2, 24, 14), fill: FILLS.claimed.color, fillOpacity: FILLS.claimed.opacity, stroke: LINES.claim.color, strokeWidth: LINES.claim.width }] },
    annex: { marks: [{ d: box, fill: { pattern: FILLS.annex.pattern }, stroke: LINES.oblast.color, strokeWidth: 1 }] },
    zone: { marks: [{ d: box, fill: { pattern: FILLS.zone.pattern }, stroke: LINES.zone.color, strokeWidth: 1, dash: dashPx(LINES.zone) }] },
    borderRu: { marks: [lineMark(LINES.borderRu, 6), lineMark(LINES.borderBy, 13)] },
    claimed: { icon: 'pt-claimed' },
    disputed: { icon: 'pt-disputed' },
    denied: { icon: 'pt-denied' },
    assessedHeld: { icon: 'pt-held' },
    assessedContested: { icon: 'pt-contested' },
    assessedNotHeld: { icon: 'pt-not-held' },
    troops: { icon: 'troops' },
    observed: { marks: [{ d: rect(1.5, 1.5, 25, 15), fill: FILLS.observed.color, fillOpacity: FILLS.observed.opacity, stroke: LINES.observed.color, strokeWidth: LINES.observed.width }] },
    notOccupied: { marks: [{ d: rect(2, 2, 24, 14), stroke: LINES.notOccupied.color, strokeWidth: LINES.notOccupied.width }] },
    cmpGained: { marks: [{ d: box, fill: { pattern: FILLS.cmpGained.pattern } }] },
    cmpLost: { marks: [{ d: box, fill: { pattern: FILLS.cmpLost.pattern } }] },
    // The unchanged area at twice its map opacity, so the small swatch still reads.
    cmpSame: { marks: [{ d: box, fill: FILLS.cmpSame.color, fillOpacity: FILLS.cmpSame.opacity * 2 }] },
    cmpChanged: { marks: [{ d: rect(2, 2, 24, 14), stroke: LINES.cmpChanged.color, strokeWidth: LINES.cmpChanged.width, dash: dashPx(LINES.cmpChanged) }] },
  };

  /** Every tile by key (status and compare patterns), for renderers that look a pattern up. */
  const TILES: Record<PatternKey, Tile> = { ...PATTERNS, ...COMPARE_PATTERNS };
  return { PATTERNS, COMPARE_PATTERNS, TILES, ICONS, FILLS, LINES, SWATCHES };
}
export type SymbolSet = ReturnType<typeof symbolsFor>;

const SETS: Partial<Record<ResolvedTheme, SymbolSet>> = {};
/** The symbol set of a theme (built once per theme). */
export function symbols(theme: ResolvedTheme): SymbolSet {
  return (SETS[theme] ??= symbolsFor(PALETTES[theme], COMPARE_COLORS[theme]));
}

/** Where an icon sits in a swatch: scaled to the swatch height less 2 px, centred. */
export function iconInSwatch(icon: IconKey): { scale: number; x: number; y: number } {
  // icon sizes are the same in every theme
  const size = symbols('light').ICONS[icon].size;
  const scale = (SWATCH.h - 2) / size;
  return { scale, x: (SWATCH.w - size * scale) / 2, y: (SWATCH.h - size * scale) / 2 };
}

/** The patterns a list of marks fills with. */
export function patternsOf(marks: readonly Mark[]): PatternKey[] {
  return [...new Set(marks.flatMap((m) => (typeof m.fill === 'object' ? [m.fill.pattern] : [])))];
}
