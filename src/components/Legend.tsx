// The page and embed legend: one entry per registry symbol, in the registry's order, with the
// entries the map does not draw on this date marked "not on this date".
import { memo, type ReactNode } from 'react';
import type { JoinResult } from '../domain';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { SYMBOL_ORDER } from '../symbols/registry';
import { visibleSymbols } from '../symbols/visible';
import { Swatch } from './Swatch';
import type { ResolvedTheme } from '../symbols/palettes';

/**
 * The legend: the claim symbols, and `extra` below them (the observed group, see Observed.tsx). With
 * `claimedTitle` the claim symbols get a group heading of their own ("Claimed").
 */
export function Legend({ join, lang, theme, extra, claimedTitle }: { join: JoinResult; lang: Lang; theme: ResolvedTheme; extra?: ReactNode; claimedTitle?: string }) {
  const t = STRINGS[lang].legend;
  const on = visibleSymbols(join);
  return (
    <section className="legend" aria-labelledby="legend-h" data-testid="legend">
      <h2 id="legend-h">{t.title}</h2>
      {claimedTitle && <h3 className="legend-group-title" data-testid="legend-group-claimed">{claimedTitle}</h3>}
      <SymbolList on={SYMBOL_ORDER.filter((k) => on.has(k)).join(' ')} lang={lang} theme={theme} />
      {extra}
    </section>
  );
}

/** The symbols, given as the names of those drawn on the date: most dates draw the same set, and the list renders again only when it changes. */
const SymbolList = memo(function SymbolList({ on: drawn, lang, theme }: { on: string; lang: Lang; theme: ResolvedTheme }) {
  const t = STRINGS[lang].legend;
  const on = new Set(drawn.split(' '));
  return (
    <ul>
      {SYMBOL_ORDER.map((k) => (
        <li key={k} data-symbol={k} data-visible={on.has(k)} className={on.has(k) ? undefined : 'off'}>
          <Swatch symbol={k} theme={theme} />
          <span>
            {t[k]}
            {!on.has(k) && <span className="muted"> ({t.notNow})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
});
