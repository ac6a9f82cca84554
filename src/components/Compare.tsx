// Compare mode's controls and panel. The control is a checkbox plus a native date field (keyboard and
// screen-reader friendly); the panel lists gained / lost / net km² per oblast, the totals, which
// snapshot was read for each date, the days the record lacks in the range, and the claims whose status
// changed. All text from data is rendered as text.
import { useId } from 'react';
import { addDays, type IsoDate } from '../domain/dates';
import type { SnapshotUsed } from '../domain/compare';
import { formatDate, formatNumber, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import type { ResolvedTheme } from '../symbols/palettes';
import { useApp } from '../state/store';
import { localName, type Named } from '../i18n/names';
import { fillTemplate } from '../i18n/template';
import { Swatch } from './Swatch';
import { COMPARE_STRINGS } from '../i18n/compare';
import type { CompareView } from '../domain/compare-view';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';

const DEFAULT_SPAN_DAYS = 29;

export function CompareControl() {
  const lang = useApp((s) => s.lang);
  const from = useApp((s) => s.from);
  const min = useApp((s) => s.bounds.min);
  const max = useApp((s) => s.bounds.max);
  const setFrom = useApp((s) => s.setFrom);
  const t = sourced(COMPARE_STRINGS[lang], observedSource(), lang);
  const helpId = useId();
  const dateId = useId();
  // The date is read when the box is ticked, not subscribed to: a timeline step does not render this.
  const start = () => {
    const s = addDays(useApp.getState().date, -DEFAULT_SPAN_DAYS);
    return s < min ? min : s;
  };
  return (
    <div className="cmp-control" data-testid="compare-control">
      <label className="cmp-toggle">
        <input type="checkbox" data-testid="compare-toggle" checked={!!from} aria-describedby={helpId} onChange={(e) => setFrom(e.target.checked ? start() : null)} />
        {t.toggle}
      </label>
      {from && (
        <span className="cmp-from">
          <label htmlFor={dateId}>{t.fromLabel}</label>
          <input id={dateId} type="date" data-testid="compare-from" min={min} max={max} value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
        </span>
      )}
      <span id={helpId} className="visually-hidden">{t.toggleHelp}</span>
    </div>
  );
}

function snapshotText(u: SnapshotUsed, lang: Lang): string {
  const t = sourced(COMPARE_STRINGS[lang], observedSource(), lang);
  const requested = formatDate(u.requested, 'day', lang);
  if (!u.snapshot) return fillTemplate(t.snapshotNone, { requested });
  const date = formatDate(u.snapshot, 'day', lang);
  return u.exact ? fillTemplate(t.snapshotExact, { date }) : fillTemplate(t.snapshotUsed, { requested, date });
}

const km = (n: number, lang: Lang, signed = false) => (signed && n > 0.05 ? '+' : '') + formatNumber(n, lang, 1);

const SWATCH_KEY = { gained: 'cmpGained', lost: 'cmpLost', same: 'cmpSame', changed: 'cmpChanged' } as const;

/** A compare legend swatch: the registry's swatch in the theme's set, as the map and figures draw it. */
export function CompareSwatch({ kind, theme }: { kind: 'gained' | 'lost' | 'same' | 'changed'; theme: ResolvedTheme }) {
  return (
    <span className="cmp-swatch">
      <Swatch symbol={SWATCH_KEY[kind]} theme={theme} />
    </span>
  );
}

export function ComparePanel({ view, lang, theme, oblastNames }: { view: CompareView; lang: Lang; theme: ResolvedTheme; oblastNames: ReadonlyMap<string, Named> }) {
  const t = sourced(COMPARE_STRINGS[lang], observedSource(), lang);
  const s = STRINGS[lang];
  const nameOf = (id: string) => {
    const n = oblastNames.get(id);
    return n ? localName(n, lang) : id;
  };
  const o = view.observed;
  const day = (d: IsoDate) => formatDate(d, 'day', lang);
  const rows = o ? o.oblasts.filter((r) => r.gained > 0.05 || r.lost > 0.05).sort((a, b) => b.gained + b.lost - (a.gained + a.lost)) : [];
  const headingId = useId();
  return (
    <section className="cmp-panel" aria-labelledby={headingId} data-testid="compare-panel" data-from={view.from} data-to={view.to}
      data-from-snapshot={o?.from.snapshot ?? ''} data-to-snapshot={o?.to.snapshot ?? ''} data-net={o ? o.totals.net.toFixed(1) : ''}
      data-gained={o ? o.totals.gained.toFixed(1) : ''} data-lost={o ? o.totals.lost.toFixed(1) : ''} data-missing-days={o ? String(o.missingDays) : ''}>
      <h2 id={headingId}>{fillTemplate(t.title, { from: day(view.from), to: day(view.to) })}</h2>
      <ul className="cmp-legend">
        {(o ? (['gained', 'lost', 'same', 'changed'] as const) : (['changed'] as const)).map((k) => (
          <li key={k}>
            <CompareSwatch kind={k} theme={theme} />
            <span>{t[`legend${k[0]!.toUpperCase()}${k.slice(1)}` as 'legendGained']}</span>
          </li>
        ))}
      </ul>
      {o ? (
        <>
          <dl className="cmp-snapshots">
            <div><dt>{t.earlier}</dt><dd data-testid="compare-from-snapshot">{snapshotText(o.from, lang)}</dd></div>
            <div><dt>{t.later}</dt><dd data-testid="compare-to-snapshot">{snapshotText(o.to, lang)}</dd></div>
          </dl>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.title}>
            <table className="cmp-table" data-testid="compare-table">
              <thead>
                <tr><th scope="col">{t.oblast}</th><th scope="col">{t.gained}</th><th scope="col">{t.lost}</th><th scope="col">{t.net}</th></tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-oblast={r.id}>
                    <th scope="row">{nameOf(r.id)}</th>
                    <td>{km(r.gained, lang)}</td>
                    <td>{km(r.lost, lang)}</td>
                    <td>{km(r.net, lang, true)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid="compare-totals">
                  <th scope="row">{t.total}</th>
                  <td>{km(o.totals.gained, lang)}</td>
                  <td>{km(o.totals.lost, lang)}</td>
                  <td>{km(o.totals.net, lang, true)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          {!rows.length && <p className="muted">{t.noChange}</p>}
          <p className="cmp-missing" data-testid="compare-missing">
            {o.missing.length
              ? fillTemplate(t.missing, { list: o.missing.map((m) => (m.days === 1 ? day(m.from) : fillTemplate(t.missingRun, { from: day(m.from), to: day(m.to), days: formatNumber(m.days, lang, 0) }))).join('; ') })
              : t.missingNone}
          </p>
        </>
      ) : (
        <p className="cmp-no-record" data-testid="compare-no-record">{t.noRecord}</p>
      )}
      <h3>{t.claimsChanged}</h3>
      {view.claims.length ? (
        <ul className="cmp-claims" data-testid="compare-claims">
          {view.claims.map((c) => (
            <li key={c.claim.id} data-claim={c.claim.id}>
              {fillTemplate(t.claimChange, {
                title: c.claim.title[lang],
                before: c.before ? s.status[c.before] : t.notInEffect,
                after: c.after ? s.status[c.after] : t.notInEffect,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.claimsNone}</p>
      )}
    </section>
  );
}
