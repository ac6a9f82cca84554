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
  title: string;
  snapshot: string;
  errorBand: string;
  noSnapshot: string;
  areaLine: string;
  withError: string;
  pointInside: string;
  pointOutside: string;
  none: string;
  series: string;
  seriesIsw: string;
  gainsNote: string;
  gainsList: string;
  gainRow: string;
  tooltipCompared: string;
}

const en: ObservedStrings = {
  legend: 'Observed occupied area ({source}), snapshot of {date}',
  legendBefore: 'Observed occupied area ({source}): no snapshot on or before this date; the first is of {date}',
  notIncluded: 'Observed data not included in this build — see README: OBSERVED_DIR',
  column: 'Observed ({source})',
  columnNone: 'no snapshot',
  title: 'Claims vs observed',
  snapshot: 'Compared with the {source} snapshot of {date}.',
  errorBand:
    'Boundary error ±{error}: Crimea and Sevastopol, held since 2014, come out at {held} because {source}’s coastline is not Natural Earth’s; shares near 100 % are uncertain by about that much.',
  noSnapshot: 'No {source} snapshot on or before this date (the first is of {date}).',
  areaLine: '{claim} — {oblast}: claimed {claimed}, observed {observed}',
  withError: '{share} (±{error} boundary error)',
  pointInside: '{claim} — {place}: inside the observed area, {km} from its edge',
  pointOutside: '{claim} — {place}: outside the observed area, {km} from its edge',
  none: 'No area or place claims are in effect on this date.',
  series: 'Computed from {source} snapshots',
  seriesIsw: 'ISW',
  gainsNote:
    'Slate bars: net change of the area {source} shows as occupied between two snapshots (days compared below). AFP’s figures from ISW data also count areas partly controlled or claimed by Russia, so they run higher.',
  gainsList: 'Computed monthly gains (days compared)',
  gainRow: '{month}: {km2} ({from} → {to})',
  tooltipCompared: '{source}: {km2} ({from} → {to})',
};

const uk: ObservedStrings = {
  legend: 'Окупована територія за спостереженням ({source}), знімок від {date}',
  legendBefore: 'Окупована територія за спостереженням ({source}): немає знімка на цю дату або раніше; перший — від {date}',
  notIncluded: 'Дані спостереження не включено до цієї збірки — див. README: OBSERVED_DIR',
  column: 'Спостереження ({source})',
  columnNone: 'немає знімка',
  title: 'Заяви та спостереження',
  snapshot: 'Порівняно зі знімком {source} від {date}.',
  errorBand:
    'Похибка меж ±{error}: Крим і Севастополь, окуповані з 2014 року, дають {held}, бо берегова лінія {source} відрізняється від Natural Earth; частки близько 100 % мають приблизно таку невизначеність.',
  noSnapshot: 'Немає знімка {source} на цю дату або раніше (перший — від {date}).',
  areaLine: '{claim} — {oblast}: заявлено {claimed}, за спостереженням {observed}',
  withError: '{share} (±{error} похибка меж)',
  pointInside: '{claim} — {place}: у межах окупованої території, {km} від її краю',
  pointOutside: '{claim} — {place}: поза окупованою територією, {km} від її краю',
  none: 'На цю дату немає чинних заяв щодо територій чи населених пунктів.',
  series: 'Обчислено зі знімків {source}',
  seriesIsw: 'ISW',
  gainsNote:
    'Сизі стовпчики: чиста зміна площі, яку {source} показує як окуповану, між двома знімками (дні порівняння нижче). Цифри AFP за даними ISW враховують також території, частково контрольовані або заявлені Росією, тому вони вищі.',
  gainsList: 'Обчислені щомісячні здобутки (дні порівняння)',
  gainRow: '{month}: {km2} ({from} → {to})',
  tooltipCompared: '{source}: {km2} ({from} → {to})',
};

export const OBSERVED_STRINGS: Record<Lang, ObservedStrings> = { en, uk };
