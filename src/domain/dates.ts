// Calendar dates as ISO "YYYY-MM-DD" strings, compared lexically; UTC only so no time zone shifts a day.
export type IsoDate = string;
export type Precision = 'day' | 'month' | 'year';

const DAY_MS = 86_400_000;
const RE = { day: /^(\d{4})-(\d{2})-(\d{2})$/, month: /^(\d{4})-(\d{2})$/, year: /^(\d{4})$/ } as const;

export function isValidDay(s: string): boolean {
  const m = RE.day.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The precision a date string is written at, or null if it is not a valid date. */
export function precisionOf(s: string): Precision | null {
  if (RE.day.test(s)) return isValidDay(s) ? 'day' : null;
  const mm = RE.month.exec(s);
  if (mm) return +mm[2]! >= 1 && +mm[2]! <= 12 ? 'month' : null;
  return RE.year.test(s) ? 'year' : null;
}

/** First day of the period a (possibly partial) date names. */
export function periodStart(s: string): IsoDate {
  const p = precisionOf(s);
  if (p === 'day') return s;
  if (p === 'month') return `${s}-01`;
  if (p === 'year') return `${s}-01-01`;
  throw new Error(`not a date: ${s}`);
}

/** Last day of the period a (possibly partial) date names. */
export function periodEnd(s: string): IsoDate {
  const p = precisionOf(s);
  if (p === 'day') return s;
  if (p === 'year') return `${s}-12-31`;
  if (p === 'month') return addDays(addMonths(`${s}-01`, 1), -1);
  throw new Error(`not a date: ${s}`);
}

export function toUtc(d: IsoDate): number {
  const m = RE.day.exec(d);
  if (!m) throw new Error(`not a day: ${d}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
}

export function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const t = new Date(toUtc(d));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m, Math.min(t.getUTCDate(), last)));
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function clampDate(d: IsoDate, min: IsoDate, max: IsoDate): IsoDate {
  return d < min ? min : d > max ? max : d;
}

export function monthOf(d: IsoDate): string {
  return d.slice(0, 7);
}
