// "Embed" button and its modal dialog: the <iframe> + <script> code for the current date and
// language, with a copy button. A native <dialog> opened with showModal (the rest of the page is
// inert, Escape closes); Tab and Shift+Tab are also kept inside explicitly, and focus returns to
// the button on close.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { OblastCollection } from '../domain/geo';
import { COMPARE_STRINGS } from '../i18n/compare';
import { oblastAt, viewOf } from '../map/view-sync';
import { THEMES, type ThemeChoice } from '../state/url-view';
import { formatDate } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { useApp } from '../state/store';
import { ampCode, embedCode } from './embed-code';
import { EMBED_STRINGS } from './embed.i18n';
import { fillTemplate } from '../i18n/template';
import { languageName } from '../i18n/names';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';
import { RECORD_STRINGS } from '../i18n/record';
import { DESCRIPTION_STRINGS } from '../i18n/description.i18n';

const FOCUSABLE = 'button, textarea, a[href], select, input, [tabindex]:not([tabindex="-1"])';

type ViewChoice = 'ukraine' | 'view' | 'oblast';

/**
 * `date`: the date the code embeds (the app passes its deferred date, so a timeline step does not re-render the dialog).
 * `recordLast`: the last day of the record shown, which a pinned embed's as_of fixes.
 * `description`: the map's text alternative on that date, which "Copy description" puts on the clipboard for a CMS
 * (or a function that writes it, called only while the dialog is open).
 */
export function EmbedDialog({ map = null, oblasts, date, recordLast = '', description: describe }: { map?: maplibregl.Map | null; oblasts?: OblastCollection; date: string; recordLast?: string; description?: string | (() => string) }) {
  const lang = useApp((s) => s.lang);
  const from = useApp((s) => s.from);
  const focus = useApp((s) => s.focus);
  const urlView = useApp((s) => s.view);
  const pageTheme = useApp((s) => s.theme) ?? 'light';
  const t = EMBED_STRINGS[lang];
  const ct = sourced(COMPARE_STRINGS[lang], observedSource(), lang);
  const dt = DESCRIPTION_STRINGS[lang];
  const [viewChoice, setViewChoice] = useState<ViewChoice>(focus ? 'oblast' : urlView ? 'view' : 'ukraine');
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(pageTheme);
  // Pinned by default, so an article's map does not change under it; a page already pinned keeps its day.
  const [live, setLive] = useState(false);
  const pageAsOf = useApp((s) => s.asOf);
  const pin = live ? undefined : (pageAsOf ?? (recordLast || undefined));
  const rt = RECORD_STRINGS[lang];
  const [snap, setSnap] = useState(0);
  const viewId = useId();
  const themeId = useId();
  // "this view" is read from the map when the dialog opens (snap) or the choice changes.
  void snap;
  const current = map ? viewOf(map) : urlView;
  const centreOblast = focus ?? (current && oblasts ? oblastAt(oblasts, current.lon, current.lat) : null);
  const camera = viewChoice === 'view' && current ? { view: current } : viewChoice === 'oblast' && centreOblast ? { focus: centreOblast } : {};
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<'copied' | 'described' | 'failed' | null>(null);
  const titleId = useId();
  const introId = useId();
  const day = formatDate(date, 'day', lang);
  const codeInput = { pageUrl: window.location.href, date, lang, title: `${STRINGS[lang].title} — ${day}`, from, theme: themeChoice, asOf: pin, ...camera };
  // The codes are written only while the dialog is open: closed, a timeline step costs nothing here.
  const [isOpen, setOpen] = useState(false);
  const code = isOpen ? embedCode(codeInput) : '';
  const amp = isOpen ? ampCode({ ...codeInput, more: t.ampMore }) : '';
  const description = isOpen ? (typeof describe === 'function' ? describe() : describe) : undefined;
  // Once the open dialog shows its code, the code is focused and selected, ready to copy.
  useLayoutEffect(() => {
    if (!isOpen) return;
    area.current?.focus();
    area.current?.select();
  }, [isOpen]);

  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    setCopy(null);
    setSnap((n) => n + 1);
    setOpen(true);
    d.showModal();
    area.current?.focus();
  };
  const close = () => dialog.current?.close();

  const doCopy = async (text = code, done: 'copied' | 'described' = 'copied') => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy(done);
    } catch {
      if (done === 'described') {
        setCopy('failed');
        return;
      }
      // No clipboard API (insecure context, denied permission): fall back to the selection.
      const a = area.current;
      let ok = false;
      if (a) {
        a.focus();
        a.select();
        try {
          ok = document.execCommand('copy');
        } catch {
          ok = false;
        }
      }
      setCopy(ok ? 'copied' : 'failed');
    }
  };

  const trap = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !dialog.current.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !dialog.current.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <>
      <button type="button" ref={opener} className="embed-open" data-testid="embed-open" aria-haspopup="dialog" onClick={open}>
        {t.button}
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        data-testid="embed-dialog"
        aria-labelledby={titleId}
        aria-describedby={introId}
        onKeyDown={trap}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        onClick={(e) => {
          // A click on the backdrop lands on the <dialog> itself (its content fills the box).
          if (e.target === dialog.current) close();
        }}
      >
        <div className="embed-dialog-body">
          <div className="embed-dialog-head">
            <h2 id={titleId}>{t.dialogTitle}</h2>
            <button type="button" className="icon-btn" data-testid="embed-close" aria-label={t.close} title={t.close} onClick={close}>
              ×
            </button>
          </div>
          <p id={introId}>{fillTemplate(t.intro, { date: day, language: languageName(lang, lang) })}</p>
          <div className="embed-view-options">
            <label htmlFor={viewId}>{ct.viewLabel}</label>
            <select id={viewId} data-testid="embed-view" value={viewChoice} onChange={(e) => setViewChoice(e.target.value as ViewChoice)}>
              <option value="ukraine">{ct.views.ukraine}</option>
              <option value="view" disabled={!current}>{ct.views.view}</option>
              <option value="oblast" disabled={!centreOblast}>{ct.views.oblast}</option>
            </select>
            <label htmlFor={themeId}>{ct.theme}</label>
            <select id={themeId} data-testid="embed-theme" value={themeChoice} onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}>
              {THEMES.map((k) => (
                <option key={k} value={k}>{ct.themes[k]}</option>
              ))}
            </select>
          </div>
          <fieldset className="embed-mode" data-testid="embed-mode">
            <legend>{rt.embedMode}</legend>
            <label><input type="radio" name="embed-mode" value="pinned" checked={!live} onChange={() => setLive(false)} data-testid="embed-pinned" /> {rt.pinned}</label>
            <label><input type="radio" name="embed-mode" value="live" checked={live} onChange={() => setLive(true)} data-testid="embed-live" /> {rt.live}</label>
            <p className="muted">{pin ? fillTemplate(rt.pinnedHelp, { date: formatDate(pin, 'day', lang) }) : rt.liveHelp}</p>
          </fieldset>
          {from && <p className="muted">{fillTemplate(ct.embedCompare, { from: formatDate(from, 'day', lang) })}</p>}
          <label className="embed-code-label">
            {t.codeLabel}
            <textarea ref={area} readOnly spellCheck={false} rows={6} value={code} data-testid="embed-code" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <details className="embed-amp">
            <summary>{t.amp}</summary>
            <label className="embed-code-label">
              {t.ampLabel}
              <textarea readOnly spellCheck={false} rows={6} value={amp} data-testid="embed-amp-code" onFocus={(e) => e.currentTarget.select()} />
            </label>
          </details>
          <div className="embed-dialog-actions">
            <button type="button" className="embed-copy" data-testid="embed-copy" onClick={() => void doCopy()}>
              {t.copy}
            </button>
            {description && (
              <button type="button" className="embed-copy" data-testid="embed-copy-description" title={description} onClick={() => void doCopy(description, 'described')}>
                {dt.copy}
              </button>
            )}
            <span role="status" className={copy === 'failed' ? 'embed-copy-failed' : 'embed-copy-ok'} data-testid="embed-copy-status">
              {copy === 'copied' ? t.copied : copy === 'described' ? dt.copied : copy === 'failed' ? t.copyFailed : ''}
            </span>
          </div>
        </div>
      </dialog>
    </>
  );
}
