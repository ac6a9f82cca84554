import { z } from 'zod';
import { precisionOf } from './dates.ts';

export const STATUSES = ['claimed', 'disputed', 'denied', 'confirmed', 'assessed'] as const;
export const CLAIM_KINDS = ['area-control', 'point-control', 'annexation', 'buffer-zone', 'troop-concentration', 'statement'] as const;
export const SOURCE_KINDS = ['news-report', 'official-statement', 'analysis', 'reference'] as const;
export const PRECISIONS = ['day', 'month', 'year'] as const;
/** What an independent assessment found about the claimed control: held by Russia, contested (grey zone), not held. */
export const FINDINGS = ['held', 'contested', 'not-held'] as const;
/** A quote is the speaker's own words, or a publication's reported speech (shown without quotation marks). */
export const QUOTE_KINDS = ['verbatim', 'paraphrase'] as const;
/** `primary`: the publisher that made or first reported the statement or figure; `secondary`: a rewrite, copy or later report of it. */
export const SOURCE_ROLES = ['primary', 'secondary'] as const;
/** Where a point's coordinates come from: a gazetteer entry, or an estimate (say from what in coords_source). */
export const COORDS_KINDS = ['gazetteer', 'estimate'] as const;

const dateString = z.string().refine((s) => precisionOf(s) !== null, { message: 'not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)' });
const dayString = z.string().refine((s) => precisionOf(s) === 'day', { message: 'not a valid day (YYYY-MM-DD)' });
const nonEmpty = z.string().trim().min(1);

const dated = { date: dateString, precision: z.enum(PRECISIONS) };

/** A date and its precision must agree ("2025-05" is month precision). */
function precisionMatches(v: { date: string; precision: string }, ctx: z.RefinementCtx) {
  const p = precisionOf(v.date);
  if (p && p !== v.precision) {
    ctx.addIssue({ code: 'custom', path: ['precision'], message: `"${v.precision}" does not match date "${v.date}" (written at ${p} precision)` });
  }
}

export const SourceSchema = z.strictObject({
  ...dated,
  id: nonEmpty,
  publisher: nonEmpty,
  title: nonEmpty,
  url: z.url({ protocol: /^https?$/ }).nullable(),
  kind: z.enum(SOURCE_KINDS),
  role: z.enum(SOURCE_ROLES),
  /** Id of the source this one rewrites, copies or translates (it is then secondary). */
  rewrite_of: nonEmpty.optional(),
  /** File name of the project's reading copy of this source under ../shared/seed/ (quotes are checked against it). */
  reading_copy: z.string().regex(/^[\w.-]+$/).optional(),
  language: z.string().regex(/^[a-z]{2}$/),
  note: z.string().optional(),
}).superRefine(precisionMatches);

export const PlaceSchema = z.strictObject({
  name_en: nonEmpty,
  name_uk: nonEmpty,
  admin: nonEmpty,
  admin_uk: nonEmpty.optional(),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  uncertainty_km: z.number().positive(),
  coords_kind: z.enum(COORDS_KINDS),
  coords_source: nonEmpty,
  coords_source_uk: nonEmpty.optional(),
});

/** An event's id, for the corrections log to point at (unique across the claims file). */
const slug = z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens only');

export const EventSchema = z.strictObject({
  ...dated,
  id: slug.optional(),
  effective_from: dayString.optional(),
  until: dayString.optional(),
  status: z.enum(STATUSES),
  source: nonEmpty,
  speaker: z.string().optional(),
  /** The speaker, note, claimant, place admin and coords source in Ukrainian, shown on the Ukrainian page (check:data requires them where the English is given). */
  speaker_uk: nonEmpty.optional(),
  quote: nonEmpty,
  quote_kind: z.enum(QUOTE_KINDS).optional(),
  quote_lang: z.string().regex(/^[a-z]{2}$/),
  finding: z.enum(FINDINGS).optional(),
  note: z.string().optional(),
  note_uk: nonEmpty.optional(),
}).superRefine(precisionMatches);

export const ClaimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens only'),
  kind: z.enum(CLAIM_KINDS),
  title: z.strictObject({ en: nonEmpty, uk: nonEmpty }),
  subject: z
    .strictObject({
      oblasts: z.array(z.string()).min(1).optional(),
      point: PlaceSchema.optional(),
      points: z.array(PlaceSchema).min(1).optional(),
      zone: nonEmpty.optional(),
      country: z.literal('UA').optional(),
    })
    .refine((s) => s.oblasts || s.point || s.points || s.zone || s.country, { message: 'subject names nothing' }),
  claimant: nonEmpty,
  claimant_uk: nonEmpty.optional(),
  share: z.number().min(0).max(1).optional(),
  events: z.array(EventSchema).min(1),
});

export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema) });
export const ClaimsFileSchema = z.strictObject({ claims: z.array(ClaimSchema) });
export const GainsFileSchema = z.strictObject({
  basis: nonEmpty,
  quote: z.string().optional(),
  /** Source id the quote is credited to (checked against its reading copy when it has one). */
  quote_source: nonEmpty.optional(),
  months: z.array(
    z.strictObject({
      month: z.string().refine((s) => precisionOf(s) === 'month', { message: 'not a month (YYYY-MM)' }),
      km2: z.number().nonnegative(),
      source: nonEmpty,
      counted_by: nonEmpty,
    }),
  ),
});
export const AreasFileSchema = z.strictObject({
  areas: z.array(
    z.strictObject({
      ...dated,
      id: nonEmpty,
      /** Last day of a date range ("about 28–30 June"): the figure is dated between `date` and `until`. */
      until: dayString.optional(),
      km2: z.number().positive(),
      source: nonEmpty,
      basis: nonEmpty,
    }).superRefine(precisionMatches),
  ),
});

/** A text in each page language. */
const localized = z.strictObject({ en: nonEmpty, uk: nonEmpty });

/**
 * One change to a published claim or source: the day it was made, what changed and why. `event_id`
 * names one of the claim's events by its `id` (or "<event date>/<event source id>" for an event without one).
 */
export const CorrectionSchema = z.strictObject({
  date: dayString,
  claim_id: nonEmpty,
  event_id: nonEmpty.optional(),
  source_id: nonEmpty.optional(),
  what: localized,
  why: localized,
});
export const CorrectionsFileSchema = z.strictObject({ corrections: z.array(CorrectionSchema) });

export type Source = z.infer<typeof SourceSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type ClaimEvent = z.infer<typeof EventSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Status = (typeof STATUSES)[number];
export type Finding = (typeof FINDINGS)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type GainsFile = z.infer<typeof GainsFileSchema>;
export type MonthlyGain = GainsFile['months'][number];
export type ReferenceArea = z.infer<typeof AreasFileSchema>['areas'][number];

export interface Dataset {
  sources: Source[];
  claims: Claim[];
  gains: GainsFile;
  areas: ReferenceArea[];
  /** The corrections log, oldest first. */
  corrections: Correction[];
}
