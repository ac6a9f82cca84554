// Strings of the Export section and of the exported figures (PNG/SVG), in English and Ukrainian.
// Dates and numbers are formatted by i18n/format (Intl), never here.
import type { Lang } from '../i18n/format';

export interface ExportStrings {
  section: string;
  hint: string;
  figure: string;
  data: string;
  scale: string;
  png: string;
  svg: string;
  csv: string;
  geojson: string;
  working: string;
  saved: string;
  failed: string;
  noMap: string;
  /** Figure title; {date} is the formatted date. */
  figureTitle: string;
  figureSubtitle: string;
  legendTitle: string;
  /** {list} is the publishers, joined by "; ". */
  creditSources: string;
  creditNoSources: string;
  creditBoundaries: string;
  creditTool: string;
  figureDesc: string;
}

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = {
  en: {
    section: 'Export',
    hint: 'Images show the map as it is now: this date, this language, this view.',
    figure: 'Image',
    data: 'Data on this date',
    scale: 'Scale',
    png: 'Download PNG',
    svg: 'Download SVG',
    csv: 'Status by oblast (CSV)',
    geojson: 'Claims (GeoJSON)',
    working: 'Preparing {file}…',
    saved: 'Saved {file}',
    failed: 'Export failed: {message}',
    noMap: 'the map is not ready yet',
    figureTitle: 'Russia’s territorial claims in Ukraine on {date}',
    figureSubtitle: 'What Russia claims, and how solid each claim is. A claim is not a fact.',
    legendTitle: 'Legend',
    creditSources: 'Sources: {list}',
    creditNoSources: 'No claims in effect on this date',
    creditBoundaries: 'Boundaries: Natural Earth (public domain)',
    creditTool: 'Made with the open territorial-claims map (MapLibre)',
    figureDesc: 'Map of Ukraine by oblast with the claims in effect on the date, a legend and the sources.',
  },
  uk: {
    section: 'Експорт',
    hint: 'Зображення показують карту такою, як зараз: ця дата, ця мова, цей вигляд.',
    figure: 'Зображення',
    data: 'Дані на цю дату',
    scale: 'Масштаб',
    png: 'Завантажити PNG',
    svg: 'Завантажити SVG',
    csv: 'Стан за областями (CSV)',
    geojson: 'Заяви (GeoJSON)',
    working: 'Готуємо {file}…',
    saved: 'Збережено {file}',
    failed: 'Не вдалося експортувати: {message}',
    noMap: 'карта ще не готова',
    figureTitle: 'Територіальні претензії Росії в Україні на {date}',
    figureSubtitle: 'Що заявляє Росія і наскільки обґрунтована кожна заява. Заява — не факт.',
    legendTitle: 'Умовні позначення',
    creditSources: 'Джерела: {list}',
    creditNoSources: 'На цю дату немає чинних заяв',
    creditBoundaries: 'Кордони: Natural Earth (суспільне надбання)',
    creditTool: 'Створено у відкритій карті територіальних претензій (MapLibre)',
    figureDesc: 'Карта України за областями із заявами, чинними на дату, умовними позначеннями та джерелами.',
  },
};
