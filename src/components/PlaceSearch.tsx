// "Find a place": an ARIA 1.2 combobox (a text input that controls a listbox, the active option
// named by aria-activedescendant so focus stays in the input). Up/Down move through the options
// (Down opens the list), Home/End go to the first/last option while one is active, Enter chooses
// (the first option when none is active), Escape closes the list and, when it is closed, clears the
// input. Choosing frames the place on the map and selects its claims through `focus` in the URL.
// Self-contained (this file, place-search.css, place-search-model.ts) so a layout can put it anywhere.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { OblastCollection } from '../domain/geo';
import type { ObservedHistory } from '../domain/observed-format';
import type { Claim } from '../domain/schema';
import { plural } from '../i18n/plural';
import { fillTemplate } from '../i18n/template';
import { useApp } from '../state/store';
import { buildEntries, focusClaims, search, type Match } from './place-search-model';
import { PLACE_SEARCH_STRINGS } from './place-search.i18n';
import './place-search.css';

interface Props {
  oblasts: OblastCollection;
  claims: readonly Claim[];
  /** The observed record once loaded: its areas of not-occupied ground are offered from then on. */
  observed: ObservedHistory | null;
  /** The date whose areas are offered (the panels' date). */
  date: string;
  /** The observed record's source name, for the areas' detail line. */
  sourceName: string;
}

export function PlaceSearch({ oblasts, claims, observed, date, sourceName }: Props) {
  const lang = useApp((s) => s.lang);
  const setFocus = useApp((s) => s.setFocus);
  const select = useApp((s) => s.select);
  const t = PLACE_SEARCH_STRINGS[lang];
  const id = useId();
  const inputId = `${id}-input`;
  const labelId = `${id}-label`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');

  const typed = query.trim().length > 0;
  // Built only while something is typed: a timeline step with an empty field costs nothing here.
  const entries = useMemo(() => (typed ? buildEntries({ oblasts, claims, observed, date, sourceName }, lang) : []), [typed, oblasts, claims, observed, date, sourceName, lang]);
  const matches: Match[] = useMemo(() => search(entries, query), [entries, query]);
  const expanded = open && typed && matches.length > 0;
  const status = !open || !typed ? announce
    : matches.length ? fillTemplate(plural(t.results, matches.length, lang), { n: String(matches.length) })
      : fillTemplate(t.noMatch, { query: query.trim() }) + (observed ? '' : ` ${t.areasPending}`);

  const choose = (m: Match) => {
    setFocus(m.entry.focus);
    const ids = focusClaims(m.entry.focus, claims);
    select(ids.length === 1 ? ids[0]! : null);
    setQuery(m.entry.label);
    setOpen(false);
    setActive(-1);
    setAnnounce(fillTemplate(t.chosen, { name: m.entry.label }));
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = matches.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!typed || !n) return;
        if (!open) {
          setOpen(true);
          if (!e.altKey) setActive(0);
        } else setActive((a) => (a + 1) % n);
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (!typed || !n) return;
        if (!open) setOpen(true);
        setActive((a) => (a <= 0 ? n - 1 : a - 1));
        return;
      case 'Home':
      case 'End':
        if (!expanded || active < 0) return;
        e.preventDefault();
        setActive(e.key === 'Home' ? 0 : n - 1);
        return;
      case 'Enter': {
        if (!typed || !n) return;
        e.preventDefault();
        choose(matches[active >= 0 && active < n ? active : 0]!);
        return;
      }
      case 'Escape':
        e.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else {
          setQuery('');
          setAnnounce('');
        }
        return;
      default:
    }
  };

  return (
    <div className="place-search" data-testid="place-search">
      <label className="ps-label" id={labelId} htmlFor={inputId}>{t.label}</label>
      <div className="ps-field">
        <input id={inputId} className="ps-input" type="text" role="combobox" autoComplete="off" spellCheck={false}
          aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder={t.placeholder} value={query} data-testid="place-search-input"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
            setAnnounce('');
          }}
          onKeyDown={onKey}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }} />
        <ul className="ps-list" id={listId} role="listbox" aria-labelledby={labelId} hidden={!expanded} data-testid="place-search-list">
          {expanded && matches.map((m, i) => (
            <li key={m.entry.focus} id={optionId(i)} role="option" aria-selected={i === active} className="ps-option"
              data-focus={m.entry.focus} data-kind={m.entry.kind}
              // mousedown, not click: the input keeps focus (and does not blur the list away first)
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
              onMouseMove={() => i !== active && setActive(i)}>
              <span className="ps-name">{m.entry.label}</span>
              <span className="ps-detail">
                {m.entry.detail}
                {m.via ? ` · ${fillTemplate(t.alsoSpelled, { name: m.via })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className={`ps-status${open && typed && !matches.length ? ' ps-shown' : ''}`} role="status" aria-live="polite" data-testid="place-search-status">{status}</div>
    </div>
  );
}
