import type { Lang } from '../i18n/format';

export const MAP_STRINGS: Record<Lang, { region: string; markerStatus: Record<string, string> }> = {
  en: {
    region: 'Map of claims. The table "Status by oblast" below gives the same facts as text.',
    markerStatus: { claimed: 'capture claimed', disputed: 'capture disputed', denied: 'capture denied', confirmed: 'capture confirmed', assessed: 'assessed', troops: 'troops reported massing', none: '' },
  },
  uk: {
    region: 'Карта заяв. Таблиця «Стан за областями» нижче подає ті самі факти текстом.',
    markerStatus: { claimed: 'заявлено захоплення', disputed: 'захоплення оскаржено', denied: 'захоплення спростовано', confirmed: 'захоплення підтверджено', assessed: 'оцінка', troops: 'повідомлено про скупчення військ', none: '' },
  },
};
