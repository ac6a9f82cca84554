import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates';
import {
  REDUCED_STEP_MS,
  SLOW_RADIUS,
  STEP_MS,
  TARGET_MS,
  dateAt,
  dayIndex,
  fastStep,
  indexAtPosition,
  mergeTicks,
  nextPlayDate,
  nextTick,
  prevTick,
  slowDayCount,
  type TimelineTick,
} from './timeline';
import { eventDates } from './join';
import { fixtureDataset } from '../../tests/support/fixture-data';

const range = { min: '2014-02-20', max: '2025-08-10' };
const dates = ['2014-03-18', '2014-03-27', '2022-09-30', '2022-10-12', '2025-05-01', '2025-06-30', '2025-07-08'];

describe('dayIndex / dateAt', () => {
  it('are inverse and count from min', () => {
    expect(dayIndex('2014-02-20', range.min)).toBe(0);
    expect(dayIndex('2014-03-20', range.min)).toBe(28);
    expect(dateAt(28, range.min)).toBe('2014-03-20');
    for (const i of [0, 1, 365, 366, 1000, 4189]) expect(dayIndex(dateAt(i, range.min), range.min)).toBe(i);
  });
  it('crosses leap days', () => {
    expect(dayIndex('2016-03-01', '2016-02-28')).toBe(2);
    expect(dateAt(1, '2024-02-28')).toBe('2024-02-29');
  });
  it('rounds fractional indices', () => {
    expect(dateAt(1.6, range.min)).toBe('2014-02-22');
  });
});

describe('indexAtPosition', () => {
  it('maps the track linearly and clamps outside it', () => {
    expect(indexAtPosition(10, 10, 200, 100)).toBe(0);
    expect(indexAtPosition(110, 10, 200, 100)).toBe(50);
    expect(indexAtPosition(210, 10, 200, 100)).toBe(100);
    expect(indexAtPosition(-50, 10, 200, 100)).toBe(0);
    expect(indexAtPosition(999, 10, 200, 100)).toBe(100);
  });
  it('is safe with an empty track or range', () => {
    expect(indexAtPosition(5, 0, 0, 100)).toBe(0);
    expect(indexAtPosition(5, 0, 100, 0)).toBe(0);
  });
});

describe('mergeTicks', () => {
  const ticks: TimelineTick[] = [
    { date: '2022-09-30', label: 'Annexation of four oblasts', status: 'claimed' },
    { date: '2014-03-18', label: 'Crimea', status: 'claimed' },
    { date: '2022-09-30', label: 'UN vote', status: 'denied' },
    { date: '2022-09-30', label: 'UN vote', status: 'denied' },
    { date: '2025-05', label: 'Month-precision event', status: 'assessed' },
    { date: '2030-01-01', label: 'Out of range', status: 'claimed' },
    { date: 'nonsense', label: 'Bad', status: 'claimed' },
  ];
  const merged = mergeTicks(ticks, range);

  it('sorts, merges same-day ticks and drops out-of-range or invalid dates', () => {
    expect(merged.map((m) => m.date)).toEqual(['2014-03-18', '2022-09-30', '2025-05-01']);
    expect(merged[1]!.labels).toEqual(['Annexation of four oblasts', 'UN vote']);
    expect(merged[1]!.statuses).toEqual(['claimed', 'denied']);
  });
  it('draws a merged day with its highest-priority status', () => {
    expect(merged[1]!.status).toBe('claimed');
    const m = mergeTicks(
      [
        { date: '2020-01-01', label: 'a', status: 'assessed' },
        { date: '2020-01-01', label: 'b', status: 'disputed' },
      ],
      range,
    );
    expect(m[0]!.status).toBe('disputed');
  });
});

describe('prevTick / nextTick', () => {
  it('find strict neighbours', () => {
    expect(prevTick('2022-09-30', dates)).toBe('2014-03-27');
    expect(nextTick('2022-09-30', dates)).toBe('2022-10-12');
    expect(prevTick('2022-10-01', dates)).toBe('2022-09-30');
    expect(nextTick('2022-10-01', dates)).toBe('2022-10-12');
  });
  it('return null at the ends', () => {
    expect(prevTick('2014-03-18', dates)).toBeNull();
    expect(prevTick(range.min, dates)).toBeNull();
    expect(nextTick('2025-07-08', dates)).toBeNull();
    expect(nextTick(range.max, dates)).toBeNull();
    expect(nextTick(range.min, [])).toBeNull();
  });
});

describe('slowDayCount / fastStep', () => {
  it('counts overlapping windows once and clips them to the range', () => {
    expect(slowDayCount(['2020-01-01'], range, 20)).toBe(41);
    expect(slowDayCount(['2020-01-01', '2020-01-11'], range, 20)).toBe(51);
    expect(slowDayCount([range.min], range, 20)).toBe(21);
    expect(slowDayCount([range.max], range, 20)).toBe(21);
  });
  it('is at least one day', () => {
    expect(fastStep([], { min: '2020-01-01', max: '2020-01-05' })).toBe(1);
  });
});

/** Plays from min to max and returns every date shown. */
function play(ds: string[], reduced = false): string[] {
  const shown = [range.min];
  let d = range.min;
  while (d < range.max) {
    const n = nextPlayDate(d, ds, range, { reduced });
    expect(n > d).toBe(true);
    shown.push((d = n));
    expect(shown.length).toBeLessThan(10_000);
  }
  return shown;
}

describe('nextPlayDate', () => {
  it('steps one day near a tick, before and after it', () => {
    expect(nextPlayDate('2022-09-10', dates, range)).toBe('2022-09-11');
    expect(nextPlayDate('2022-09-30', dates, range)).toBe('2022-10-01');
    expect(nextPlayDate('2022-11-01', dates, range)).toBe('2022-11-02');
  });
  it('moves fast elsewhere but lands on the first slow day before a tick', () => {
    const step = fastStep(dates, range);
    expect(step).toBeGreaterThan(1);
    expect(nextPlayDate('2018-01-01', dates, range)).toBe(addDays('2018-01-01', step));
    const before = addDays('2022-09-30', -SLOW_RADIUS - 2);
    expect(nextPlayDate(before, dates, range)).toBe(addDays('2022-09-30', -SLOW_RADIUS));
  });
  it('never passes max and stays there', () => {
    expect(nextPlayDate(addDays(range.max, -1), [], range)).toBe(range.max);
    expect(nextPlayDate(range.max, dates, range)).toBe(range.max);
    expect(nextPlayDate('2030-01-01', dates, range)).toBe(range.max);
  });
  it('a full play shows every tick day and takes about 40 s', () => {
    const shown = play(dates);
    for (const t of dates) expect(shown).toContain(t);
    const ms = (shown.length - 1) * STEP_MS;
    expect(ms).toBeGreaterThan(TARGET_MS * 0.75);
    expect(ms).toBeLessThan(TARGET_MS * 1.25);
  });
  it('without ticks the range still plays in about 40 s', () => {
    const ms = (play([]).length - 1) * STEP_MS;
    expect(Math.abs(ms - TARGET_MS)).toBeLessThan(TARGET_MS * 0.1);
  });
  it('with reduced motion jumps tick to tick, then to max', () => {
    expect(play(dates, true)).toEqual([range.min, ...dates, range.max]);
    expect(nextPlayDate('2022-09-30', dates, range, { reduced: true })).toBe('2022-10-12');
    expect(REDUCED_STEP_MS).toBe(1500);
  });
  it('an explicit step is honoured', () => {
    expect(daysBetween('2018-01-01', nextPlayDate('2018-01-01', dates, range, { step: 30 }))).toBe(30);
  });
});

// The tick and play rules on the made-up fixture claims (tests/fixtures/claims).
const data = fixtureDataset();

describe('timeline rules (fixture claims)', () => {
  const dates = eventDates(data);
  it('ticks are the event dates, in order, once each', () => {
    expect(dates).toEqual(['2024-05-01', '2025-01-10', '2025-01-12', '2025-01-20', '2025-02-01', '2025-02-03', '2025-02-05', '2025-02-10']);
  });
  it('previous and next tick step over the event dates', () => {
    expect(nextTick('2025-01-10', dates)).toBe('2025-01-12');
    expect(prevTick('2025-01-12', dates)).toBe('2025-01-10');
    expect(nextTick('2025-02-10', dates)).toBeNull();
    expect(prevTick('2024-05-01', dates)).toBeNull();
  });
  it('play moves forward, never past the range end', () => {
    const range = { min: '2024-05-01', max: '2025-02-10' };
    const next = nextPlayDate('2025-01-11', dates, range);
    expect(next > '2025-01-11').toBe(true);
    expect(nextPlayDate('2025-02-10', dates, range)).toBe('2025-02-10');
  });
});
