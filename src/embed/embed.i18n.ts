// Strings of the embed layout and the embed dialog, in English and Ukrainian.
import type { Lang } from '../i18n/format';

export interface EmbedStrings {
  button: string;
  dialogTitle: string;
  /** {date} formatted date, {language} the language name. */
  intro: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
  openFull: string;
  newTab: string;
  showChart: string;
  hideChart: string;
  chartLoading: string;
  sources: string;
  noSources: string;
  boundaries: string;
  /** The AMP snippet's disclosure, its label and the overflow button AMP shows to grow the frame. */
  amp: string;
  ampLabel: string;
  ampMore: string;
}

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = {
  en: {
    button: 'Embed',
    dialogTitle: 'Embed this map',
    intro: 'Paste this code into your page. The map opens on {date}, in {language}; its height follows its content.',
    codeLabel: 'Embed code',
    copy: 'Copy code',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the code and copy it by hand.',
    close: 'Close',
    openFull: 'Open full map',
    newTab: '(opens in a new tab)',
    showChart: 'Show monthly gains chart',
    hideChart: 'Hide monthly gains chart',
    chartLoading: 'Loading chart…',
    sources: 'Sources: {list}',
    noSources: 'No claims on this date',
    boundaries: 'Boundaries: Natural Earth',
    amp: 'For AMP pages',
    ampLabel: 'AMP code (amp-iframe)',
    ampMore: 'Show the whole map',
  },
  uk: {
    button: 'Вбудувати',
    dialogTitle: 'Вбудувати цю карту',
    intro: 'Вставте цей код на свою сторінку. Карта відкриється на {date}, мова: {language}; висота підлаштовується під вміст.',
    codeLabel: 'Код для вбудовування',
    copy: 'Копіювати код',
    copied: 'Скопійовано',
    copyFailed: 'Не вдалося скопіювати: виділіть код і скопіюйте вручну.',
    close: 'Закрити',
    openFull: 'Відкрити повну карту',
    newTab: '(відкриється в новій вкладці)',
    showChart: 'Показати графік просування за місяцями',
    hideChart: 'Сховати графік просування за місяцями',
    chartLoading: 'Завантаження графіка…',
    sources: 'Джерела: {list}',
    noSources: 'На цю дату немає заяв',
    boundaries: 'Кордони: Natural Earth',
    amp: 'Для сторінок AMP',
    ampLabel: 'Код AMP (amp-iframe)',
    ampMore: 'Показати всю карту',
  },
};
