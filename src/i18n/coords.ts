// Coordinates written only as precisely as their uncertainty: an estimate good to ±4 km is
// "48.08° N", never "48.0800". The last digit shown steps by at least a quarter of the uncertainty.
import { formatNumber, type Lang } from './format';

const KM_PER_DEGREE = 111.32;
const MAX_DIGITS = 5;

/** Decimal places for a coordinate known to ±`uncertaintyKm`: the most whose step is still ≥ uncertainty / 4. */
export function coordDigits(uncertaintyKm: number): number {
  if (!(uncertaintyKm > 0)) return MAX_DIGITS;
  const d = Math.floor(Math.log10((4 * KM_PER_DEGREE) / uncertaintyKm));
  return Math.max(0, Math.min(MAX_DIGITS, d));
}

const HEMI: Record<Lang, { n: string; s: string; e: string; w: string; km: string }> = {
  en: { n: 'N', s: 'S', e: 'E', w: 'W', km: 'km' },
  uk: { n: 'пн. ш.', s: 'пд. ш.', e: 'сх. д.', w: 'зх. д.', km: 'км' },
};

/** "48.08° N, 36.68° E, ±4 km" / "48,08° пн. ш., 36,68° сх. д., ±4 км". */
export function formatCoords(p: { lat: number; lon: number; uncertainty_km: number }, lang: Lang): string {
  const d = coordDigits(p.uncertainty_km);
  const h = HEMI[lang];
  const lat = `${formatNumber(Math.abs(p.lat), lang, d)}° ${p.lat < 0 ? h.s : h.n}`;
  const lon = `${formatNumber(Math.abs(p.lon), lang, d)}° ${p.lon < 0 ? h.w : h.e}`;
  const u = formatNumber(p.uncertainty_km, lang, p.uncertainty_km < 10 && !Number.isInteger(p.uncertainty_km) ? 1 : 0);
  return `${lat}, ${lon}, ±${u} ${h.km}`;
}
