import type { Finding, Headline, Status } from '../domain';
import type { Lang } from './format';

type Facet = 'control' | 'annexation' | 'point' | 'troops' | 'zone';

export interface Strings {
  title: string;
  subtitle: string;
  skip: string;
  loading: string;
  loadError: string;
  retry: string;
  language: string;
  /** The phone header's button that shows the subtitle, theme, language and embed. */
  menu: string;
  status: Record<Status, string>;
  statusHelp: Record<Status, string>;
  facet: Record<Facet, string>;
  headline: Record<Headline, string>;
  noClaim: string;
  table: { caption: string; oblast: string; status: string; since: string; source: string };
  panel: { title: string; none: string; history: string; close: string; source: string; quote: string; place: string; coords: string; claimant: string; details: string; originalLanguage: string; noUrl: string; zoneArea: string; later: string; coordsKind: Record<'gazetteer' | 'estimate', string> };
  legend: { title: string; held: string; fullClaim: string; annex: string; zone: string; borderRu: string; claimed: string; disputed: string; denied: string;
    /** An assessment's finding about a village, naming whose control it means. */
    assessedHeld: string; assessedContested: string; assessedNotHeld: string; troops: string; notNow: string;
    /** Legend groups when the build ships the observed record: claims, then each observed source's area ({date}: the snapshot shown). */
    groupClaimed: string; groupObserved: string; groupObservedNone: string; observed: string; notOccupied: string; observedCredit: string };
  /** What an independent assessment found, shown after the status word ("assessed: grey zone"). */
  finding: Record<Finding, string>;
  /** The status word of an assessment naming its assessor: "assessed (<assessor>)". */
  assessedBy: string;
  /** Label of reported speech (a paraphrase), shown instead of quotation marks. */
  paraphrase: string;
  about: string;
  noMap: string;
  noMapHelp: string;
}

export const STRINGS: Record<Lang, Strings> = {
  en: {
    title: 'Russia’s territorial claims in Ukraine',
    subtitle: 'What Russia claims, where and since when — and how solid each claim is. A claim is not a fact.',
    skip: 'Skip to the status table',
    loading: 'Loading map data…',
    loadError: 'The map data could not be loaded.',
    retry: 'Try again',
    language: 'Language',
    menu: 'Menu',
    status: { claimed: 'claimed', disputed: 'disputed', denied: 'denied', confirmed: 'confirmed', assessed: 'assessed' },
    statusHelp: {
      claimed: 'asserted by the claimant, not independently confirmed',
      disputed: 'claimed by one side and denied by the other (or contested), with no independent assessment yet',
      denied: 'rejected by the defending side',
      confirmed: 'confirmed independently',
      assessed: 'an assessment by a named analyst, monitor or reporter (for the observed map, the project named in its legend) and what it found',
    },
    facet: { control: 'Full control claimed by Russia', annexation: 'Annexation claimed by Russia', point: 'Claimed capture of', troops: 'Troops reported massing in the region', zone: '“Buffer zone” announced (depth not stated)' },
    headline: { 'full-control': 'Full control claimed', 'partial-control': 'Partial control claimed', annexation: 'Annexation claimed', point: 'Village capture claimed', troops: 'Troops reported massing', 'buffer-zone': '“Buffer zone” announced', statement: 'Statement', none: 'No claim' },
    finding: { held: 'under Russian control', contested: 'grey zone', 'not-held': 'not under Russian control' },
    assessedBy: 'assessed ({assessor})',
    paraphrase: 'reported speech, not a direct quote',
    noClaim: 'No claim on this date',
    table: { caption: 'Status by oblast on', oblast: 'Oblast', status: 'Status at the date', since: 'Since', source: 'Source' },
    panel: { title: 'Claims on this date', none: 'No claims are in effect on this date.', history: 'Event history', close: 'Close', source: 'Source', quote: 'Quote', place: 'Place', coords: 'Coordinates', claimant: 'Claimant', details: 'Details', originalLanguage: 'Quote in original language', noUrl: 'no link recorded', zoneArea: 'Area of the band (an illustration of the analyst’s 30 km)', later: 'after the selected date', coordsKind: { gazetteer: 'gazetteer position', estimate: 'estimate' } },
    legend: {
      title: 'Legend',
      held: 'Assessed: under Russian control since 2014',
      fullClaim: 'Russia claims full control (thick outline)',
      annex: 'Annexation claimed by Russia (hatched)',
      zone: '“Buffer zone” announced, depth not stated; band: an illustration of an analyst’s 30 km (dotted)',
      borderRu: 'Russia–Ukraine border (solid), Belarus (dashed)',
      claimed: 'Village capture claimed (solid diamond)',
      disputed: 'Capture disputed (half diamond)',
      denied: 'Capture denied by Ukraine (crossed diamond)',
      assessedHeld: 'Assessed: village under Russian control (solid disc)',
      assessedContested: 'Assessed: village in the grey zone (half disc)',
      assessedNotHeld: 'Assessed: village not under Russian control (hollow disc)',
      troops: 'Troops reported massing in the region (chevrons at the oblast)',
      notNow: 'not on this date',
      groupClaimed: 'Claimed',
      groupObserved: 'Observed ({source}, {date})',
      groupObservedNone: 'Observed ({source}): first snapshot {date}',
      observed: 'Occupied area as mapped (solid fill)',
      notOccupied: 'Not shown as occupied, in an oblast Russia claims (outline, with its km²)',
      observedCredit: 'Observed data: {publisher}, {licence}',
    },
    about: 'Boundaries: Natural Earth 10m (public domain). Claims and figures: cited per event.',
    noMap: 'This browser cannot draw the interactive map (WebGL is unavailable).',
    noMapHelp: 'The same facts are below: the claims on this date, the status of every oblast in the table, and the advance-rate chart. The timeline still works.',
  },
  uk: {
    title: 'Територіальні претензії Росії в Україні',
    subtitle: 'Що, де і відколи заявляє Росія — і наскільки обґрунтована кожна заява. Заява — не факт.',
    skip: 'Перейти до таблиці стану',
    loading: 'Завантаження даних карти…',
    loadError: 'Не вдалося завантажити дані карти.',
    retry: 'Спробувати ще раз',
    language: 'Мова',
    menu: 'Меню',
    status: { claimed: 'заявлено', disputed: 'спірно', denied: 'заперечено', confirmed: 'підтверджено незалежно', assessed: 'оцінка' },
    statusHelp: {
      claimed: 'твердження сторони, не підтверджене незалежно',
      disputed: 'заявлено однією стороною і заперечено іншою (або поставлено під сумнів третьою), незалежної оцінки ще немає',
      denied: 'відкинуто стороною, що обороняється',
      confirmed: 'підтверджено незалежно',
      assessed: 'оцінка названого аналітика, моніторингу чи журналіста (для мапи спостереження — проєкт, названий у її легенді) і те, що вона встановила',
    },
    facet: { control: 'Заявлений Росією повний контроль', annexation: 'Заявлена Росією анексія', point: 'Заявлене захоплення:', troops: 'Повідомлення про скупчення військ в області', zone: 'Оголошено «буферну зону» (глибину не вказано)' },
    headline: { 'full-control': 'Заявлений повний контроль', 'partial-control': 'Заявлений частковий контроль', annexation: 'Заявлена анексія', point: 'Заявлене захоплення села', troops: 'Повідомлення про скупчення військ', 'buffer-zone': 'Оголошено «буферну зону»', statement: 'Заява', none: 'Немає заяв' },
    finding: { held: 'під контролем РФ', contested: 'сіра зона', 'not-held': 'не під контролем РФ' },
    assessedBy: 'оцінка ({assessor})',
    paraphrase: 'переказ, не пряма цитата',
    noClaim: 'Немає заяв на цю дату',
    table: { caption: 'Стан за областями на', oblast: 'Область', status: 'Стан на дату', since: 'Відколи', source: 'Джерело' },
    panel: { title: 'Заяви на цю дату', none: 'На цю дату немає чинних заяв.', history: 'Історія подій', close: 'Закрити', source: 'Джерело', quote: 'Цитата', place: 'Місце', coords: 'Координати', claimant: 'Заявник', details: 'Докладніше', originalLanguage: 'Цитата мовою оригіналу', noUrl: 'посилання не збережено', zoneArea: 'Площа смуги (ілюстрація 30 км за словами аналітика)', later: 'після вибраної дати', coordsKind: { gazetteer: 'за довідником', estimate: 'оцінка' } },
    legend: {
      title: 'Умовні позначення',
      held: 'Оцінка: під контролем РФ з 2014 року',
      fullClaim: 'Росія заявляє повний контроль (товстий контур)',
      annex: 'Заявлена Росією анексія (штрихування)',
      zone: 'Оголошено «буферну зону», глибину не вказано; смуга — ілюстрація 30 км за словами аналітика (крапки)',
      borderRu: 'Кордон України з Росією (суцільна лінія), з Білоруссю (пунктирна лінія)',
      claimed: 'Заявлене захоплення села (суцільний ромб)',
      disputed: 'Захоплення спірне (напівзафарбований ромб)',
      denied: 'Захоплення заперечує Україна (перекреслений ромб)',
      assessedHeld: 'Оцінка: село під контролем РФ (суцільне коло)',
      assessedContested: 'Оцінка: село в сірій зоні (напівзафарбоване коло)',
      assessedNotHeld: 'Оцінка: село не під контролем РФ (порожнє коло)',
      troops: 'Повідомлення про скупчення військ в області (шеврони в області)',
      notNow: 'не на цю дату',
      groupClaimed: 'Заявлено',
      groupObserved: 'Спостереження ({source}, {date})',
      groupObservedNone: 'Спостереження ({source}): перший знімок {date}',
      observed: 'Окупована територія на мапі (суцільна заливка)',
      notOccupied: 'Поза окупованою територією в області, на яку претендує Росія (контур із площею в км²)',
      observedCredit: 'Дані спостереження: {publisher}, {licence}',
    },
    about: 'Кордони: Natural Earth 10m (суспільне надбання). Заяви та цифри: джерело в кожній події.',
    noMap: 'Цей браузер не може показати інтерактивну карту (WebGL недоступний).',
    noMapHelp: 'Ті самі факти подано нижче: заяви на цю дату, стан кожної області в таблиці та графік темпу просування. Шкала часу працює.',
  },
};
