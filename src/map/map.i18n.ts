// Strings of the map view: its region label, the marker labels and the attribution line.
import type { Lang } from '../i18n/format';

export interface MapStrings {
  region: string;
  markerStatus: Record<string, string>;
  /** The attribution control's text; `attributionObserved` is appended when the build ships an observed record. */
  attribution: string;
  attributionObserved: string;
  /** Help shown when an embedded map lets a gesture scroll the page (MapLibre's cooperative gestures). */
  gestures: { windows: string; mac: string; mobile: string };
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  en: {
    region: 'Map of claims. The table "Status by oblast" below gives the same facts as text.',
    attribution: 'Boundaries: Natural Earth (public domain) · Claims: sources in the panel',
    attributionObserved: 'Observed: {publisher} ({licence})',
    gestures: { windows: 'Use Ctrl + scroll to zoom the map', mac: 'Use ⌘ + scroll to zoom the map', mobile: 'Use two fingers to move the map' },
    markerStatus: { claimed: 'capture claimed', disputed: 'capture disputed', denied: 'capture denied', confirmed: 'capture confirmed', assessed: 'assessed', troops: 'troops reported massing in the region', none: '' },
  },
  uk: {
    region: 'Карта заяв. Таблиця «Стан за областями» нижче подає ті самі факти текстом.',
    attribution: 'Кордони: Natural Earth (суспільне надбання) · Заяви: джерела на панелі',
    attributionObserved: 'Спостереження: {publisher} ({licence})',
    gestures: { windows: 'Щоб масштабувати карту, прокручуйте з Ctrl', mac: 'Щоб масштабувати карту, прокручуйте з ⌘', mobile: 'Щоб рухати карту, використовуйте два пальці' },
    markerStatus: { claimed: 'заявлено захоплення', disputed: 'захоплення спірне', denied: 'захоплення заперечено', confirmed: 'захоплення підтверджено незалежно', assessed: 'оцінка', troops: 'повідомлено про скупчення військ в області', none: '' },
  },
};
