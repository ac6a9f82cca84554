// Strings for the claim ledger, the ground not shown as occupied and the record's loading/error
// states: one table per language. {slots} are filled with formatted values (fillTemplate); {source}
// is the observed record's name and {assessor} who assesses it, both from the source's manifest
// (evidence/strings.ts sourced). Verdict
// labels are keyed by the ledger's own verdict ids (domain/kinds/types.ts VERDICTS), so the panel,
// chips and exports agree. The words are what a map of the occupied area can support: ground outside
// it is "not shown as occupied" (it includes the grey zone), and nothing says who holds it; a control
// claim "matches" or "does not match" the map; a legal claim and an estimated position get a measure
// and no verdict (src/i18n/wording.test.ts keeps it so).
import type { Lang } from '../i18n/format';
import { plural, type PluralForms } from '../i18n/plural';
import type { Verdict } from '../domain/ledger';
import { observedSource } from '../evidence/registry';
import { sourcedText } from '../evidence/strings';
import type { SourceManifest } from '../evidence/types';

export interface LedgerStrings {
  /** Counted words after the number, in the nominative: "2 areas" / "2 ділянки", "5 ділянок". */
  areas: PluralForms;
  /** The same after "in": "in 2 areas" / "у 2 ділянках", "у 21 ділянці" (Ukrainian locative). */
  areasIn: PluralForms;
  days: PluralForms;
  /** Who the record's assessment is by. */
  assessor: string;
  title: string;
  caption: string;
  colClaim: string;
  colOn: string;
  colRecord: string;
  verdict: Record<Verdict, string>;
  noSnapshot: string;
  areaMatch: string;
  areaNot: string;
  legal: string;
  legalNote: string;
  point: string;
  estimate: string;
  zone: string;
  notMeasurable: string;
  recordMatch: string;
  recordNot: string;
  recordBefore: string;
  recordBeforeMatch: string;
  notOccupiedTitle: string;
  notOccupiedLine: string;
  notOccupiedNone: string;
  mismatch: string;
  notOccupiedNote: string;
  loading: string;
  error: string;
  retry: string;
  mapLoading: string;
  mapError: string;
}

const en: LedgerStrings = {
  areas: { one: 'area', other: 'areas' },
  areasIn: { one: 'area', other: 'areas' },
  days: { one: 'day', other: 'days' },
  assessor: '{source}, Ukrainian OSINT',
  title: 'Claims against the observed record',
  caption: 'Each claim set against the map of the area {source} shows as occupied (assessed by {assessor}) on {date}, and over the whole record to {last}.',
  colClaim: 'Claim — subject',
  colOn: 'On this snapshot',
  colRecord: 'Over the record',
  verdict: {
    matches: 'matches {source}’s map',
    does_not_match: 'does not match {source}’s map',
    inside: 'inside the occupied area',
    partly: 'partly in the occupied area',
    outside: 'outside the occupied area',
    no_verdict: 'no verdict',
    not_measurable: 'not measurable on a map',
  },
  noSnapshot: 'No {source} snapshot on or before this date (the first is of {date}).',
  areaMatch: 'Matches {source}’s map: no part of the oblast {width} or more across lies outside the occupied area ({source}, {date}).',
  areaNot: 'Does not match: {km2} in {count} not shown as occupied ({source}, {date}).',
  legal: '{source} shows {share} of the oblast as occupied; {km2} not shown as occupied ({date}).',
  legalNote: 'Annexation not recognised: UN General Assembly resolution 68/262 (2014) / ES-11/4 (2022). This map shows control, not sovereignty.',
  point: '{share} of the {radius} uncertainty circle lies in the area {source} shows as occupied; the place is {km} from its edge.',
  estimate: 'Position uncertain (±{radius}): {share} of the search circle lies in the area {source} shows as occupied.',
  zone: '{change} occupied in the band since {date}; {base} were occupied then ({share} of the band now).',
  notMeasurable: 'Not measurable on a map: a statement or troop report has no footprint to compare with the map.',
  recordMatch: 'Matches from {date}, {days} after the claim.',
  recordNot: 'No match by {date} ({days} after the claim).',
  recordBefore: 'Claimed {year}; the record starts {date}.',
  recordBeforeMatch: 'Claimed {year}; the record starts {date}; matches from {match}.',
  notOccupiedTitle: 'Ground not shown as occupied in claimed oblasts ({source}, {date})',
  notOccupiedLine: '{oblast}: {count}, {km2} in all; largest at {pos}',
  notOccupiedNone: '{oblast}: none',
  mismatch: '{km2} boundary mismatch',
  notOccupiedNote:
    'A part of an oblast outside the occupied area counts only if a disk of {radius} radius fits inside it; thinner slivers are where Natural Earth’s boundary or coast and {source}’s line differ, summed as boundary mismatch. {source}’s files hold its occupied layer only: ground not shown as occupied includes its grey zone.',
  loading: 'Loading the observed record ({source})…',
  error: 'The observed record could not be loaded: {message}',
  retry: 'Retry',
  mapLoading: 'Loading observed record…',
  mapError: 'Observed record unavailable',
};

const uk: LedgerStrings = {
  areas: { one: 'ділянка', few: 'ділянки', many: 'ділянок', other: 'ділянки' },
  areasIn: { one: 'ділянці', few: 'ділянках', many: 'ділянках', other: 'ділянках' },
  days: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
  assessor: '{source}, українська OSINT-група',
  title: 'Заяви проти даних спостереження',
  caption: 'Кожна заява порівняна з мапою території, яку {source} показує як окуповану (оцінка: {assessor}), на {date} і з усім рядом знімків до {last}.',
  colClaim: 'Заява — предмет',
  colOn: 'На цьому знімку',
  colRecord: 'За весь ряд',
  verdict: {
    matches: 'збігається з мапою {source}',
    does_not_match: 'не збігається з мапою {source}',
    inside: 'у межах окупованої території',
    partly: 'частково в межах окупованої території',
    outside: 'поза окупованою територією',
    no_verdict: 'без вердикту',
    not_measurable: 'не вимірюється на мапі',
  },
  noSnapshot: 'Немає знімка {source} на цю дату або раніше (перший — від {date}).',
  areaMatch: 'Збігається з мапою {source}: жодна частина області завширшки {width} чи більше не лежить поза окупованою територією ({source}, {date}).',
  areaNot: 'Не збігається: {km2} у {count} поза територією, яку {source} показує як окуповану ({source}, {date}).',
  legal: '{source} показує {share} області як окуповану; {km2} поза окупованою територією ({date}).',
  legalNote: 'Анексію не визнано: резолюції Генеральної Асамблеї ООН 68/262 (2014) та ES-11/4 (2022). Ця мапа показує контроль, а не суверенітет.',
  point: '{share} кола невизначеності радіусом {radius} лежить на території, яку {source} показує як окуповану; до її краю {km}.',
  estimate: 'Положення неточне (±{radius}): {share} кола пошуку лежить на території, яку {source} показує як окуповану.',
  zone: '{change} окупованої площі в смузі від {date}; тоді було окуповано {base} (зараз {share} смуги).',
  notMeasurable: 'Не вимірюється на мапі: заява чи повідомлення про війська не має сліду на мапі для порівняння.',
  recordMatch: 'Збігається від {date}, через {days} після заяви.',
  recordNot: 'Не збігається станом на {date} ({days} після заяви).',
  recordBefore: 'Заявлено {year}; ряд знімків починається {date}.',
  recordBeforeMatch: 'Заявлено {year}; ряд знімків починається {date}; збігається від {match}.',
  notOccupiedTitle: 'Територія, не позначена як окупована, у заявлених областях ({source}, {date})',
  notOccupiedLine: '{oblast}: {count}, разом {km2}; найбільша — {pos}',
  notOccupiedNone: '{oblast}: немає',
  mismatch: '{km2} розбіжності меж',
  notOccupiedNote:
    'Частина області поза окупованою територією враховується, лише якщо в ній вміщується коло радіусом {radius}; вужчі смуги — це розбіжність меж або берегової лінії Natural Earth і лінії {source}, їх підсумовано окремо. Файли {source} містять лише шар окупації: територія, не позначена як окупована, включає і сіру зону.',
  loading: 'Завантаження даних спостереження ({source})…',
  error: 'Не вдалося завантажити дані спостереження: {message}',
  retry: 'Повторити',
  mapLoading: 'Завантаження даних спостереження…',
  mapError: 'Дані спостереження недоступні',
};

export const LEDGER_STRINGS: Record<Lang, LedgerStrings> = { en, uk };

/** "2 areas"; Ukrainian nominative: "1 ділянка", "2 ділянки", "5 ділянок". */
export function areasLabel(n: number, lang: Lang): string {
  return `${n} ${plural(LEDGER_STRINGS[lang].areas, n, lang)}`;
}

/** After "in": "2 areas"; Ukrainian locative: "21 ділянці", "3 ділянках" (the sentence supplies «у»). */
export function areasInLabel(n: number, lang: Lang): string {
  return `${n} ${plural(LEDGER_STRINGS[lang].areasIn, n, lang)}`;
}

/** "1 day" / "5 days"; "1 день", "2 дні", "5 днів". */
export function daysLabel(n: number, lang: Lang): string {
  return `${n} ${plural(LEDGER_STRINGS[lang].days, n, lang)}`;
}

/** A verdict in words, with the record's name filled in from its manifest. */
export function verdictLabel(v: Verdict, lang: Lang, source: SourceManifest = observedSource()): string {
  return sourcedText(LEDGER_STRINGS[lang].verdict[v], source, lang);
}
