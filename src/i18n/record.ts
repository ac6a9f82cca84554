// Strings for the record as a whole: how old it is, whether a view is pinned, the corrections log and
// the About panel. A source's name and licence come from its manifest through {source}/{licence}.
import type { Lang } from './format';
import type { PluralForms } from './plural';

export interface RecordStrings {
  /** On the map and every figure: the last day of the record shown. */
  mapOf: string;
  age: PluralForms;
  ageToday: string;
  staleNotice: string;
  asOf: string;
  liveLink: string;
  creditPinned: string;
  creditLive: string;
  corrections: string;
  correctionLine: string;
  correctedOn: string;
  embedMode: string;
  pinned: string;
  live: string;
  pinnedHelp: string;
  liveHelp: string;
  about: {
    title: string; source: string; licence: string; licenceText: string; range: string; rangeValue: string; hash: string;
    mirror: string; commit: string; meaning: string; assessor: string; snapshot: string; none: string; notIncluded: string;
  };
}

const en: RecordStrings = {
  mapOf: '{source} map of {date}',
  age: { one: '{n} day old', other: '{n} days old' },
  ageToday: 'from today',
  staleNotice: 'The record shown ends on {date}.',
  asOf: 'Data as of {date}',
  liveLink: 'see the live view',
  creditPinned: 'Pinned to the data as of {date}',
  creditLive: 'Live: follows the newest record',
  corrections: 'Corrections',
  correctionLine: '{date}: {what} Why: {why}',
  correctedOn: 'Corrected on {date}: {what}',
  embedMode: 'Data',
  pinned: 'Pinned to this data',
  live: 'Live',
  pinnedHelp: 'The embed shows the record as of {date}; it changes only for corrections.',
  liveHelp: 'The embed follows the newest record.',
  about: {
    title: 'About the data',
    source: 'Observed record',
    licence: 'Licence',
    licenceText: 'licence text',
    range: 'Date range',
    rangeValue: '{from} – {to} ({count} snapshots)',
    hash: 'Manifest hash',
    mirror: 'Mirror',
    commit: 'Mirror commit',
    meaning: 'What the layer shows',
    assessor: 'Assessed by',
    snapshot: 'Snapshot time',
    none: '—',
    notIncluded: 'No observed record in this build.',
  },
};

const uk: RecordStrings = {
  mapOf: 'Карта {source} станом на {date}',
  age: { one: 'давність: {n} день', few: 'давність: {n} дні', many: 'давність: {n} днів', other: 'давність: {n} дня' },
  ageToday: 'сьогоднішня',
  staleNotice: 'Показані дані закінчуються {date}.',
  asOf: 'Дані станом на {date}',
  liveLink: 'дивитися актуальну версію',
  creditPinned: 'Закріплено за даними станом на {date}',
  creditLive: 'Актуальна версія: стежить за найновішими даними',
  corrections: 'Виправлення',
  correctionLine: '{date}: {what} Чому: {why}',
  correctedOn: 'Виправлено {date}: {what}',
  embedMode: 'Дані',
  pinned: 'Закріпити за цими даними',
  live: 'Актуальні',
  pinnedHelp: 'Вбудована карта показує дані станом на {date} і змінюється лише через виправлення.',
  liveHelp: 'Вбудована карта стежить за найновішими даними.',
  about: {
    title: 'Про дані',
    source: 'Дані спостереження',
    licence: 'Ліцензія',
    licenceText: 'текст ліцензії',
    range: 'Період',
    rangeValue: '{from} – {to} ({count} знімків)',
    hash: 'Геш маніфесту',
    mirror: 'Дзеркало',
    commit: 'Коміт дзеркала',
    meaning: 'Що показує шар',
    assessor: 'Хто оцінює',
    snapshot: 'Час знімка',
    none: '—',
    notIncluded: 'У цій збірці немає даних спостереження.',
  },
};

export const RECORD_STRINGS: Record<Lang, RecordStrings> = { en, uk };
