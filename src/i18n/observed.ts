// Strings for observed control (a source's snapshots; {source}, {licence} and {publisher} come from its manifest): legend, table column, claims-vs-observed panel
// and the computed series of the advance-rate chart. {slots} are filled with formatted values. Kept
// below the views because the page (components/) and the figures (export/) both say them.
import type { Lang } from './format';

export interface ObservedStrings {
  legend: string;
  legendBefore: string;
  notIncluded: string;
  column: string;
  columnNone: string;
  series: string;
  seriesIsw: string;
  gainsNote: string;
  gainsList: string;
  gainRow: string;
  tooltipCompared: string;
}

const en: ObservedStrings = {
  legend: 'Area shown as occupied, assessed ({source}, Ukrainian OSINT; its grey zone not included), snapshot of {date}',
  legendBefore: 'Area shown as occupied, assessed ({source}, Ukrainian OSINT): no snapshot on or before this date; the first is of {date}',
  notIncluded: 'Observed data not included in this build — see README: OBSERVED_DIR',
  column: 'Observed ({source})',
  columnNone: 'no snapshot',
  series: 'Computed from {source} snapshots',
  seriesIsw: 'ISW',
  gainsNote:
    'Slate bars: net change of the area {source} shows as occupied between two snapshots (days compared below). AFP’s figures from ISW data also count areas partly controlled or claimed by Russia, so they run higher.',
  gainsList: 'Computed monthly gains (days compared)',
  gainRow: '{month}: {km2} ({from} → {to})',
  tooltipCompared: '{source}: {km2} ({from} → {to})',
};

const uk: ObservedStrings = {
  legend: 'Територія, позначена як окупована, за оцінкою {source} (українська OSINT-група; сіру зону не включено), знімок від {date}',
  legendBefore: 'Територія, позначена як окупована, за оцінкою {source} (українська OSINT-група): немає знімка на цю дату або раніше; перший — від {date}',
  notIncluded: 'Дані спостереження не включено до цієї збірки — див. README: OBSERVED_DIR',
  column: 'Спостереження ({source})',
  columnNone: 'немає знімка',
  series: 'Обчислено зі знімків {source}',
  seriesIsw: 'ISW',
  gainsNote:
    'Сизі стовпчики: чиста зміна площі, яку {source} показує як окуповану, між двома знімками (дні порівняння нижче). Цифри AFP за даними ISW враховують також території, частково контрольовані або заявлені Росією, тому вони вищі.',
  gainsList: 'Обчислене щомісячне просування (дні порівняння)',
  gainRow: '{month}: {km2} ({from} → {to})',
  tooltipCompared: '{source}: {km2} ({from} → {to})',
};

export const OBSERVED_STRINGS: Record<Lang, ObservedStrings> = { en, uk };
