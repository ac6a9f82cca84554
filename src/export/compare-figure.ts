// Compare mode in the exported figures: both dates in the title and the date stamp, the compare
// legend entries, the observed snapshots in the credits, and (SVG) the gained / lost / unchanged
// faces drawn with the registry's compare patterns and the gained / lost outline, as the map draws them.
import type { CompareView } from '../domain/compare-view';
import { COMPARE_STRINGS } from '../i18n/compare';
import { FACE_CODE } from '../domain/compare';
import type { ObservedHistory } from '../domain/observed-format';
import { formatDate, type Lang } from '../i18n/format';
import { COMPARE_COLORS, type ResolvedTheme } from '../symbols/palettes';
import { CHANGE_OUTLINE } from '../map/compare-layer';
import { patternSvg } from '../symbols/markup';
import { symbols, type CompareKey } from '../symbols/registry';
import type { FigureText } from './content';
import { fillTemplate } from '../i18n/template';
import { geometryPath, type Project } from './svg';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';

export function compareFigureText(text: FigureText, view: CompareView, lang: Lang): FigureText {
  const t = sourced(COMPARE_STRINGS[lang], observedSource(), lang);
  const from = formatDate(view.from, 'day', lang);
  const to = formatDate(view.to, 'day', lang);
  const o = view.observed;
  const keys: Array<[CompareKey, string]> = [
    ...(o ? ([['cmpGained', t.legendGained], ['cmpLost', t.legendLost], ['cmpSame', t.legendSame]] as Array<[CompareKey, string]>) : []),
    ...(view.changedOblasts.length ? ([['cmpChanged', t.legendChanged]] as Array<[CompareKey, string]>) : []),
  ];
  const snaps = o?.from.snapshot && o.to.snapshot
    ? `${observedSource().name} ${formatDate(o.from.snapshot, 'day', lang)} → ${formatDate(o.to.snapshot, 'day', lang)} (${observedSource().license.id})`
    : '';
  return {
    ...text,
    title: fillTemplate(t.figureTitle, { from, to }),
    subtitle: t.figureSubtitle,
    date: `${formatDate(view.from, 'short', lang)} → ${formatDate(view.to, 'short', lang)}`,
    legend: [...text.legend, ...keys.map(([key, label]) => ({ key: key as unknown as FigureText['legend'][number]['key'], label }))],
    credits: snaps ? [snaps, ...text.credits] : text.credits,
  };
}

/** The compare faces as SVG markup in map pixels (for SvgText.mapOverlay). */
export function compareOverlay(h: ObservedHistory, faces: Uint8Array, project: Project, theme: ResolvedTheme, prefix: string): string {
  const { FILLS } = symbols(theme);
  const C = COMPARE_COLORS[theme];
  const groups: Record<'same' | 'gained' | 'lost', string[]> = { same: [], gained: [], lost: [] };
  h.faces.features.forEach((f, i) => {
    const code = faces[i];
    const k = code === FACE_CODE.same ? 'same' : code === FACE_CODE.gained ? 'gained' : code === FACE_CODE.lost ? 'lost' : null;
    if (!k) return;
    const d = geometryPath(f.geometry, project);
    if (d) groups[k].push(d);
  });
  return (
    `<defs>${patternSvg(FILLS.cmpGained.pattern, prefix, theme)}${patternSvg(FILLS.cmpLost.pattern, prefix, theme)}</defs>` +
    `<g data-layer="compare-same" fill="${FILLS.cmpSame.color}" fill-opacity="${FILLS.cmpSame.opacity}" fill-rule="evenodd"><path d="${groups.same.join('')}"/></g>` +
    `<g data-layer="compare-gained" fill="url(#${prefix}-${FILLS.cmpGained.pattern})" fill-rule="evenodd" stroke="${C.gained}" stroke-width="${CHANGE_OUTLINE}" stroke-linejoin="round"><path d="${groups.gained.join('')}"/></g>` +
    `<g data-layer="compare-lost" fill="url(#${prefix}-${FILLS.cmpLost.pattern})" fill-rule="evenodd" stroke="${C.lost}" stroke-width="${CHANGE_OUTLINE}" stroke-linejoin="round"><path d="${groups.lost.join('')}"/></g>`
  );
}
