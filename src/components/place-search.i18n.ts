// Strings of the place search (the combobox in the header). Ground outside the source's occupied
// layer is "not shown as occupied", never anything stronger: the layer has no grey zone.
import type { Lang } from '../i18n/format';

export interface PlaceSearchStrings {
  /** Visible label; the input's accessible name starts with it. */
  label: string;
  placeholder: string;
  /** Live region: how many results. */
  results: { one: string; few?: string; many?: string; other: string };
  noMatch: string;
  /** Before the record has loaded, areas cannot be offered yet. */
  areasPending: string;
  kind: { oblast: string; city: string; republic: string; place: string; area: string };
  /** The spelling the query matched, when it is not the shown name. */
  alsoSpelled: string;
  /** A claim's place: its oblast, and the uncertainty of its position. */
  placeDetail: string;
  uncertainty: string;
  /** An area of not-occupied ground: "Not shown as occupied: 171 km² in Luhansk oblast". */
  areaLabel: string;
  areaDetail: string;
  /** "Luhansk oblast" (English adds the word; Ukrainian names already carry it). */
  oblastPhrase: string;
  /** Extra words an area entry matches. */
  areaTerms: string;
  /** Announced after a choice. */
  chosen: string;
  /** Marks a claim of the chosen place in the claims panel. */
  inFocus: string;
}

export const PLACE_SEARCH_STRINGS: Record<Lang, PlaceSearchStrings> = {
  en: {
    label: 'Find a place',
    placeholder: 'Oblast, village, area…',
    results: { one: '{n} result; use Up and Down to choose, Enter to go', other: '{n} results; use Up and Down to choose, Enter to go' },
    noMatch: 'No place matches “{query}”.',
    areasPending: 'Areas not shown as occupied are offered once the record has loaded.',
    kind: { oblast: 'Oblast', city: 'City', republic: 'Autonomous republic', place: 'Claimed place', area: 'Area' },
    alsoSpelled: 'also spelled {name}',
    placeDetail: '{oblast} · {claim}',
    uncertainty: 'position ±{km} ({coords})',
    areaLabel: 'Not shown as occupied: {km2} in {oblast}',
    areaDetail: '{source}, {date}',
    oblastPhrase: '{name} oblast',
    areaTerms: 'not shown as occupied area',
    chosen: 'Map moved to {name}.',
    inFocus: 'Concerns the place you chose',
  },
  uk: {
    label: 'Знайти місце',
    placeholder: 'Область, село, ділянка…',
    results: {
      one: '{n} результат; стрілками вгору й униз виберіть, Enter — перейти',
      few: '{n} результати; стрілками вгору й униз виберіть, Enter — перейти',
      many: '{n} результатів; стрілками вгору й униз виберіть, Enter — перейти',
      other: '{n} результату; стрілками вгору й униз виберіть, Enter — перейти',
    },
    noMatch: 'Немає місця, що відповідає «{query}».',
    areasPending: 'Ділянки, не позначені як окуповані, з’являться після завантаження даних.',
    kind: { oblast: 'Область', city: 'Місто', republic: 'Автономна республіка', place: 'Місце із заяви', area: 'Ділянка' },
    alsoSpelled: 'також пишуть {name}',
    placeDetail: '{oblast} · {claim}',
    uncertainty: 'положення ±{km} ({coords})',
    areaLabel: 'Не позначено як окуповане: {km2}, {oblast}',
    areaDetail: '{source}, {date}',
    oblastPhrase: '{name}',
    areaTerms: 'не позначено як окуповане ділянка',
    chosen: 'Карту переміщено: {name}.',
    inFocus: 'Стосується вибраного місця',
  },
};
