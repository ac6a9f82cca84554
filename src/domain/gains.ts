import type { Dataset, MonthlyGain, ReferenceArea } from './schema.ts';

export interface ProjectionBasis {
  total: ReferenceArea;
  occupied: ReferenceArea;
  /** km² of Ukraine not occupied on the basis date. */
  remaining: number;
}

export function projectionBasis(areas: readonly ReferenceArea[]): ProjectionBasis {
  const total = areas.find((a) => a.id === 'ukraine-total');
  const occupied = areas.find((a) => a.id === 'russia-held');
  if (!total || !occupied) throw new Error('reference areas need "ukraine-total" and "russia-held"');
  return { total, occupied, remaining: total.km2 - occupied.km2 };
}

/**
 * Years to take the remaining area at a constant monthly net gain. Infinity ("never at this rate")
 * when the gain is zero, negative or not a number; 0 when nothing remains. Never negative or NaN.
 */
export function yearsToTakeRest(remainingKm2: number, monthlyKm2: number): number {
  if (!Number.isFinite(remainingKm2)) throw new Error(`remaining area must be a finite number of km², got ${remainingKm2}`);
  if (remainingKm2 <= 0) return 0;
  if (!(monthlyKm2 > 0) || !Number.isFinite(monthlyKm2)) return Infinity;
  return remainingKm2 / monthlyKm2 / 12;
}

export interface MonthProjection {
  gain: MonthlyGain;
  years: number;
  basis: ProjectionBasis;
}

/** The projection for `month` ("YYYY-MM"), or null when no gain is recorded for it. */
export function projectionFor(data: Pick<Dataset, 'gains' | 'areas'>, month: string): MonthProjection | null {
  const gain = data.gains.months.find((m) => m.month === month);
  if (!gain) return null;
  const basis = projectionBasis(data.areas);
  return { gain, years: yearsToTakeRest(basis.remaining, gain.km2), basis };
}
