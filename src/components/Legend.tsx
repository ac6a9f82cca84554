import type { ReactNode } from 'react';
import type { JoinResult } from '../domain';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { THEME } from '../symbols/theme';

type Key = 'held' | 'fullClaim' | 'annex' | 'zone' | 'borderRu' | 'claimed' | 'disputed' | 'denied' | 'troops';

/** Which symbols the map draws on this date. */
export function visibleSymbols(join: JoinResult): Set<Key> {
  const on = new Set<Key>(['borderRu']);
  for (const a of join.active) {
    const k = a.claim.kind;
    if (k === 'area-control') on.add(a.status === 'assessed' ? 'held' : 'fullClaim');
    if (k === 'annexation') on.add('annex');
    if (k === 'buffer-zone') on.add('zone');
    if (k === 'troop-concentration') on.add('troops');
    if (k === 'point-control' && (a.status === 'claimed' || a.status === 'disputed' || a.status === 'denied')) on.add(a.status);
  }
  return on;
}

const box = (children: ReactNode) => (
  <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">{children}</svg>
);
const diamond = 'M14 2 L21 9 L14 16 L7 9 Z';

export const SWATCHES: Record<Key, ReactNode> = {
  held: box(<rect x="1" y="1" width="26" height="16" fill={THEME.heldFill} fillOpacity={THEME.heldOpacity} stroke={THEME.oblastLine} />),
  fullClaim: box(<rect x="2" y="2" width="24" height="14" fill={THEME.claimedFill} fillOpacity={THEME.claimedOpacity} stroke={THEME.claimedLine} strokeWidth="2.6" />),
  annex: box(
    <>
      <defs>
        <pattern id="lg-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke={THEME.hatch} strokeWidth="1.4" />
        </pattern>
      </defs>
      <rect x="1" y="1" width="26" height="16" fill="url(#lg-hatch)" stroke={THEME.oblastLine} />
    </>,
  ),
  zone: box(
    <>
      <defs>
        <pattern id="lg-dots" width="4" height="4" patternUnits="userSpaceOnUse">
          <circle cx="2" cy="2" r="0.9" fill={THEME.zone} />
        </pattern>
      </defs>
      <rect x="1" y="1" width="26" height="16" fill="url(#lg-dots)" stroke={THEME.zone} strokeDasharray="3 2" />
    </>,
  ),
  borderRu: box(
    <>
      <line x1="1" y1="6" x2="27" y2="6" stroke={THEME.borderRu} strokeWidth="1.6" />
      <line x1="1" y1="13" x2="27" y2="13" stroke={THEME.borderRu} strokeWidth="1.2" strokeDasharray="4 2" />
    </>,
  ),
  claimed: box(<path d={diamond} fill={THEME.point.claimed} stroke="#fff" strokeWidth="1.5" />),
  disputed: box(
    <>
      <path d={diamond} fill="#fff" />
      <path d="M14 2 L7 9 L14 16 Z" fill={THEME.point.disputed} />
      <path d={diamond} fill="none" stroke={THEME.point.disputed} strokeWidth="1.5" />
    </>,
  ),
  denied: box(
    <>
      <path d={diamond} fill="#fff" stroke={THEME.point.denied} strokeWidth="1.5" />
      <line x1="9" y1="13" x2="19" y2="5" stroke={THEME.point.denied} strokeWidth="1.5" />
    </>,
  ),
  troops: box(
    <>
      <circle cx="14" cy="9" r="8" fill="#fff" stroke={THEME.troops} />
      <path d="M9 10 L14 6 L19 10 M9 14 L14 10 L19 14" fill="none" stroke={THEME.troops} strokeWidth="1.6" />
    </>,
  ),
};

const ORDER: Key[] = ['held', 'fullClaim', 'annex', 'zone', 'claimed', 'disputed', 'denied', 'troops', 'borderRu'];

export function Legend({ join, lang, extra }: { join: JoinResult; lang: Lang; extra?: ReactNode }) {
  const t = STRINGS[lang].legend;
  const on = visibleSymbols(join);
  return (
    <section className="legend" aria-labelledby="legend-h" data-testid="legend">
      <h2 id="legend-h">{t.title}</h2>
      <ul>
        {ORDER.map((k) => (
          <li key={k} data-symbol={k} data-visible={on.has(k)} className={on.has(k) ? undefined : 'off'}>
            {SWATCHES[k]}
            <span>
              {t[k]}
              {!on.has(k) && <span className="muted"> ({t.notNow})</span>}
            </span>
          </li>
        ))}
      </ul>
      {extra}
    </section>
  );
}
