// Strings of the map view: its region label, the marker labels and the attribution line.
import type { Lang } from '../i18n/format';

export interface MapStrings {
  region: string;
  markerStatus: Record<string, string>;
  /** The attribution control's text; `attributionObserved` is appended when the build ships an observed record. */
  attribution: string;
  attributionObserved: string;
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  en: {
    region: 'Map of claims. The table "Status by oblast" below gives the same facts as text.',
    attribution: 'Boundaries: Natural Earth (public domain) · Claims: sources in the panel',
    attributionObserved: 'Observed: {publisher} ({licence})',
    markerStatus: { claimed: 'capture claimed', disputed: 'capture disputed', denied: 'capture denied', confirmed: 'capture confirmed', assessed: 'assessed', troops: 'troops reported massing in the region', none: '' },
  },
  uk: {
    region: 'Карта заяв. Таблиця «Стан за областями» нижче подає ті самі факти текстом.',
    attribution: 'Кордони: Natural Earth (суспільне надбання) · Заяви: джерела на панелі',
    attributionObserved: 'Спостереження: {publisher} ({licence})',
    markerStatus: { claimed: 'заявлено захоплення', disputed: 'захоплення спірне', denied: 'захоплення заперечено', confirmed: 'захоплення підтверджено незалежно', assessed: 'оцінка', troops: 'повідомлено про скупчення військ в області', none: '' },
  },
};
