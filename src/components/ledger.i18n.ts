// Strings for the claim ledger, held ground and the evidence's loading/error states: one table per
// language. {slots} are filled with formatted values (fillTemplate). Verdict labels are keyed by the
// ledger's own verdict ids (domain/ledger.ts VERDICTS), so the panel, chips and exports agree.
import type { Lang } from '../i18n/format';
import { plural, type PluralForms } from '../i18n/plural';
import type { Verdict } from '../domain/ledger';

export interface LedgerStrings {
  /** Counted words, after the number: "2 areas" / "у 2 ділянках" (locative), "5 days" / "5 днів". */
  areas: PluralForms;
  days: PluralForms;
  title: string;
  caption: string;
  colClaim: string;
  colOn: string;
  colRecord: string;
  verdict: Record<Verdict, string>;
  noSnapshot: string;
  areaBorne: string;
  areaNot: string;
  point: string;
  zone: string;
  notMeasurable: string;
  recordBorne: string;
  recordNot: string;
  recordBefore: string;
  heldTitle: string;
  heldLine: string;
  heldNone: string;
  heldMismatch: string;
  heldNote: string;
  loading: string;
  error: string;
  retry: string;
  mapLoading: string;
  mapError: string;
}

const en: LedgerStrings = {
  areas: { one: 'area', other: 'areas' },
  days: { one: 'day', other: 'days' },
  title: 'Claims against the observed record',
  caption: 'Each claim set against the {source} snapshot of {date}, and over the whole record to {last}.',
  colClaim: 'Claim — subject',
  colOn: 'On this snapshot',
  colRecord: 'Over the record',
  verdict: {
    borne_out: 'borne out',
    not_borne_out: 'not borne out',
    partly: 'partly',
    outside: 'outside',
    inside: 'inside',
    not_measurable: 'not measurable',
  },
  noSnapshot: 'No {source} snapshot on or before this date (the first is of {date}).',
  areaBorne: 'No ground held by Ukraine left ({source}, {date}).',
  areaNot: 'Not borne out: {km2} in {count} still held by Ukraine ({source}, {date}).',
  point: '{share} of the {radius} uncertainty circle inside the observed area; the place is {km} from its edge.',
  zone: '{km2} of the band observed occupied ({share}); {change} since the order.',
  notMeasurable: 'Not measurable: a statement or troop report has no footprint to compare with the map.',
  recordBorne: 'Borne out on {date}, {days} after the claim.',
  recordNot: 'Not by {date} ({days} after the claim).',
  recordBefore: 'The claim predates the record (first snapshot {date}).',
  heldTitle: 'Ground held by Ukraine in claimed oblasts ({source}, {date})',
  heldLine: '{oblast}: {count}, {km2} in all; largest at {pos}',
  heldNone: '{oblast}: none',
  heldMismatch: '{km2} boundary mismatch',
  heldNote:
    'A part of an oblast outside the observed area counts only if a disk of {radius} fits inside it; thinner slivers are where Natural Earth’s boundary or coast and {source}’s line differ, summed as boundary mismatch.',
  loading: 'Loading the observed record ({source})…',
  error: 'The observed record could not be loaded: {message}',
  retry: 'Retry',
  mapLoading: 'Loading observed record…',
  mapError: 'Observed record unavailable',
};

const uk: LedgerStrings = {
  areas: { one: 'ділянці', other: 'ділянках' },
  days: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
  title: 'Заяви проти даних спостереження',
  caption: 'Кожна заява порівняна зі знімком {source} від {date} і з усім рядом знімків до {last}.',
  colClaim: 'Заява — предмет',
  colOn: 'На цьому знімку',
  colRecord: 'За весь ряд',
  verdict: {
    borne_out: 'підтверджено',
    not_borne_out: 'не підтверджено',
    partly: 'частково',
    outside: 'поза',
    inside: 'всередині',
    not_measurable: 'не вимірюється',
  },
  noSnapshot: 'Немає знімка {source} на цю дату або раніше (перший — від {date}).',
  areaBorne: 'Території під контролем України не лишилося ({source}, {date}).',
  areaNot: 'Не підтверджено: {km2} у {count} досі під контролем України ({source}, {date}).',
  point: '{share} кола невизначеності {radius} у межах зони спостереження; до її краю {km}.',
  zone: '{km2} смуги окуповано за спостереженням ({share}); {change} від наказу.',
  notMeasurable: 'Не вимірюється: заява чи повідомлення про війська не має сліду на мапі для порівняння.',
  recordBorne: 'Підтверджено {date}, через {days} після заяви.',
  recordNot: 'Не підтверджено до {date} ({days} після заяви).',
  recordBefore: 'Заява старша за ряд знімків (перший — {date}).',
  heldTitle: 'Територія під контролем України в заявлених областях ({source}, {date})',
  heldLine: '{oblast}: {count}, разом {km2}; найбільша ділянка — {pos}',
  heldNone: '{oblast}: немає',
  heldMismatch: '{km2} розбіжності меж',
  heldNote:
    'Частина області поза зоною спостереження враховується, лише якщо в ній вміщується коло радіусом {radius}; вужчі смуги — це розбіжність меж або берегової лінії Natural Earth і {source}, їх підсумовано окремо.',
  loading: 'Завантаження даних спостереження ({source})…',
  error: 'Не вдалося завантажити дані спостереження: {message}',
  retry: 'Повторити',
  mapLoading: 'Завантаження даних спостереження…',
  mapError: 'Дані спостереження недоступні',
};

export const LEDGER_STRINGS: Record<Lang, LedgerStrings> = { en, uk };

/** "2 areas" / "1 area"; in Ukrainian the locative ("у 21 ділянці", "у 3 ділянках"), by the language's plural rules. */
export function areasLabel(n: number, lang: Lang): string {
  return `${n} ${plural(LEDGER_STRINGS[lang].areas, n, lang)}`;
}

/** "1 day" / "5 days"; "1 день", "2 дні", "5 днів". */
export function daysLabel(n: number, lang: Lang): string {
  return `${n} ${plural(LEDGER_STRINGS[lang].days, n, lang)}`;
}
