// Timeline UI strings; dates themselves come from i18n/format (Intl).
import type { Lang } from '../i18n/format';

export interface TimelineStrings {
  /** Name of the whole control group. */
  timeline: string;
  /** Accessible name of the slider. */
  date: string;
  play: string;
  pause: string;
  prevEvent: string;
  nextEvent: string;
  /** Caption of the overview's squeezed part (the years before the daily record). */
  compressed: string;
  /** Caption of the overview's part at the record's own scale. */
  record: string;
}

export const TIMELINE_STRINGS: Record<Lang, TimelineStrings> = {
  en: {
    timeline: 'Timeline',
    date: 'Date',
    play: 'Play',
    pause: 'Pause',
    prevEvent: 'Previous event',
    nextEvent: 'Next event',
    compressed: '{from}–{to}, compressed',
    record: 'Daily record, {from} – {to}',
  },
  uk: {
    timeline: 'Хронологія',
    date: 'Дата',
    play: 'Відтворити',
    pause: 'Пауза',
    prevEvent: 'Попередня подія',
    nextEvent: 'Наступна подія',
    compressed: '{from}–{to}, стиснуто',
    record: 'Щоденний запис, {from} – {to}',
  },
};
