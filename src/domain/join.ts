import type { IsoDate } from './dates.ts';
import { OBLAST_IDS } from './oblasts.ts';
import type { Claim, ClaimEvent, Dataset, Finding, Status } from './schema.ts';
import { effectiveDate } from './events.ts';
import { shownStatus } from './status.ts';
import { KINDS, kindOf } from './kinds/registry.ts';
import type { Headline } from './kinds/types.ts';

export type { Headline } from './kinds/types.ts';

export interface ActiveClaim {
  claim: Claim;
  /** The latest event in effect on the date. */
  event: ClaimEvent;
  /** Status after reading the whole history so far (rule in ./status.ts: claimed, then disputed, then an assessment's finding). */
  status: Status;
  /** What the latest independent assessment found, when the status is `assessed`. */
  finding: Finding | null;
  /** Day from which the shown status (and finding) applies, e.g. the first denial for `disputed`. */
  statusSince: IsoDate;
  /** Day from which the current event applies. */
  since: IsoDate;
  /** Events in effect up to the date, oldest first. */
  history: ClaimEvent[];
}

export interface OblastStatus {
  id: string;
  annexation: ActiveClaim | null;
  control: ActiveClaim | null;
  points: ActiveClaim[];
  troops: ActiveClaim | null;
  zone: ActiveClaim | null;
  statements: ActiveClaim[];
  /** The strongest claim about the oblast, for one-word summaries and the map fill. */
  headline: Headline;
  /** The claim behind the headline, if any. */
  lead: ActiveClaim | null;
}

export interface JoinResult {
  date: IsoDate;
  oblasts: Record<string, OblastStatus>;
  /** Every claim with an event in effect on the date, in data order. */
  active: ActiveClaim[];
}

/** The state of one claim on a date, or null before its first event or after its last event's `until`. */
export function claimAt(claim: Claim, date: IsoDate): ActiveClaim | null {
  const history = claim.events.filter((e) => effectiveDate(e) <= date);
  const event = history[history.length - 1];
  if (!event) return null;
  if (event.until && date > event.until) return null;
  const shown = shownStatus(history)!;
  return { claim, event, status: shown.status, finding: shown.finding, statusSince: shown.since, since: effectiveDate(event), history };
}

function emptyStatus(id: string): OblastStatus {
  return { id, annexation: null, control: null, points: [], troops: null, zone: null, statements: [], headline: 'none', lead: null };
}

/** Every claim in effect on the oblast, strongest kind first (the registry's order), data order within a kind. */
export function claimsOn(s: OblastStatus): ActiveClaim[] {
  return KINDS.flatMap((k) => {
    const v = s[k.slot];
    return Array.isArray(v) ? v : v ? [v] : [];
  });
}

/** The strongest claim on the oblast and its headline. */
function headlineOf(s: OblastStatus): [Headline, ActiveClaim | null] {
  const lead = claimsOn(s)[0];
  return lead ? [kindOf(lead.claim.kind).headline(lead.claim), lead] : ['none', null];
}

/** Who made the assessment a claim shows (the speaker of its latest `assessed` event), or null. */
export function assessorOf(a: Pick<ActiveClaim, 'status' | 'history'>, lang: 'en' | 'uk' = 'en'): string | null {
  if (a.status !== 'assessed') return null;
  const e = a.history.findLast((x) => x.status === 'assessed');
  return (lang === 'uk' ? e?.speaker_uk : undefined) ?? e?.speaker ?? null;
}

/** What is claimed about each oblast and place on a date. Pure: same data and date, same answer. */
export function claimsAt(data: Pick<Dataset, 'claims'>, date: IsoDate): JoinResult {
  const oblasts: Record<string, OblastStatus> = {};
  for (const id of OBLAST_IDS) oblasts[id] = emptyStatus(id);
  const active: ActiveClaim[] = [];
  for (const claim of data.claims) {
    const a = claimAt(claim, date);
    if (!a) continue;
    active.push(a);
    for (const id of claim.subject.oblasts ?? []) {
      const s = oblasts[id];
      if (!s) continue;
      const slot = kindOf(claim.kind).slot;
      if (slot === 'points' || slot === 'statements') s[slot].push(a);
      else s[slot] = a;
    }
  }
  for (const s of Object.values(oblasts)) [s.headline, s.lead] = headlineOf(s);
  return { date, oblasts, active };
}

/** Every day on which some claim changes, sorted, for timeline ticks. */
export function eventDates(data: Pick<Dataset, 'claims'>): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const c of data.claims) for (const e of c.events) days.add(effectiveDate(e));
  return [...days].sort();
}
