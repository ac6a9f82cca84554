// DeepState's occupied-area layer, as mirrored daily by cyterat/deepstate-map-data. The packed file
// in data/observed/ is derived from these snapshots, so it shares their licence (GPL-3.0).
import type { SourceManifest } from '../types';

export const deepstate: SourceManifest = {
  id: 'deepstate',
  role: 'observed',
  name: 'DeepState',
  publisher: { name: 'DeepStateMap', url: 'https://deepstatemap.live' },
  mirror: { name: 'cyterat/deepstate-map-data', url: 'https://github.com/cyterat/deepstate-map-data' },
  license: { id: 'GPL-3.0', textFile: 'data/observed/LICENSE', url: 'https://www.gnu.org/licenses/gpl-3.0.html' },
  attributionUrl: 'https://deepstatemap.live',
  meaning: {
    en: 'areas DeepState marks as occupied; its grey zone is not included, so ground outside them is only “not shown as occupied”, with nothing said of who holds it',
    uk: 'території, які DeepState позначає як окуповані; його сіра зона не включена, тож територія поза ними лише «не позначена як окупована», без висновку про те, хто її контролює',
  },
  assessor: { en: 'DeepState, a Ukrainian OSINT project', uk: 'DeepState, український OSINT-проєкт' },
  snapshot: {
    // The mirror's workflow downloads the map daily at 03:00 UTC and names the file by that run's date.
    timeOfDay: '03:00',
    timeZone: 'UTC',
    note: {
      en: 'a snapshot is the map as downloaded by the mirror at 03:00 UTC on its date',
      uk: 'знімок — це карта, завантажена дзеркалом о 03:00 UTC у день, яким він датований',
    },
  },
};
