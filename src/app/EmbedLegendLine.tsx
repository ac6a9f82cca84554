// The embed's short legend (in app/: it composes the components' swatches for the embed layout): only what the map draws on the date (claims' symbols, the observed
// layer with its snapshot date, or compare mode's gained / lost), each as a swatch and a short label
// (the legend label up to its parenthesis). The full legend stays one click away in the embed.
import type { JoinResult } from '../domain/join';
import { showsNotOccupied } from '../domain/observed-metrics';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { formatDate, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { Swatch } from '../components/Swatch';
import { SYMBOL_ORDER } from '../symbols/registry';
import { visibleSymbols } from '../symbols/visible';
import { CompareSwatch } from '../components/Compare';
import { COMPARE_STRINGS } from '../i18n/compare';
import type { CompareView } from '../domain/compare-view';
import type { ResolvedTheme } from '../symbols/palettes';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';
import { SHIPPED_RECORDS } from '../evidence/shipped';

/** The legend's order without the border line (drawn on every map, so it needs no entry here). */
const ORDER = SYMBOL_ORDER.filter((k) => k !== 'borderRu');
const short = (s: string) => s.replace(/\s*\(.*$/, '');

export function EmbedLegendLine({ join, lang, observed, compare, theme }: { join: JoinResult; lang: Lang; observed: ObservedHistory | null; compare: CompareView | null; theme: ResolvedTheme }) {
  const t = sourced(STRINGS[lang].legend, observedSource(), lang);
  const ct = sourced(COMPARE_STRINGS[lang], observedSource(), lang);
  const on = visibleSymbols(join);
  const day = observed ? snapshotIndex(observed.dates, join.date) : -1;
  // Until the record arrives its entry's place is kept (hidden, with the day the build says the record
  // reaches), so the legend does not gain a line when it comes and push the timeline down in the host.
  const shipped = SHIPPED_RECORDS[0];
  const awaited = !observed && !compare && shipped && join.date >= shipped.first ? (join.date < shipped.last ? join.date : shipped.last) : null;
  return (
    // Wraps onto more lines in a narrow frame (embed.css), so nothing is cut and nothing needs scrolling.
    <div role="group" className="embed-legend-line" data-testid="embed-legend-line" aria-label={`${STRINGS[lang].legend.title}: ${ct.oneLine}`}>
      <span className="embed-legend-lead">{ct.oneLine}</span>
      {ORDER.filter((k) => on.has(k)).map((k) => (
        <span key={k} className="embed-legend-item" data-symbol={k}>
          <Swatch symbol={k} theme={theme} />
          {short(t[k])}
        </span>
      ))}
      {compare?.observed ? (
        (['gained', 'lost'] as const).map((k) => (
          <span key={k} className="embed-legend-item" data-symbol={`compare-${k}`}>
            <CompareSwatch kind={k} theme={theme} />
            {short(k === 'gained' ? ct.legendGained : ct.legendLost)}
          </span>
        ))
      ) : observed && day >= 0 ? (
        <RecordEntries date={observed.dates[day]!} notOccupied={showsNotOccupied(observed, join.date)} label={short(t.notOccupied)} lang={lang} theme={theme} />
      ) : awaited ? (
        // Both entries the record brings (the claimed oblasts keep ground not shown as occupied on
        // every day of the shipped record).
        <RecordEntries date={awaited} notOccupied label={short(t.notOccupied)} lang={lang} theme={theme} awaited />
      ) : null}
    </div>
  );
}

/** The record's entries: its snapshot, and the outlined ground not shown as occupied; `awaited`, they hold their place, hidden, until the record arrives. */
function RecordEntries({ date, notOccupied, label, lang, theme, awaited = false }: { date: string; notOccupied: boolean; label: string; lang: Lang; theme: ResolvedTheme; awaited?: boolean }) {
  const hide = awaited ? ({ 'aria-hidden': true, style: { visibility: 'hidden' } } as const) : {};
  return (
    <>
      <span className="embed-legend-item" data-symbol={awaited ? 'observed-awaited' : 'observed'} {...hide}>
        <Swatch symbol="observed" theme={theme} />
        {observedSource().name} {formatDate(date, 'short', lang)}
      </span>
      {notOccupied && (
        <span className="embed-legend-item" data-symbol={awaited ? 'not-occupied-awaited' : 'notOccupied'} {...hide}>
          <Swatch symbol="notOccupied" theme={theme} />
          {label}
        </span>
      )}
    </>
  );
}
