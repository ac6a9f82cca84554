// Which dates an animation shows and what its file is called. Pure, so the unit tests pin the
// calendar rules: frame N is `from + N·step` counted from `from` each time (31 Jan + 1 month is
// 28/29 Feb, + 2 months is 31 Mar, not 28 Mar), and the last frame is always `to`, also when the
// range does not divide evenly by the step.
import { addDays, addMonths, isValidDay, type IsoDate } from '../../domain/dates';

export type Step = 'day' | 'week' | 'month';
export const STEPS: readonly Step[] = ['day', 'week', 'month'];

export type AnimFormat = 'webm' | 'mp4' | 'gif';
export const ANIM_FORMATS: readonly AnimFormat[] = ['webm', 'mp4', 'gif'];

/** Frame sizes: the figure as shown (CSS size of the on-screen map), or a fixed pixel size. */
export type AnimSize = 'shown' | 'square' | 'landscape' | 'portrait';
export const ANIM_SIZES: readonly AnimSize[] = ['shown', 'square', 'landscape', 'portrait'];
export const FIXED_SIZES: Record<Exclude<AnimSize, 'shown'>, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

/** Longest animation accepted (a day step over a long range would otherwise run for hours). */
export const MAX_FRAMES = 1000;

/** `from` moved on by n steps. */
export function stepDate(from: IsoDate, step: Step, n: number): IsoDate {
  if (step === 'day') return addDays(from, n);
  if (step === 'week') return addDays(from, 7 * n);
  return addMonths(from, n);
}

/** from, from + step, from + 2·step, … while before `to`, then `to`. Throws on a bad range. */
export function frameDates(from: IsoDate, to: IsoDate, step: Step): IsoDate[] {
  const problem = rangeProblem(from, to);
  if (problem) throw new Error(`animation range ${from} → ${to}: ${problem}`);
  const out: IsoDate[] = [];
  for (let n = 0; ; n++) {
    const d = stepDate(from, step, n);
    if (d >= to) break;
    out.push(d);
    if (out.length > MAX_FRAMES) throw new Error(`animation range ${from} → ${to}: more than ${MAX_FRAMES} frames`);
  }
  out.push(to);
  return out;
}

/** Number of frames without building the list (for the controls); 0 when the range is refused. */
export function frameCount(from: IsoDate, to: IsoDate, step: Step): number {
  if (rangeProblem(from, to)) return 0;
  let n = 0;
  while (stepDate(from, step, n) < to) n++;
  return n + 1;
}

export type RangeProblem = 'invalid' | 'empty' | 'reversed';

/** Why a range cannot be animated, or null. A one-frame range (from = to) is "empty". */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!isValidDay(from) || !isValidDay(to)) return 'invalid';
  if (from === to) return 'empty';
  if (from > to) return 'reversed';
  return null;
}

/** The default range: the three months up to the selected date, kept inside the timeline. */
export function defaultRange(date: IsoDate, min: IsoDate): { from: IsoDate; to: IsoDate } {
  const back = addMonths(date, -3);
  return { from: back < min ? min : back, to: date };
}

/** territorial-control_2025-06-01_2025-07-01_week.gif */
export function animationFileName(from: IsoDate, to: IsoDate, step: Step, format: AnimFormat): string {
  return `territorial-control_${from}_${to}_${step}.${format}`;
}

/**
 * Duration of each frame in milliseconds at `fps`, the last one shown `holdMs` longer. Whole
 * milliseconds summing exactly to the total, so video timestamps and GIF delays agree.
 */
export function frameDurations(count: number, fps: number, holdMs: number): number[] {
  if (!(fps > 0)) throw new Error(`frames per second must be positive, got ${fps}`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(Math.round(((i + 1) * 1000) / fps) - Math.round((i * 1000) / fps));
  if (count) out[count - 1]! += Math.max(0, Math.round(holdMs));
  return out;
}
