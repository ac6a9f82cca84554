// A legend swatch drawn from the symbol registry as React SVG, in the light or dark set (the same marks the map's bitmaps
// and the exported figures draw). Pattern and clip ids are made unique per swatch with useId.
import { useId } from 'react';
import type { ResolvedTheme } from '../symbols/palettes';
import { SWATCH, iconInSwatch, patternsOf, symbols, type Mark, type SwatchKey } from '../symbols/registry';

function MarkEl({ m, ids }: { m: Mark; ids: string }) {
  const fill = m.fill === undefined ? 'none' : typeof m.fill === 'string' ? m.fill : `url(#${ids}-${m.fill.pattern})`;
  const clipId = m.clip ? `${ids}-clip-${m.d.length}` : undefined;
  return (
    <>
      {m.clip && (
        <clipPath id={clipId}>
          <path d={m.clip} />
        </clipPath>
      )}
      <path
        d={m.d}
        fill={fill}
        fillOpacity={m.fillOpacity}
        stroke={m.stroke}
        strokeWidth={m.stroke ? (m.strokeWidth ?? 1) : undefined}
        strokeDasharray={m.dash?.join(' ')}
        clipPath={clipId ? `url(#${clipId})` : undefined}
      />
    </>
  );
}

function Marks({ marks, ids }: { marks: readonly Mark[]; ids: string }) {
  return marks.map((m, i) => <MarkEl key={i} m={m} ids={`${ids}-${i}`} />);
}

/** The 28×18 swatch of a legend entry. */
export function Swatch({ symbol, theme }: { symbol: SwatchKey; theme: ResolvedTheme }) {
  const ids = useId().replace(/:/g, '');
  const { SWATCHES, ICONS, TILES } = symbols(theme);
  const s = SWATCHES[symbol];
  let body;
  if ('icon' in s) {
    const at = iconInSwatch(s.icon);
    body = (
      <g transform={`translate(${at.x} ${at.y}) scale(${at.scale})`}>
        <Marks marks={ICONS[s.icon].marks} ids={ids} />
      </g>
    );
  } else {
    body = (
      <>
        <defs>
          {patternsOf(s.marks).map((p) => (
            <pattern key={p} id={`${ids}-${p}`} width={TILES[p].size} height={TILES[p].size} patternUnits="userSpaceOnUse">
              <Marks marks={TILES[p].marks} ids={`${ids}-${p}`} />
            </pattern>
          ))}
        </defs>
        {s.marks.map((m, i) => (
          <MarkEl key={i} m={m} ids={ids} />
        ))}
      </>
    );
  }
  return (
    <svg width={SWATCH.w} height={SWATCH.h} viewBox={`0 0 ${SWATCH.w} ${SWATCH.h}`} aria-hidden="true" focusable="false" data-swatch={symbol}>
      {body}
    </svg>
  );
}
