import { periodStart } from './dates.ts';
import type { ClaimEvent } from './schema.ts';

/** The day from which an event counts: its own day, the start of its month/year, or an explicit override. */
export function effectiveDate(e: ClaimEvent): string {
  return e.effective_from ?? periodStart(e.date);
}
