// Strings for the advance-rate panel. {slots} are filled by the panel with formatted numbers, dates
// and names from the data; plural nouns are keyed by Intl.PluralRules categories.
import type { Lang } from '../i18n/format';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface GainsStrings {
  title: string;
  show: string;
  hide: string;
  loading: string;
  axisUnit: string;
  legendSelected: string;
  monthsGroup: string;
  monthButton: string;
  tooltipCounted: string;
  tooltipSource: string;
  projection: string;
  projectionNever: string;
  yearsTitle: string;
  years: Plural;
  basis: string;
  noFigure: string;
  latestLabel: string;
  noData: string;
  note: string;
  quoteBy: string;
  quoteLang: string;
  unknownSource: string;
  seriesGroup: string;
  seriesIsw: string;
  seriesObserved: string;
  rateIsw: string;
  rateObserved: string;
  partial: string;
  latestInSeries: string;
  monthButtonBoth: string;
  monthButtonObserved: string;
}

const en: GainsStrings = {
  title: 'Russian gains per month (AFP, from ISW data)',
  show: 'Show chart',
  hide: 'Hide chart',
  loading: 'Loading chart…',
  axisUnit: 'km²',
  legendSelected: 'Selected month',
  monthsGroup: 'Go to the end of a month',
  monthButton: '{month}: {km2}',
  tooltipCounted: 'counted by {counter}',
  tooltipSource: 'Source: {publisher}',
  projection: "At {month}'s rate of {km2} a month, taking the rest of Ukraine would take about {years} {yearsUnit}.",
  projectionNever: "{month}'s net change was {km2}: at this rate the rest of Ukraine would never be taken.",
  yearsTitle: 'Unrounded: {years} {yearsUnit}',
  years: { one: 'year', other: 'years' },
  basis: 'Basis: Ukraine {total} ({totalSource}) minus {occupied} held by Russia as of {occupiedDate} ({occupiedSource}) = {remaining} remaining.',
  noFigure: 'No monthly figure for {month}; the chart covers {first}–{last}.',
  latestLabel: 'Latest month with a figure:',
  noData: 'No monthly figures recorded.',
  note: 'AFP’s analysis of {counter} data counts areas fully or partially controlled by Russia and those claimed by it, not only ground it holds.',
  quoteBy: '— {publisher}, “{title}”, {date}',
  quoteLang: 'Quoted in the original {language}.',
  unknownSource: 'source not recorded',
  seriesGroup: 'Project from',
  seriesIsw: 'ISW’s figures',
  seriesObserved: '{source} snapshots',
  rateIsw: 'Rate: ISW’s figure for the month.',
  rateObserved: 'Rate: net change of the area {source} shows as occupied, {from} → {to}{partial}.',
  partial: ' (part of the month only)',
  latestInSeries: 'No figure in this series for {month}; latest month:',
  monthButtonBoth: '{month}: ISW {isw}, {source} {observed}',
  monthButtonObserved: '{month}: {source} {observed}',
};

const uk: GainsStrings = {
  title: 'Щомісячне просування Росії: захоплена площа (AFP, за даними ISW)',
  show: 'Показати графік',
  hide: 'Сховати графік',
  loading: 'Завантаження графіка…',
  axisUnit: 'км²',
  legendSelected: 'Обраний місяць',
  monthsGroup: 'Перейти до кінця місяця',
  monthButton: '{month}: {km2}',
  tooltipCounted: 'підрахунок: {counter}',
  tooltipSource: 'Джерело: {publisher}',
  projection: 'Темп за {month}: {km2} на місяць. За такого темпу захоплення решти України тривало б приблизно {years} {yearsUnit}.',
  projectionNever: 'Чиста зміна за {month}: {km2}. За такого темпу решту України не було б захоплено ніколи.',
  yearsTitle: 'Без округлення: {years} {yearsUnit}',
  years: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
  basis: 'Розрахунок: площа України {total} ({totalSource}) мінус {occupied} під контролем Росії станом на {occupiedDate} ({occupiedSource}) = залишок {remaining}.',
  noFigure: 'Немає місячних даних за {month}; графік охоплює {first}–{last}.',
  latestLabel: 'Останній місяць із даними:',
  noData: 'Місячних даних немає.',
  note: 'Аналіз AFP за даними {counter} враховує території, повністю або частково контрольовані Росією, і ті, які вона заявила, а не лише ту, що вона утримує.',
  quoteBy: '— {publisher}, «{title}», {date}',
  quoteLang: 'Цитата мовою оригіналу ({language}).',
  unknownSource: 'джерело не вказано',
  seriesGroup: 'Прогноз за',
  seriesIsw: 'даними ISW',
  seriesObserved: 'знімками {source}',
  rateIsw: 'Темп: дані ISW за місяць.',
  rateObserved: 'Темп: чиста зміна площі, яку {source} показує як окуповану, {from} → {to}{partial}.',
  partial: ' (лише частина місяця)',
  latestInSeries: 'У цьому ряді немає даних за {month}; останній місяць:',
  monthButtonBoth: '{month}: ISW {isw}, {source} {observed}',
  monthButtonObserved: '{month}: {source} {observed}',
};

export const GAINS_STRINGS: Record<Lang, GainsStrings> = { en, uk };
