// Strings of the animation controls and frames, in English and Ukrainian. Dates and numbers are
// formatted by i18n/format (Intl), never here.
import type { Lang } from '../../i18n/format';
import type { PluralForms } from '../../i18n/plural';
import type { AnimFormat, AnimSize, RangeProblem, Step } from './frames';

export interface AnimStrings {
  heading: string;
  from: string;
  to: string;
  step: string;
  steps: Record<Step, string>;
  format: string;
  formats: Record<AnimFormat, string>;
  size: string;
  sizes: Record<AnimSize, string>;
  fps: string;
  hold: string;
  start: string;
  cancel: string;
  /** The counted word for frames (i18n/plural picks the form). */
  frames: PluralForms;
  /** {n} and {frames}: the count and its word; {seconds} of playing time. */
  summary: string;
  range: Record<RangeProblem, string>;
  /** {format}: the format's name; {reason}: why it is missing. */
  unavailable: string;
  reasons: { noWebCodecs: string; noCodec: string; noWorker: string; checking: string };
  /** {done} of {total} frames, {left}: time left. */
  progress: string;
  progressStart: string;
  secondsLeft: string;
  saved: string;
  cancelled: string;
  /** {format}: the format's name; {message}: the error. */
  failed: string;
  frameTitle: string;
}

export const ANIM_STRINGS: Record<Lang, AnimStrings> = {
  en: {
    heading: 'Animation',
    from: 'From',
    to: 'To',
    step: 'Step',
    steps: { day: 'Day', week: 'Week', month: 'Month' },
    format: 'Format',
    formats: { webm: 'WebM', mp4: 'MP4', gif: 'GIF' },
    size: 'Size',
    sizes: { shown: 'As shown', square: 'Square 1080×1080', landscape: 'Landscape 1920×1080', portrait: 'Portrait 1080×1920' },
    fps: 'Frames per second',
    hold: 'Hold last frame (s)',
    start: 'Export animation',
    cancel: 'Cancel',
    frames: { one: 'frame', other: 'frames' },
    summary: '{n} {frames}, {seconds} s',
    range: {
      invalid: 'Enter both dates.',
      empty: 'The range is empty: pick a “to” date after the “from” date.',
      reversed: 'The range is reversed: the “from” date is after the “to” date.',
    },
    unavailable: '{format} is not offered: {reason}',
    reasons: {
      noWebCodecs: 'this browser has no video encoder (WebCodecs).',
      noCodec: 'this browser cannot encode {codecs}.',
      noWorker: 'this browser cannot run the encoder off the page (Worker, OffscreenCanvas).',
      checking: 'checking…',
    },
    progress: 'Frame {done} of {total}, about {left} left',
    progressStart: 'Preparing the frames…',
    secondsLeft: '{n} s',
    saved: 'Saved {file} ({n} {frames}, {size})',
    cancelled: 'Animation cancelled; nothing was saved.',
    failed: '{format} export failed: {message}',
    frameTitle: 'Russia’s territorial claims in Ukraine',
  },
  uk: {
    heading: 'Анімація',
    from: 'Від',
    to: 'До',
    step: 'Крок',
    steps: { day: 'День', week: 'Тиждень', month: 'Місяць' },
    format: 'Формат',
    formats: { webm: 'WebM', mp4: 'MP4', gif: 'GIF' },
    size: 'Розмір',
    sizes: { shown: 'Як на екрані', square: 'Квадрат 1080×1080', landscape: 'Альбомний 1920×1080', portrait: 'Портретний 1080×1920' },
    fps: 'Кадрів на секунду',
    hold: 'Затримка останнього кадру (с)',
    start: 'Експортувати анімацію',
    cancel: 'Скасувати',
    frames: { one: 'кадр', few: 'кадри', many: 'кадрів', other: 'кадру' },
    summary: '{n} {frames}, {seconds} с',
    range: {
      invalid: 'Укажіть обидві дати.',
      empty: 'Проміжок порожній: виберіть дату «до» пізніше за дату «від».',
      reversed: 'Проміжок обернений: дата «від» пізніша за дату «до».',
    },
    unavailable: '{format} недоступний: {reason}',
    reasons: {
      noWebCodecs: 'цей браузер не має відеокодера (WebCodecs).',
      noCodec: 'цей браузер не може кодувати {codecs}.',
      noWorker: 'цей браузер не може кодувати поза сторінкою (Worker, OffscreenCanvas).',
      checking: 'перевіряємо…',
    },
    progress: 'Кадр {done} з {total}, лишилося близько {left}',
    progressStart: 'Готуємо кадри…',
    secondsLeft: '{n} с',
    saved: 'Збережено {file} ({n} {frames}, {size})',
    cancelled: 'Анімацію скасовано; нічого не збережено.',
    failed: 'Не вдалося експортувати {format}: {message}',
    frameTitle: 'Територіальні претензії Росії в Україні',
  },
};
