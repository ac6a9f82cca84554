import type { z } from 'zod';
import { periodEnd, periodStart } from './dates.ts';
import { effectiveDate } from './events.ts';
export { effectiveDate };
import { OBLAST_LINE_TOLERANCE_KM } from './geo.ts';
import { isOblastId } from './oblasts.ts';
import {
  AreasFileSchema, ClaimsFileSchema, CorrectionsFileSchema, GainsFileSchema, SourcesFileSchema,
  type Claim, type Correction, type ClaimEvent, type Dataset, type Place, type Source,
} from './schema.ts';
import { statusSteps, type ShownStatus } from './status.ts';
import { kindOf } from './kinds/registry.ts';

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
  corrections: 'data/corrections.json',
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

export interface ValidateOptions {
  /**
   * Reading copies of sources, by file name (`reading_copy` in sources.json). `null` when the folder
   * holding them is absent: quotes are then not checked against them (the caller says so).
   */
  readingCopies?: Record<string, string> | null;
  /** The status rule to check the data against; the domain's rule unless a test injects another. */
  statusSteps?: (events: readonly ClaimEvent[]) => ShownStatus[];
}

/** Compare quotes ignoring only whitespace runs and typographic quotation marks. */
export function normaliseQuote(s: string): string {
  return s.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"').replace(/\s+/g, ' ').trim();
}

const INDEPENDENT = new Set(['assessed', 'confirmed']);

/**
 * The status rule, stated as checks on a derived sequence (one message per broken step):
 * once claimed and denied (or contested), the claim shows `disputed` until an independent event;
 * from an independent event on, it shows that event's status and finding.
 */
export function statusRuleErrors(events: readonly ClaimEvent[], steps: readonly ShownStatus[]): Array<{ index: number; message: string }> {
  const out: Array<{ index: number; message: string }> = [];
  let claimed = false;
  let denied = false;
  let contested = false;
  let independent: ClaimEvent | null = null;
  events.forEach((e, j) => {
    const step = steps[j];
    if (!step) return;
    if (INDEPENDENT.has(e.status)) independent = e;
    else {
      if (e.status === 'claimed') claimed = true;
      if (e.status === 'denied') denied = true;
      if (e.status === 'disputed' || (claimed && denied)) contested = true;
    }
    const ind = independent as ClaimEvent | null;
    if (ind) {
      const finding = ind.status === 'assessed' ? ind.finding ?? null : null;
      if (step.status !== ind.status || step.finding !== finding) {
        out.push({ index: j, message: `status rule: after the independent ${ind.status} event of ${effectiveDate(ind)} the claim must show "${ind.status}${finding ? `: ${finding}` : ''}", not "${step.status}${step.finding ? `: ${step.finding}` : ''}"` });
      }
    } else if (contested && step.status !== 'disputed') {
      out.push({ index: j, message: `status rule: claimed and denied (or contested) by ${effectiveDate(e)}, so the claim must show "disputed" until an independent assessment, not "${step.status}"` });
    } else if (!contested && step.status !== e.status) {
      out.push({ index: j, message: `status rule: shows "${step.status}" where its only source says "${e.status}"` });
    }
  });
  return out;
}

export function validateDataset(raw: RawFiles, pointInOblast?: PointInOblast, opts: ValidateOptions = {}): { dataset: Dataset | null; errors: DataError[] } {
  const errors: DataError[] = [];
  const sourcesF = parseFile(SourcesFileSchema, raw.sources, DATA_FILES.sources, errors);
  const claimsF = parseFile(ClaimsFileSchema, raw.claims, DATA_FILES.claims, errors);
  const gainsF = parseFile(GainsFileSchema, raw.gains, DATA_FILES.gains, errors);
  const areasF = parseFile(AreasFileSchema, raw.areas, DATA_FILES.areas, errors);
  const correctionsF = parseFile(CorrectionsFileSchema, raw.corrections, DATA_FILES.corrections, errors);
  if (!sourcesF || !claimsF || !gainsF || !areasF || !correctionsF) return { dataset: null, errors };

  const err = (file: string, path: PropertyKey[], message: string) => errors.push({ file, path: formatPath(path), message });
  const sourceIds = new Set<string>();
  sourcesF.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) err(DATA_FILES.sources, ['sources', i, 'id'], `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });
  const checkSource = (file: string, path: PropertyKey[], id: string) => {
    if (!sourceIds.has(id)) err(file, path, `unknown source id "${id}"`);
  };
  const sourceById = new Map(sourcesF.sources.map((s) => [s.id, s]));
  /** A figure must cite the publisher that made it, not a rewrite. */
  const checkPrimary = (file: string, path: PropertyKey[], id: string) => {
    const s = sourceById.get(id);
    if (s && s.role !== 'primary') err(file, path, `cites "${id}" (${s.publisher}), a secondary source; a figure needs a primary source`);
  };
  sourcesF.sources.forEach((s, i) => {
    const at = (...p: PropertyKey[]) => ['sources', i, ...p];
    if (s.rewrite_of !== undefined) {
      if (!sourceIds.has(s.rewrite_of)) err(DATA_FILES.sources, at('rewrite_of'), `unknown source id "${s.rewrite_of}"`);
      else if (s.rewrite_of === s.id) err(DATA_FILES.sources, at('rewrite_of'), 'a source cannot rewrite itself');
      if (s.role !== 'secondary') err(DATA_FILES.sources, at('role'), `"${s.id}" rewrites "${s.rewrite_of}", so its role is "secondary", not "${s.role}"`);
    } else if (s.role === 'primary' && RELAYS.test(s.publisher)) {
      err(DATA_FILES.sources, at('role'), `"${s.id}" (${s.publisher}) says it relays another publisher, so its role is "secondary" (name the original in rewrite_of), not "primary"`);
    }
  });
  /**
   * An event whose source speaks for someone else in a primary role: an independent assessment (it
   * sets the claim's status) or a verbatim quote credited to a speaker. Such an event must cite the
   * publisher that made or first reported it, not a rewrite. A publication speaking for itself
   * ("The Telegraph (reporting)") is first-hand for its own words.
   */
  const checkEventRole = (path: PropertyKey[], e: ClaimEvent) => {
    const s = sourceById.get(e.source);
    if (!s || s.role === 'primary') return;
    if (e.speaker && e.speaker.startsWith(publisherName(s))) return;
    const who = e.speaker ?? 'an unnamed speaker';
    const role = INDEPENDENT.has(e.status)
      ? `an ${e.status} event (${who})`
      : (e.quote_kind ?? 'verbatim') === 'verbatim' ? `a verbatim quote credited to ${who}` : null;
    if (role) err(DATA_FILES.claims, path, `cites "${s.id}" (${s.publisher}), a secondary source, for ${role}; cite the publisher that made or first reported it${s.rewrite_of ? ` ("${s.rewrite_of}")` : ''}`);
  };
  const copies = opts.readingCopies;
  /** A quote credited to a source with a reading copy must occur in it verbatim. */
  const checkQuote = (file: string, path: PropertyKey[], sourceId: string, quote: string) => {
    const s: Source | undefined = sourceById.get(sourceId);
    if (!s?.reading_copy || !copies) return;
    const text = copies[s.reading_copy];
    if (text === undefined) {
      err(file, path, `reading copy "${s.reading_copy}" of source "${sourceId}" not found`);
      return;
    }
    if (!normaliseQuote(text).includes(normaliseQuote(quote))) {
      err(file, path, `quote credited to "${sourceId}" does not occur verbatim in its reading copy ${s.reading_copy}: "${quote.slice(0, 80)}"`);
    }
  };
  const derive = opts.statusSteps ?? statusSteps;

  const claimIds = new Set<string>();
  const eventIds = new Set<string>();
  /** The Ukrainian page shows the Ukrainian text beside each English field; an English field without it would show in English there. */
  const needUk = (path: PropertyKey[], en: string | undefined, uk: string | undefined, field: string) => {
    if (en !== undefined && en.trim() !== '' && uk === undefined) err(DATA_FILES.claims, path, `${field} has no Ukrainian text (${field}_uk): the Ukrainian page would show it in English`);
  };
  claimsF.claims.forEach((c, i) => {
    const at = (...p: PropertyKey[]) => ['claims', i, ...p];
    if (claimIds.has(c.id)) err(DATA_FILES.claims, at('id'), `duplicate claim id "${c.id}"`);
    claimIds.add(c.id);
    needUk(at('claimant_uk'), c.claimant, c.claimant_uk, 'claimant');
    for (const [p, path] of placesWithPaths(c, i)) {
      needUk([...path, 'admin_uk'], p.admin, p.admin_uk, 'admin');
      needUk([...path, 'coords_source_uk'], p.coords_source, p.coords_source_uk, 'coords_source');
    }
    c.subject.oblasts?.forEach((o, j) => {
      if (!isOblastId(o)) err(DATA_FILES.claims, at('subject', 'oblasts', j), `unknown oblast id "${o}"`);
    });
    checkPlaces(c, i, pointInOblast, err);
    for (const need of kindOf(c.kind).subjectNeeds) {
      const has = need === 'point' ? !!(c.subject.point || c.subject.points) : !!c.subject[need];
      if (!has) err(DATA_FILES.claims, at('subject', need), `a "${c.kind}" claim must name its ${need === 'point' ? 'point (or points)' : need} (src/domain/kinds/${c.kind}.ts)`);
    }
    let prev: string | null = null;
    c.events.forEach((e, j) => {
      checkSource(DATA_FILES.claims, at('events', j, 'source'), e.source);
      checkQuote(DATA_FILES.claims, at('events', j, 'quote'), e.source, e.quote);
      checkEventRole(at('events', j, 'source'), e);
      if (e.id !== undefined) {
        if (eventIds.has(e.id)) err(DATA_FILES.claims, at('events', j, 'id'), `duplicate event id "${e.id}"`);
        eventIds.add(e.id);
      }
      needUk(at('events', j, 'speaker_uk'), e.speaker, e.speaker_uk, 'speaker');
      needUk(at('events', j, 'note_uk'), e.note, e.note_uk, 'note');
      if (e.finding && e.status !== 'assessed') err(DATA_FILES.claims, at('events', j, 'finding'), `a finding belongs to an "assessed" event, not "${e.status}"`);
      if (e.status === 'assessed' && !e.speaker) err(DATA_FILES.claims, at('events', j, 'speaker'), 'an assessment must name its assessor');
      if (e.status === 'assessed' && !e.finding && (c.kind === 'area-control' || c.kind === 'point-control')) {
        err(DATA_FILES.claims, at('events', j, 'finding'), 'an assessment of control must record what it found (held, contested or not-held)');
      }
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
    for (const { index, message } of statusRuleErrors(c.events, derive(c.events))) err(DATA_FILES.claims, at('events', index, 'status'), message);
  });

  const months = new Set<string>();
  gainsF.months.forEach((m, i) => {
    checkSource(DATA_FILES.gains, ['months', i, 'source'], m.source);
    checkPrimary(DATA_FILES.gains, ['months', i, 'source'], m.source);
    if (months.has(m.month)) err(DATA_FILES.gains, ['months', i, 'month'], `duplicate month "${m.month}"`);
    const last = gainsF.months[i - 1];
    if (last && m.month < last.month) err(DATA_FILES.gains, ['months', i, 'month'], `month out of order: ${m.month} after ${last.month}`);
    months.add(m.month);
  });

  if (gainsF.quote_source) {
    checkSource(DATA_FILES.gains, ['quote_source'], gainsF.quote_source);
    if (gainsF.quote) checkQuote(DATA_FILES.gains, ['quote'], gainsF.quote_source, gainsF.quote);
  }
  areasF.areas.forEach((a, i) => {
    checkSource(DATA_FILES.areas, ['areas', i, 'source'], a.source);
    checkPrimary(DATA_FILES.areas, ['areas', i, 'source'], a.source);
    if (a.until !== undefined && a.until < periodEnd(a.date)) err(DATA_FILES.areas, ['areas', i, 'until'], `"${a.until}" is before the date "${a.date}" it ends a range from`);
  });
  for (const need of ['ukraine-total', 'russia-held']) {
    if (!areasF.areas.some((a) => a.id === need)) err(DATA_FILES.areas, ['areas'], `missing reference area "${need}"`);
  }

  checkCorrections(correctionsF.corrections, claimsF.claims, sourceIds, err);
  if (errors.length) return { dataset: null, errors };
  const corrections = [...correctionsF.corrections].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { dataset: { sources: sourcesF.sources, claims: claimsF.claims, gains: gainsF, areas: areasF.areas, corrections }, errors };
}

/** Publisher text that says the source relays another: "LB.ua (citing Interfax-Ukraine)", "Daily Times (rewrite of a Reuters report)". */
const RELAYS = /\((?:citing|rewrite of|translation of)\b/i;

/** "AFP (via BSS)" → "AFP": the publisher's own name, without what carried it. */
function publisherName(s: Source): string {
  return s.publisher.replace(/\s*\(.*$/, '');
}

function placesWithPaths(c: Claim, i: number): Array<[Place, PropertyKey[]]> {
  const places: Array<[Place, PropertyKey[]]> = [];
  if (c.subject.point) places.push([c.subject.point, ['claims', i, 'subject', 'point']]);
  c.subject.points?.forEach((p, j) => places.push([p, ['claims', i, 'subject', 'points', j]]));
  return places;
}

function checkPlaces(c: Claim, i: number, pointInOblast: PointInOblast | undefined, err: (f: string, p: PropertyKey[], m: string) => void) {
  const places = placesWithPaths(c, i);
  if (!places.length) return;
  const oblasts = c.subject.oblasts ?? [];
  if (!oblasts.length) {
    err(DATA_FILES.claims, ['claims', i, 'subject', 'oblasts'], 'a claim about a place must name the oblast(s) the place lies in');
    return;
  }
  if (!pointInOblast) return;
  for (const [p, path] of places) {
    if (!oblasts.some((o) => isOblastId(o) && pointInOblast(p.lon, p.lat, o))) {
      err(DATA_FILES.claims, path, `${p.name_en} (${p.lon}, ${p.lat}) lies outside its oblast(s) ${oblasts.join(', ')} by more than the ${OBLAST_LINE_TOLERANCE_KM} km boundary tolerance`);
    }
  }
}

/** How a correction names one of a claim's events: its `id`, or "<event date>/<event source id>" for an event without one. */
export function eventKey(e: Pick<ClaimEvent, 'date' | 'source' | 'id'>): string {
  return e.id ?? `${e.date}/${e.source}`;
}

/** Every id a correction names must exist: its claim, the event within that claim, the source. */
function checkCorrections(list: readonly Correction[], claims: readonly Claim[], sourceIds: ReadonlySet<string>, err: (file: string, path: PropertyKey[], message: string) => void) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  list.forEach((k, i) => {
    const at = (p: string) => ['corrections', i, p];
    const claim = byId.get(k.claim_id);
    if (!claim) err(DATA_FILES.corrections, at('claim_id'), `unknown claim id "${k.claim_id}"`);
    else if (k.event_id !== undefined && !claim.events.some((e) => eventKey(e) === k.event_id)) {
      err(DATA_FILES.corrections, at('event_id'), `claim "${k.claim_id}" has no event "${k.event_id}" (its events: ${claim.events.map(eventKey).join(', ')})`);
    }
    if (k.source_id !== undefined && !sourceIds.has(k.source_id)) err(DATA_FILES.corrections, at('source_id'), `unknown source id "${k.source_id}"`);
  });
}
