// Layout of the exported figure, in CSS pixels: title, subtitle, the map at the size it is shown,
// a date stamp on the map, the legend in as many columns as fit, and the credits. Pure: text widths
// come from an injected `measure`, so the PNG (canvas) and SVG renderers share one layout and the
// unit tests can use a fake font.
import type { ResolvedTheme } from '../symbols/palettes';

export interface Font {
  size: number;
  weight: 400 | 700;
}
export type Measure = (text: string, font: Font) => number;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextLine {
  text: string;
  /** Left edge. */
  x: number;
  /** Alphabetic baseline. */
  y: number;
  font: Font;
  color: string;
  role: 'title' | 'subtitle' | 'legend-title' | 'legend-group' | 'legend' | 'credits' | 'date';
}

export interface FigureInput {
  /** CSS size of the map as shown. */
  mapWidth: number;
  mapHeight: number;
  title: string;
  subtitle: string;
  date: string;
  legendTitle: string;
  /** Entries in order; consecutive entries with the same `group` are laid out under that heading. */
  legend: ReadonlyArray<{ key: string; label: string; group?: string }>;
  /** Credit parts, joined by " · " and wrapped. */
  credits: readonly string[];
  /** The date stamp's type; FIG.date unless given (animation frames use a larger stamp). */
  dateFont?: { size: number; lineHeight: number };
  /** Page colours of the figure (FIG_COLORS): the page's theme, always given. */
  theme: ResolvedTheme;
}

export interface FigureLayout {
  /** Integer CSS pixels; the PNG is `scale ×` these. */
  width: number;
  height: number;
  map: Rect;
  dateBox: Rect;
  text: TextLine[];
  swatches: Array<{ key: string; rect: Rect }>;
  theme: ResolvedTheme;
}

export const FIG = {
  pad: 16,
  gap: 12,
  title: { size: 20, weight: 700, lineHeight: 26 } as const,
  subtitle: { size: 13, weight: 400, lineHeight: 18 } as const,
  legendTitle: { size: 13, weight: 700, lineHeight: 20 } as const,
  legend: { size: 12, weight: 400, lineHeight: 16 } as const,
  credits: { size: 11, weight: 400, lineHeight: 15 } as const,
  date: { size: 15, weight: 700, lineHeight: 20 } as const,
  swatch: { w: 28, h: 18, gap: 6 },
  legendColGap: 18,
  legendRowGap: 5,
  legendMaxCols: 3,
  dateInset: 8,
  datePad: { x: 8, y: 4 },
  colors: { text: '#111827', muted: '#4b5563', background: '#ffffff', dateBox: '#ffffff', dateBorder: '#374151' },
} as const;

/** The figure's page colours by theme (light = FIG.colors). */
export const FIG_COLORS: Record<ResolvedTheme, { text: string; muted: string; background: string; dateBox: string; dateBorder: string }> = {
  light: FIG.colors,
  dark: { text: '#e5e7eb', muted: '#a3acb9', background: '#111827', dateBox: '#111827', dateBorder: '#9ca3af' },
};

/** The date stamp's box over the map: the page colour at 92 %, so the map shows faintly through it. */
export const DATE_BOX_FILL = { light: 'rgba(255, 255, 255, 0.92)', dark: 'rgba(17, 24, 39, 0.92)' } as const;

const fontOf = (f: { size: number; weight: 400 | 700 }): Font => ({ size: f.size, weight: f.weight });

/** Baseline offset for a line box of `lineHeight` holding text of `size` (ascent ≈ 0.8 em, centred). */
export function baseline(top: number, size: number, lineHeight: number): number {
  return top + (lineHeight - size) / 2 + size * 0.8;
}

/**
 * Greedy word wrap to `maxWidth`. A word wider than the line is broken between characters, so
 * no line overflows (except a single character wider than the line).
 */
export function wrapText(text: string, maxWidth: number, font: Font, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    push();
    if (measure(word, font) <= maxWidth) {
      line = word;
      continue;
    }
    // Break an over-long word.
    let part = '';
    for (const ch of Array.from(word)) {
      if (part && measure(part + ch, font) > maxWidth) {
        lines.push(part);
        part = '';
      }
      part += ch;
    }
    line = part;
  }
  push();
  return lines.length ? lines : [''];
}

export function layoutFigure(input: FigureInput, measure: Measure): FigureLayout {
  const { pad, gap } = FIG;
  const theme = input.theme;
  const colors = FIG_COLORS[theme];
  const mapW = Math.max(1, Math.round(input.mapWidth));
  const mapH = Math.max(1, Math.round(input.mapHeight));
  const width = mapW + 2 * pad;
  const inner = width - 2 * pad;
  const text: TextLine[] = [];
  let y = pad;

  const block = (s: string, spec: { size: number; weight: 400 | 700; lineHeight: number }, color: string, role: TextLine['role'], x = pad, w = inner) => {
    const font = fontOf(spec);
    for (const line of wrapText(s, w, font, measure)) {
      text.push({ text: line, x, y: baseline(y, spec.size, spec.lineHeight), font, color, role });
      y += spec.lineHeight;
    }
  };

  block(input.title, FIG.title, colors.text, 'title');
  if (input.subtitle) block(input.subtitle, FIG.subtitle, colors.muted, 'subtitle');
  y += gap - 4;

  const map: Rect = { x: pad, y, w: mapW, h: mapH };
  y += mapH;

  // Date stamp in the map's lower-left corner.
  const dateSpec = { ...FIG.date, ...input.dateFont };
  const dateFont = fontOf(dateSpec);
  const dateW = Math.ceil(measure(input.date, dateFont)) + 2 * FIG.datePad.x;
  const dateH = dateSpec.lineHeight + 2 * FIG.datePad.y;
  const dateBox: Rect = { x: map.x + FIG.dateInset, y: map.y + mapH - FIG.dateInset - dateH, w: Math.min(dateW, mapW - 2 * FIG.dateInset), h: dateH };
  text.push({ text: input.date, x: dateBox.x + FIG.datePad.x, y: baseline(dateBox.y + FIG.datePad.y, dateSpec.size, dateSpec.lineHeight), font: dateFont, color: colors.text, role: 'date' });

  // Legend: items in columns of equal width, row-major, as many columns as fit (at most legendMaxCols).
  const swatches: FigureLayout['swatches'] = [];
  if (input.legend.length) {
    y += gap;
    block(input.legendTitle, FIG.legendTitle, colors.text, 'legend-title');
    const lf = fontOf(FIG.legend);
    const sw = FIG.swatch;
    const natural = Math.max(...input.legend.map((l) => sw.w + sw.gap + Math.ceil(measure(l.label, lf))));
    const fit = Math.floor((inner + FIG.legendColGap) / (natural + FIG.legendColGap));
    const cols = Math.max(1, Math.min(FIG.legendMaxCols, input.legend.length, fit));
    const colW = (inner - (cols - 1) * FIG.legendColGap) / cols;
    const labelW = Math.max(20, colW - sw.w - sw.gap);
    const groups: Array<{ title?: string; items: FigureInput['legend'][number][] }> = [];
    for (const l of input.legend) {
      const last = groups[groups.length - 1];
      if (last && last.title === l.group) last.items.push(l);
      else groups.push({ title: l.group, items: [l] });
    }
    for (const g of groups) {
      if (g.title) block(g.title, { ...FIG.legend, weight: 700 }, colors.text, 'legend-group');
      for (let r = 0; r * cols < g.items.length; r++) {
        const row = g.items.slice(r * cols, r * cols + cols);
        const wrapped = row.map((l) => wrapText(l.label, labelW, lf, measure));
        const rowH = Math.max(sw.h, ...wrapped.map((w) => w.length * FIG.legend.lineHeight));
        row.forEach((l, c) => {
          const x = pad + c * (colW + FIG.legendColGap);
          const lines = wrapped[c]!;
          // A one-line label is centred in the row; the swatch is centred on the label's first line.
          const top = y + (lines.length === 1 ? (rowH - FIG.legend.lineHeight) / 2 : 0);
          swatches.push({ key: l.key, rect: { x, y: Math.max(y, top + (FIG.legend.lineHeight - sw.h) / 2), w: sw.w, h: sw.h } });
          lines.forEach((t, i) => {
            text.push({ text: t, x: x + sw.w + sw.gap, y: baseline(top + i * FIG.legend.lineHeight, FIG.legend.size, FIG.legend.lineHeight), font: lf, color: colors.text, role: 'legend' });
          });
        });
        y += rowH + FIG.legendRowGap;
      }
    }
    y -= FIG.legendRowGap;
  }

  y += gap;
  block(input.credits.filter(Boolean).join(' · '), FIG.credits, colors.muted, 'credits');
  y += pad;

  return { width, height: Math.ceil(y), map, dateBox, text, swatches, theme };
}
