// The timeline's range, which the URL's date is clamped to: from the first claim the page knows to
// the last claim event, or to the last observed snapshot when that is later (the build knows it
// before the history loads). The store binds the URL with it, and the boot's first picture reads the
// URL with the same range, so both draw the same date.
import { eventDates } from '../domain/join';
import type { Dataset } from '../domain/schema';
import { OBSERVED_LAST } from './load';
import type { DateBounds } from './url';

export const FIRST_DATE = '2014-02-20';
/** The date the page opens on without a `date` in its URL: the article's. */
export const ARTICLE_DATE = '2025-07-01';

export function urlBounds(dataset: Dataset, lastObserved: string = OBSERVED_LAST): DateBounds {
  const max = [eventDates(dataset).at(-1) ?? ARTICLE_DATE, lastObserved].sort().at(-1)!;
  return { min: FIRST_DATE, max, initial: ARTICLE_DATE };
}
