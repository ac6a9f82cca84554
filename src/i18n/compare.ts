// Strings for the compare, view and theme controls and panels: compare mode, the theme switch, the view options of the
// embed dialog and the embed's one-line legend. {slots} are filled with formatted values.
import type { Lang } from './format';

export interface CompareStrings {
  toggle: string;
  fromLabel: string;
  toggleHelp: string;
  title: string;
  earlier: string;
  later: string;
  snapshotExact: string;
  snapshotUsed: string;
  snapshotNone: string;
  oblast: string;
  gained: string;
  lost: string;
  net: string;
  total: string;
  noChange: string;
  missing: string;
  missingNone: string;
  missingRun: string;
  noRecord: string;
  claimsChanged: string;
  claimsNone: string;
  claimChange: string;
  notInEffect: string;
  legendGained: string;
  legendLost: string;
  legendSame: string;
  legendChanged: string;
  figureTitle: string;
  figureSubtitle: string;
  oneLine: string;
  theme: string;
  themes: Record<'light' | 'dark' | 'auto', string>;
  viewLabel: string;
  views: Record<'ukraine' | 'view' | 'oblast', string>;
  viewNoOblast: string;
  embedCompare: string;
}

const en: CompareStrings = {
  toggle: 'Compare with an earlier date',
  fromLabel: 'Earlier date',
  toggleHelp: 'Shows what the observed record gained and lost between the two dates, and the claims whose status changed.',
  title: 'Change between {from} and {to}',
  earlier: 'Earlier',
  later: 'Later',
  snapshotExact: '{source} snapshot of {date}',
  snapshotUsed: 'no snapshot on {requested}; the snapshot of {date} is used',
  snapshotNone: 'no snapshot on or before {requested}',
  oblast: 'Oblast',
  gained: 'Gained km²',
  lost: 'Lost km²',
  net: 'Net km²',
  total: 'Total',
  noChange: 'The observed area is the same on both snapshots.',
  missing: 'Days with no snapshot in this range (listed, not interpolated): {list}.',
  missingNone: 'Every day in this range has a snapshot.',
  missingRun: '{from} – {to} ({days} days)',
  noRecord: 'Observed data is not included in this build, so no areas can be compared (see README: OBSERVED_DIR). The claims whose status changed are listed below.',
  claimsChanged: 'Claims whose status changed',
  claimsNone: 'No claim changed status between the two dates.',
  claimChange: '{title}: {before} → {after}',
  notInEffect: 'not in effect',
  legendGained: 'Observed area gained ({source})',
  legendLost: 'Observed area lost ({source})',
  legendSame: 'Observed area unchanged',
  legendChanged: 'Oblast where a claim changed status',
  figureTitle: 'Territorial claims and observed change, {from} → {to}',
  figureSubtitle: 'Observed area gained and lost between two {source} snapshots; claims as on the later date. A claim is not a fact.',
  oneLine: 'On this date:',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the system' },
  viewLabel: 'Map view',
  views: { ukraine: 'The whole of Ukraine', view: 'This view', oblast: 'This oblast' },
  viewNoOblast: 'No oblast at the centre of the map',
  embedCompare: 'The embed keeps the comparison with {from}.',
};

const uk: CompareStrings = {
  toggle: 'Порівняти з ранішою датою',
  fromLabel: 'Раніша дата',
  toggleHelp: 'Показує, яку площу спостережуваний запис додав і втратив між двома датами, і заяви, статус яких змінився.',
  title: 'Зміни між {from} і {to}',
  earlier: 'Раніше',
  later: 'Пізніше',
  snapshotExact: 'знімок {source} за {date}',
  snapshotUsed: 'знімка за {requested} немає; використано знімок за {date}',
  snapshotNone: 'немає знімка на {requested} або раніше',
  oblast: 'Область',
  gained: 'Додано, км²',
  lost: 'Втрачено, км²',
  net: 'Різниця, км²',
  total: 'Разом',
  noChange: 'Спостережувана площа однакова на обох знімках.',
  missing: 'Дні без знімка в цьому проміжку (перелічено, не інтерпольовано): {list}.',
  missingNone: 'Для кожного дня цього проміжку є знімок.',
  missingRun: '{from} – {to} ({days} дн.)',
  noRecord: 'Спостережувані дані не включено до цієї збірки, тож площі порівняти не можна (див. README: OBSERVED_DIR). Нижче — заяви, статус яких змінився.',
  claimsChanged: 'Заяви, статус яких змінився',
  claimsNone: 'Жодна заява не змінила статусу між цими датами.',
  claimChange: '{title}: {before} → {after}',
  notInEffect: 'не діє',
  legendGained: 'Спостережувана площа додалася ({source})',
  legendLost: 'Спостережувана площа зменшилася ({source})',
  legendSame: 'Спостережувана площа без змін',
  legendChanged: 'Область, де заява змінила статус',
  figureTitle: 'Територіальні заяви та спостережувані зміни, {from} → {to}',
  figureSubtitle: 'Спостережувана площа, що додалася і зменшилася між двома знімками {source}; заяви — на пізнішу дату. Заява — не факт.',
  oneLine: 'На цю дату:',
  theme: 'Тема',
  themes: { light: 'Світла', dark: 'Темна', auto: 'Як у системі' },
  viewLabel: 'Вигляд мапи',
  views: { ukraine: 'Уся Україна', view: 'Цей вигляд', oblast: 'Ця область' },
  viewNoOblast: 'У центрі мапи немає області',
  embedCompare: 'Вбудована мапа зберігає порівняння з {from}.',
};

export const COMPARE_STRINGS: Record<Lang, CompareStrings> = { en, uk };
