// The usual other spellings of each first-level unit: Russian-based romanisations (Lugansk, Kharkov),
// older or foreign names (Lemberg, Czernowitz), Russian Cyrillic and the cities that name an oblast.
// The search matches them; the map and panels show only the data's own names (name_en / name_uk).
import type { OblastId } from '../domain/oblasts';

export const OTHER_SPELLINGS: Record<OblastId, readonly string[]> = {
  'UA-05': ['Vinnitsa', 'Vinnytsya', 'Винница'],
  'UA-07': ['Volhynia', 'Volyn’', 'Lutsk', 'Волынь'],
  'UA-09': ['Lugansk', 'Luhans’k', 'Donbas', 'Луганск'],
  'UA-12': ['Dnepropetrovsk', 'Dnipro', 'Dnepr', 'Dnipropetrovs’k', 'Днепропетровск', 'Дніпро', 'Днепр'],
  'UA-14': ['Donets’k', 'Donbas', 'Донецк'],
  'UA-18': ['Zhitomir', 'Житомир'],
  'UA-21': ['Transcarpathia', 'Zakarpattya', 'Uzhhorod', 'Закарпатье'],
  'UA-23': ['Zaporozhye', 'Zaporizhia', 'Zaporozhe', 'Zaporizhzhya', 'Запорожье'],
  'UA-26': ['Ivano-Frankovsk', 'Stanislav', 'Ивано-Франковск'],
  'UA-30': ['Kiev', 'Kyiv city', 'Киев'],
  'UA-32': ['Kiev oblast', 'Kiev region', 'Киевская область'],
  'UA-35': ['Kirovograd', 'Kropyvnytskyi', 'Kropivnitsky', 'Кировоград', 'Кропивницький'],
  'UA-40': ['Sebastopol', 'Sevastopil', 'Севастополь'],
  'UA-43': ['Krym', 'Crimean peninsula', 'Крым', 'Крим'],
  'UA-46': ['Lvov', 'Lwów', 'Lemberg', 'Львов'],
  'UA-48': ['Nikolaev', 'Nikolayev', 'Николаев'],
  'UA-51': ['Odessa', 'Одесса'],
  'UA-53': ['Полтава'],
  'UA-56': ['Rovno', 'Ровно'],
  'UA-59': ['Сумы'],
  'UA-61': ['Ternopol', 'Тернополь'],
  'UA-63': ['Kharkov', 'Харьков', 'Харків'],
  'UA-65': ['Херсон'],
  'UA-68': ['Khmelnitsky', 'Khmelnytskyy', 'Proskurov', 'Хмельницкий'],
  'UA-71': ['Cherkassy', 'Черкассы'],
  'UA-74': ['Chernigov', 'Чернигов'],
  'UA-77': ['Chernovtsy', 'Czernowitz', 'Черновцы'],
};
