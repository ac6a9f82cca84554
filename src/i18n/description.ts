// The map's text alternative: one short paragraph in the reader's language saying what the map shows
// on a date, from the same data as the claim ledger (the join for what is in effect, the ledger's
// cells for how each control claim compares with the observed source's map). It is the map region's accessible
// description, the static picture's caption and alt text, and what the embed dialog copies.
import { claimDate, type LedgerRow } from '../domain/ledger';
import type { JoinResult } from '../domain/join';
import { formatDate, formatKm2, formatPercent, type Lang } from './format';
import { localName } from './names';
import { plural } from './plural';
import { statusLabel } from './status-label';
import { fillTemplate } from './template';
import { DESCRIPTION_STRINGS } from './description.i18n';

export interface DescriptionInput {
  join: JoinResult;
  lang: Lang;
  /** The ledger on the join's date (claimLedger); null while the observed record has not loaded or the build has none. */
  ledger: readonly LedgerRow[] | null;
  /** Oblast id → name in the reader's language. */
  oblastName: (id: string) => string;
  /** The build ships the record but it has not arrived yet. */
  pending?: boolean;
  /** The observed source, from its manifest: its name and who assesses (e.g. "<name>, a Ukrainian OSINT project"). */
  source: { name: string; assessor: string };
}

/** The table for the reader's language with the source's name and assessor put in. */
function stringsFor(i: DescriptionInput): (typeof DESCRIPTION_STRINGS)[Lang] {
  const put = (v: string) => v.replaceAll('{source}', i.source.name).replaceAll('{assessor}', i.source.assessor);
  const t = DESCRIPTION_STRINGS[i.lang];
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'string' ? put(v) : v])) as typeof t;
}

/** Sentences about one ledger row on the date: a comparison with the map, or nothing. */
function rowSentence(r: LedgerRow, i: DescriptionInput): string | null {
  const t = stringsFor(i);
  const c = r.claim;
  if (c.kind === 'annexation' || !r.measurable || !r.at) return null;
  if (r.subject.kind === 'oblast') {
    const subject = i.oblastName(r.subject.id);
    if (r.at.verdict === 'matches') return fillTemplate(t.match, { subject });
    const n = r.at.notOccupiedAreas ?? 0;
    const areas = fillTemplate(plural(t.areas, n, i.lang), { n: String(n) });
    return fillTemplate(t.noMatch, { subject, km2: formatKm2(r.at.notOccupiedKm2 ?? 0, i.lang), areas });
  }
  if (r.subject.kind === 'point') {
    const subject = localName(r.subject.place, i.lang);
    // An estimated position is not compared: the circle drawn round it is a guess, not a place.
    if (r.subject.place.coords_kind === 'estimate') return fillTemplate(t.estimated, { subject });
    return fillTemplate(r.at.verdict === 'inside' ? t.match : t.pointNoMatch, { subject });
  }
  if (r.subject.kind === 'zone') {
    return fillTemplate(t.zone, { subject: i.oblastName(r.subject.id), share: formatPercent(r.at.share ?? 0, i.lang, 0) });
  }
  return null;
}

/** One paragraph: the date, each claim in effect with how it compares with the source's map, and the credit. */
export function describeMap(i: DescriptionInput): string {
  const t = stringsFor(i);
  // "30 June 2025." / "30 червня 2025 р." (the Ukrainian date already ends with a full stop)
  const day = formatDate(i.join.date, 'day', i.lang);
  const out: string[] = [day.endsWith('.') ? day : `${day}.`];
  if (!i.join.active.length) out.push(t.none);
  for (const a of i.join.active) {
    const title = a.claim.title[i.lang];
    if (a.claim.kind === 'annexation') {
      out.push(fillTemplate(t.annexation, { title, year: claimDate(a.claim).slice(0, 4) }));
      continue;
    }
    out.push(fillTemplate(t.claim, { title, status: statusLabel(a.status, a.finding, i.lang) }));
    for (const r of i.ledger ?? []) {
      if (r.claim.id !== a.claim.id) continue;
      const s = rowSentence(r, i);
      if (s) out.push(s);
    }
  }
  const snapshot = i.ledger?.find((r) => r.at)?.at?.snapshot;
  if (snapshot) out.push(fillTemplate(t.observed, { snapshot: formatDate(snapshot, 'day', i.lang) }));
  else if (i.pending) out.push(t.pending);
  return out.join(' ');
}
