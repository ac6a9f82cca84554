import type { z } from 'zod';
import { periodEnd, periodStart } from './dates.ts';
import { effectiveDate } from './events.ts';
export { effectiveDate };
import { isOblastId } from './oblasts.ts';
import {
  AreasFileSchema, ClaimsFileSchema, GainsFileSchema, SourcesFileSchema,
  type Claim, type Dataset, type Place,
} from './schema.ts';

export interface DataError {
  file: string;
  path: string;
  message: string;
}

export const DATA_FILES = {
  sources: 'data/sources.json',
  claims: 'data/claims.json',
  gains: 'data/gains.json',
  areas: 'data/reference-areas.json',
} as const;

export type RawFiles = Record<keyof typeof DATA_FILES, unknown>;

/** Answers whether a point lies in an oblast; injected so the domain stays free of file I/O. */
export type PointInOblast = (lon: number, lat: number, oblastId: string) => boolean;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

export function formatError(e: DataError): string {
  return `${e.file}: ${e.path}: ${e.message}`;
}


function parseFile<S extends z.ZodType>(schema: S, raw: unknown, file: string, errors: DataError[]): z.infer<S> | null {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const issue of r.error.issues) errors.push({ file, path: formatPath(issue.path), message: issue.message });
  return null;
}

export function validateDataset(raw: RawFiles, pointInOblast?: PointInOblast): { dataset: Dataset | null; errors: DataError[] } {
  const errors: DataError[] = [];
  const sourcesF = parseFile(SourcesFileSchema, raw.sources, DATA_FILES.sources, errors);
  const claimsF = parseFile(ClaimsFileSchema, raw.claims, DATA_FILES.claims, errors);
  const gainsF = parseFile(GainsFileSchema, raw.gains, DATA_FILES.gains, errors);
  const areasF = parseFile(AreasFileSchema, raw.areas, DATA_FILES.areas, errors);
  if (!sourcesF || !claimsF || !gainsF || !areasF) return { dataset: null, errors };

  const err = (file: string, path: PropertyKey[], message: string) => errors.push({ file, path: formatPath(path), message });
  const sourceIds = new Set<string>();
  sourcesF.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) err(DATA_FILES.sources, ['sources', i, 'id'], `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });
  const checkSource = (file: string, path: PropertyKey[], id: string) => {
    if (!sourceIds.has(id)) err(file, path, `unknown source id "${id}"`);
  };

  const claimIds = new Set<string>();
  claimsF.claims.forEach((c, i) => {
    const at = (...p: PropertyKey[]) => ['claims', i, ...p];
    if (claimIds.has(c.id)) err(DATA_FILES.claims, at('id'), `duplicate claim id "${c.id}"`);
    claimIds.add(c.id);
    c.subject.oblasts?.forEach((o, j) => {
      if (!isOblastId(o)) err(DATA_FILES.claims, at('subject', 'oblasts', j), `unknown oblast id "${o}"`);
    });
    checkPlaces(c, i, pointInOblast, err);
    let prev: string | null = null;
    c.events.forEach((e, j) => {
      checkSource(DATA_FILES.claims, at('events', j, 'source'), e.source);
      const eff = effectiveDate(e);
      if (e.effective_from && (e.effective_from < periodStart(e.date) || e.effective_from > periodEnd(e.date))) {
        err(DATA_FILES.claims, at('events', j, 'effective_from'), `"${e.effective_from}" is outside the period "${e.date}"`);
      }
      if (e.until && e.until < eff) err(DATA_FILES.claims, at('events', j, 'until'), `"${e.until}" is before the event takes effect (${eff})`);
      if (prev !== null && eff < prev) {
        err(DATA_FILES.claims, at('events', j, 'date'), `event out of date order: ${eff} comes after ${prev}`);
      }
      prev = eff;
    });
  });

  const months = new Set<string>();
  gainsF.months.forEach((m, i) => {
    checkSource(DATA_FILES.gains, ['months', i, 'source'], m.source);
    if (months.has(m.month)) err(DATA_FILES.gains, ['months', i, 'month'], `duplicate month "${m.month}"`);
    const last = gainsF.months[i - 1];
    if (last && m.month < last.month) err(DATA_FILES.gains, ['months', i, 'month'], `month out of order: ${m.month} after ${last.month}`);
    months.add(m.month);
  });

  areasF.areas.forEach((a, i) => checkSource(DATA_FILES.areas, ['areas', i, 'source'], a.source));
  for (const need of ['ukraine-total', 'russia-held']) {
    if (!areasF.areas.some((a) => a.id === need)) err(DATA_FILES.areas, ['areas'], `missing reference area "${need}"`);
  }

  if (errors.length) return { dataset: null, errors };
  return { dataset: { sources: sourcesF.sources, claims: claimsF.claims, gains: gainsF, areas: areasF.areas }, errors };
}

function checkPlaces(c: Claim, i: number, pointInOblast: PointInOblast | undefined, err: (f: string, p: PropertyKey[], m: string) => void) {
  const places: Array<[Place, PropertyKey[]]> = [];
  if (c.subject.point) places.push([c.subject.point, ['claims', i, 'subject', 'point']]);
  c.subject.points?.forEach((p, j) => places.push([p, ['claims', i, 'subject', 'points', j]]));
  if (!places.length) return;
  const oblasts = c.subject.oblasts ?? [];
  if (!oblasts.length) {
    err(DATA_FILES.claims, ['claims', i, 'subject', 'oblasts'], 'a claim about a place must name the oblast(s) the place lies in');
    return;
  }
  if (!pointInOblast) return;
  for (const [p, path] of places) {
    if (!oblasts.some((o) => isOblastId(o) && pointInOblast(p.lon, p.lat, o))) {
      err(DATA_FILES.claims, path, `${p.name_en} (${p.lon}, ${p.lat}) lies outside its oblast(s) ${oblasts.join(', ')}`);
    }
  }
}
