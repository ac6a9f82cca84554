// The one template filler. A string table entry such as "At {month}'s rate" names its slots in
// braces; every view (React panels, SVG/PNG exports, the embed, aria labels) fills it here, so a
// slot behaves the same everywhere. Values are inserted as values, never parsed as HTML.

export type TemplatePart = { text: string } | { slot: string };

const SLOT = /\{([a-zA-Z]\w*)\}/g;

/** "At {month}'s rate" → [{text:'At '}, {slot:'month'}, {text:"'s rate"}]. Unknown braces stay text. */
export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = new RegExp(SLOT.source, 'g');
  let at = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > at) parts.push({ text: template.slice(at, m.index) });
    parts.push({ slot: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

/** The slot names a template uses, in order of first use ("{a} and {b}" → ["a", "b"]). */
export function slotsOf(template: string): string[] {
  return [...new Set(splitTemplate(template).flatMap((p) => ('slot' in p ? [p.slot] : [])))];
}

/**
 * A template's parts with its slots replaced by `values` (missing ones stay "{slot}"). A full stop
 * right after a value that already ends in one ("червень 2025 р." + ".") is dropped.
 */
export function fillParts<T>(template: string, values: Record<string, T | string>): (T | string)[] {
  const out: (T | string)[] = [];
  for (const p of splitTemplate(template)) {
    if ('slot' in p) {
      out.push(p.slot in values ? values[p.slot]! : `{${p.slot}}`);
      continue;
    }
    const prev = out[out.length - 1];
    out.push(typeof prev === 'string' && prev.endsWith('.') && p.text.startsWith('.') ? p.text.slice(1) : p.text);
  }
  return out.filter((x) => x !== '');
}

/** Fills a template with plain strings (titles, aria labels, figure text, file names). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return fillParts(template, values).join('');
}
