import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import type { IsoDate } from '../domain/dates';
import { formatDate, type Lang } from '../i18n/format';
import { useApp } from '../state/store';
import {
  REDUCED_STEP_MS,
  STEP_MS,
  dateAt,
  dayIndex,
  fastStep,
  indexAtPosition,
  mergeTicks,
  nextPlayDate,
  nextTick,
  prevTick,
  type MergedTick,
  type TimelineTick,
} from '../domain/timeline';
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
  const pct = (i: number) => (total ? (i / total) * 100 : 0);

  const railRef = useRef<HTMLDivElement>(null);
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

  const seekTo = (clientX: number) => {
    const rail = railRef.current;
    if (!rail) return;
    const r = rail.getBoundingClientRect();
    seek(dateAt(indexAtPosition(clientX, r.left + THUMB_RADIUS, r.width - 2 * THUMB_RADIUS, total), min));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    // Our own drag handling replaces the native one, so taps on the track also work on iOS.
    e.preventDefault();
    setPointerFocus(true);
    inputRef.current?.focus({ preventScroll: true });
    e.currentTarget.setPointerCapture?.(e.pointerId);
    dragId.current = e.pointerId;
    seekTo(e.clientX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragId.current === e.pointerId) seekTo(e.clientX);
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    if (dragId.current !== e.pointerId) return;
    dragId.current = null;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

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
      <div className="tl-scale">
        <span className="tl-end">{formatDate(min, 'year', lang)}</span>
        <div
          className={pointerFocus ? 'tl-rail tl-rail--pointer' : 'tl-rail'}
          ref={railRef}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onLostPointerCapture={() => (dragId.current = null)}
        >
          {/* A native range keeps the slider adjustable by mobile screen readers; it is drawn by the track below. */}
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
            <div className="tl-progress" style={{ width: `${pct(value)}%` }} />
            {merged.map((m) => (
              <span
                key={m.date}
                className={`tl-tick tl-tick--${m.status}`}
                style={{ left: `${pct(dayIndex(m.date, min))}%` }}
                title={describe(m, lang)}
              />
            ))}
            <span className="tl-thumb" style={{ left: `${pct(value)}%` }} />
          </div>
        </div>
        <span className="tl-end">{formatDate(max, 'year', lang)}</span>
      </div>
    </div>
  );
}

