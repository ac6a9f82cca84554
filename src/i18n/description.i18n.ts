// Strings of the map's text alternative (description.ts): one short paragraph per date. The words
// follow the editorial rules: outside the source's occupied layer is "not shown as occupied", a control
// claim "matches" / "does not match" the source's map, an annexation (a legal claim) and an estimated
// position get no verdict.
import type { Lang } from './format';
import type { PluralForms } from './plural';

export interface DescriptionStrings {
  /** A claim in effect: {title}, {status}. */
  claim: string;
  /** An annexation: {title}, {year} it was claimed. */
  annexation: string;
  /** {subject}: an oblast or place name. */
  match: string;
  /** {subject}, {km2}, {areas} ("2 areas"). */
  noMatch: string;
  /** A point that does not match: {subject}. */
  pointNoMatch: string;
  /** {subject}: an estimated position. */
  estimated: string;
  /** Buffer band: {subject} oblast, {share} of the band. */
  zone: string;
  /** Counted areas, with the number: "{n} areas". */
  areas: PluralForms;
  none: string;
  /** Said once when the comparisons above were made: {snapshot}, the source's snapshot date; {source} and {assessor} come from the source's manifest. */
  observed: string;
  /** Said while the record has not loaded. */
  pending: string;
  /** The embed dialog's button and its confirmation. */
  copy: string;
  copied: string;
  /** Label of the description as shown in the dialog. */
  label: string;
  /** The note over the static picture until the live map is drawn. */
  loadingMap: string;
}

export const DESCRIPTION_STRINGS: Record<Lang, DescriptionStrings> = {
  en: {
    claim: '{title} ({status}).',
    annexation: '{title}: claimed {year}, not recognised.',
    match: "{subject}: matches {source}'s map.",
    noMatch: "{subject}: does not match {source}'s map; {km2} in {areas} not shown as occupied.",
    pointNoMatch: "{subject}: does not match {source}'s map.",
    estimated: '{subject}: the position is estimated, so it is not compared with the map.',
    zone: '{subject}: {share} of the band shown as occupied.',
    areas: { one: '{n} area', other: '{n} areas' },
    none: 'No claims in effect on this date.',
    observed: "Compared with {source}'s map of the occupied area on {snapshot} ({assessor}).",
    pending: "{source}'s map is still loading.",
    copy: 'Copy description',
    copied: 'Description copied',
    label: 'Text description of the map',
    loadingMap: 'Loading the interactive map…',
  },
  uk: {
    claim: '{title} ({status}).',
    annexation: '{title}: заявлено {year} року, не визнано.',
    match: '{subject}: відповідає карті {source}.',
    noMatch: '{subject}: не відповідає карті {source}; {km2} у {areas} не показано як окуповані.',
    pointNoMatch: '{subject}: не відповідає карті {source}.',
    estimated: '{subject}: розташування оцінене, тож його не порівнюють із картою.',
    zone: '{subject}: {share} смуги показано як окуповані.',
    areas: { one: '{n} ділянці', few: '{n} ділянках', many: '{n} ділянках', other: '{n} ділянках' },
    none: 'На цю дату немає чинних заяв.',
    observed: 'Порівняно з картою окупованої території {source} на {snapshot} ({assessor}).',
    pending: 'Карта {source} ще завантажується.',
    copy: 'Копіювати опис',
    copied: 'Опис скопійовано',
    label: 'Текстовий опис карти',
    loadingMap: 'Завантаження інтерактивної карти…',
  },
};
