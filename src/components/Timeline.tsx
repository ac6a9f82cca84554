import React, { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { monthOf, type IsoDate } from '../domain/dates';
import { formatDate, formatMonth, type Lang } from '../i18n/format';
import { useApp } from '../state/store';
import {
  REDUCED_STEP_MS,
  STEP_MS,
  dateAt,
  dayIndex,
  fastStep,
  fractionOf,
  indexAtPointer,
  linearScale,
  mergeTicks,
  nextPlayDate,
  nextTick,
  placeWindow,
  prevTick,
  twoScale,
  windowSpan,
  type MergedTick,
  type Scale,
  type TimelineTick,
} from '../domain/timeline';
import { fillTemplate } from '../i18n/template';
import { OBSERVED_FIRST } from '../state/load';
import { TIMELINE_STRINGS } from './timeline.i18n';
import './timeline.css';

export type { TimelineTick };

export interface TimelineProps {
  /** Claim events drawn as marks on the track; same-day events merge into one mark. */
  ticks: TimelineTick[];
}

/** Half the thumb width in px (timeline.css --tl-thumb): the track is inset by it so the thumb centre lines up with tick positions. */
const THUMB_RADIUS = 10;

const REDUCED_QUERY = '(prefers-reduced-motion: reduce)';

function subscribeReduced(cb: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(REDUCED_QUERY);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

function getReduced(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_QUERY).matches;
}

/** Width in px of an element, followed as it resizes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.getBoundingClientRect().width);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

function describe(tick: MergedTick, lang: Lang): string {
  const day = formatDate(tick.date, 'day', lang);
  return tick.labels.map((l) => `${l} — ${day}`).join('\n');
}

export function Timeline({ ticks }: TimelineProps) {
  const date = useApp((s) => s.date);
  const lang = useApp((s) => s.lang);
  const playing = useApp((s) => s.playing);
  const min = useApp((s) => s.bounds.min);
  const max = useApp((s) => s.bounds.max);
  const setDate = useApp((s) => s.setDate);
  const setPlaying = useApp((s) => s.setPlaying);
  const reduced = useSyncExternalStore(subscribeReduced, getReduced, () => false);
  const t = TIMELINE_STRINGS[lang];

  const merged = useMemo(() => mergeTicks(ticks, { min, max }), [ticks, min, max]);
  const tickDates = useMemo(() => merged.map((m) => m.date), [merged]);
  const step = useMemo(() => fastStep(tickDates, { min, max }), [tickDates, min, max]);

  const total = Math.max(0, dayIndex(max, min));
  const value = Math.min(total, Math.max(0, dayIndex(date, min)));

  const railRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<HTMLDivElement>(null);
  // The overview: the years before the record squeezed, the record at its own scale.
  const recordStart = OBSERVED_FIRST && OBSERVED_FIRST > min && OBSERVED_FIRST < max ? dayIndex(OBSERVED_FIRST, min) : null;
  const overview = useMemo(() => twoScale(total, recordStart), [total, recordStart]);
  // The detail rail: a window of days at WINDOW_PX_PER_DAY or more, which follows the date.
  const railWidth = Math.max(0, useWidth(railRef) - 2 * THUMB_RADIUS);
  const fitSpan = railWidth > 0 ? windowSpan(railWidth, total) : total;
  const [winStart, setWinStart] = useState(() => placeWindow(0, value, fitSpan, total));
  // The rail's window while the pointer drags on it: the days stay where the pointer found them.
  const [frozen, setFrozen] = useState<{ start: number; span: number } | null>(null);
  const span = frozen ? frozen.span : fitSpan;
  // Adjusted while rendering (React's pattern for state derived from a prop).
  const placed = frozen ? frozen.start : placeWindow(winStart, value, span, total);
  if (placed !== winStart) setWinStart(placed);
  const detail = useMemo(() => linearScale(placed, placed + span), [placed, span]);
  const pct = (scale: Scale, i: number) => fractionOf(scale, i) * 100;
  const inWindow = (i: number) => i >= placed && i <= placed + span;
  const inputRef = useRef<HTMLInputElement>(null);
  const dragId = useRef<number | null>(null);
  // Focus given by a press shows no ring, as on a native slider; :focus-visible can't tell because the press is prevented.
  const [pointerFocus, setPointerFocus] = useState(false);

  const prevDate = prevTick(date, tickDates);
  const nextDate = nextTick(date, tickDates);
  const prev = prevDate ? merged.find((m) => m.date === prevDate) : undefined;
  const next = nextDate ? merged.find((m) => m.date === nextDate) : undefined;

  useEffect(() => {
    if (!playing) return;
    const range = { min, max };
    // Read the date from the store at each step so the timer never needs restarting as it changes.
    const id = window.setInterval(
      () => {
        const s = useApp.getState();
        const d = nextPlayDate(s.date, tickDates, range, { reduced, step });
        s.setDate(d);
        if (d >= max) s.setPlaying(false);
      },
      reduced ? REDUCED_STEP_MS : STEP_MS,
    );
    return () => window.clearInterval(id);
  }, [playing, reduced, tickDates, min, max, step]);

  // The timer lives here, so playback must not outlive the control.
  useEffect(() => () => useApp.getState().setPlaying(false), []);

  // Moving the slider by hand stops playback, which would otherwise fight the user for the date.
  const seek = (d: IsoDate) => {
    if (useApp.getState().playing) setPlaying(false);
    setDate(d);
  };

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    if (date >= max) setDate(min);
    setPlaying(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    setPointerFocus(false);
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Store actions read the current date, so auto-repeating keys never reuse a stale render.
    const s = useApp.getState();
    const keys: Record<string, () => void> = {
      ArrowLeft: () => s.stepDays(-1),
      ArrowDown: () => s.stepDays(-1),
      ArrowRight: () => s.stepDays(1),
      ArrowUp: () => s.stepDays(1),
      PageDown: () => s.stepMonths(-1),
      PageUp: () => s.stepMonths(1),
      Home: () => s.setDate(min),
      End: () => s.setDate(max),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    if (s.playing) setPlaying(false);
    run();
  };

  // Which row the pointer drags on: its scale is read at each move, the rail's frozen for the drag.
  const dragRow = useRef<'rail' | 'overview'>('rail');
  const seekTo = (clientX: number) => {
    const row = dragRow.current;
    const el = row === 'rail' ? railRef.current : overviewRef.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const inset = row === 'rail' ? THUMB_RADIUS : 0;
    seek(dateAt(indexAtPointer(row === 'rail' ? detail : overview, clientX, r.left + inset, r.width - 2 * inset), min));
  };

  const startDrag = (row: 'rail' | 'overview', e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    // Our own drag handling replaces the native one, so taps on the track also work on iOS.
    e.preventDefault();
    setPointerFocus(true);
    inputRef.current?.focus({ preventScroll: true });
    e.currentTarget.setPointerCapture?.(e.pointerId);
    dragId.current = e.pointerId;
    dragRow.current = row;
    setFrozen(row === 'rail' ? { start: placed, span } : null);
    seekTo(e.clientX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragId.current === e.pointerId) seekTo(e.clientX);
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    if (dragId.current !== e.pointerId) return;
    dragId.current = null;
    setFrozen(null);
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const lostCapture = () => {
    dragId.current = null;
    setFrozen(null);
  };
  const tickMarks = (scale: Scale, only?: (i: number) => boolean) =>
    merged.map((m) => {
      const i = dayIndex(m.date, min);
      if (only && !only(i)) return null;
      return <span key={m.date} className={`tl-tick tl-tick--${m.status}`} style={{ left: `${pct(scale, i)}%` }} title={describe(m, lang)} />;
    });
  const preShare = overview.length > 1 ? overview[0]!.x1 * 100 : 0;

  const jump = (m: MergedTick | undefined) => {
    if (m) setDate(m.date);
  };

  return (
    <div className="tl" role="group" aria-label={t.timeline} data-testid="timeline">
      <div className="tl-controls">
        <button
          type="button"
          className="tl-btn tl-play"
          data-testid="play"
          aria-pressed={playing}
          onClick={togglePlay}
        >
          <span className={playing ? 'tl-icon tl-icon--pause' : 'tl-icon tl-icon--play'} aria-hidden="true" />
          {playing ? t.pause : t.play}
        </button>
        <p className="tl-current" data-testid="timeline-date">
          {formatDate(date, 'day', lang)}
        </p>
        <div className="tl-events">
          {/* aria-disabled rather than disabled: reaching the last event must not drop keyboard focus. */}
          <button
            type="button"
            className="tl-btn"
            data-testid="prev-event"
            aria-disabled={!prev}
            title={prev ? describe(prev, lang) : undefined}
            onClick={() => jump(prev)}
          >
            <span aria-hidden="true">‹ </span>
            {t.prevEvent}
          </button>
          <button
            type="button"
            className="tl-btn"
            data-testid="next-event"
            aria-disabled={!next}
            title={next ? describe(next, lang) : undefined}
            onClick={() => jump(next)}
          >
            {t.nextEvent}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
      </div>
      <div className="tl-overview-row">
        <span className="tl-end">{formatDate(min, 'year', lang)}</span>
        <div
          className="tl-overview"
          ref={overviewRef}
          data-testid="timeline-overview"
          onPointerDown={(e) => startDrag('overview', e)}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onLostPointerCapture={lostCapture}
        >
          <div className="tl-track" aria-hidden="true">
            {preShare > 0 && <div className="tl-compressed" style={{ width: `${preShare}%` }} data-testid="timeline-compressed" />}
            <div className="tl-window" style={{ left: `${pct(overview, placed)}%`, width: `${pct(overview, placed + span) - pct(overview, placed)}%` }} />
            {tickMarks(overview)}
            <span className="tl-mark" style={{ left: `${pct(overview, value)}%` }} />
          </div>
        </div>
        <span className="tl-end">{formatDate(max, 'year', lang)}</span>
      </div>
      {preShare > 0 && recordStart !== null && (
        <p className="tl-legend">
          <span className="tl-legend-pre" style={{ flexBasis: `${preShare}%` }}>{fillTemplate(t.compressed, { from: formatDate(min, 'year', lang), to: formatDate(dateAt(recordStart - 1, min), 'year', lang) })}</span>
          <span className="tl-legend-rec">{fillTemplate(t.record, { from: formatMonth(monthOf(dateAt(recordStart, min)), lang, 'short'), to: formatMonth(monthOf(max), lang, 'short') })}</span>
        </p>
      )}
      <div className="tl-scale">
        <span className="tl-end">{formatMonth(monthOf(dateAt(placed, min)), lang, 'short')}</span>
        <div
          className={pointerFocus ? 'tl-rail tl-rail--pointer' : 'tl-rail'}
          ref={railRef}
          data-testid="timeline-rail"
          data-window-start={dateAt(placed, min)}
          data-window-end={dateAt(placed + span, min)}
          onPointerDown={(e) => startDrag('rail', e)}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onLostPointerCapture={lostCapture}
        >
          {/* A native range keeps the slider adjustable by keyboard and mobile screen readers over the
              whole range; the pointer works on the drawn rows instead. */}
          <input
            ref={inputRef}
            type="range"
            role="slider"
            className="tl-input"
            data-testid="timeline-slider"
            min={0}
            max={total}
            step={1}
            value={value}
            tabIndex={0}
            aria-label={t.date}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={value}
            aria-valuetext={formatDate(date, 'long', lang)}
            onKeyDown={onKeyDown}
            onBlur={() => setPointerFocus(false)}
            onChange={(e) => seek(dateAt(Number(e.currentTarget.value), min))}
          />
          <div className="tl-track" aria-hidden="true">
            <div className="tl-progress" style={{ width: `${pct(detail, value)}%` }} />
            {tickMarks(detail, inWindow)}
            {inWindow(value) && <span className="tl-thumb" style={{ left: `${pct(detail, value)}%` }} />}
          </div>
        </div>
        <span className="tl-end">{formatMonth(monthOf(dateAt(placed + span, min)), lang, 'short')}</span>
      </div>
    </div>
  );
}

