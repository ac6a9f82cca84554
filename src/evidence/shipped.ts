// The observed records this build ships, as the build tells the page (scripts/observed-vite.ts):
// per record its source id, the URL of its packed file and its first and last snapshot day, so the
// timeline's range is right before any file is fetched. Empty when the build ships none (and in
// tests, which pass their records explicitly).
export interface ShippedRecord {
  source: string;
  url: string;
  first: string;
  last: string;
}

declare const __OBSERVED_RECORDS__: ShippedRecord[] | undefined;

export const SHIPPED_RECORDS: readonly ShippedRecord[] = typeof __OBSERVED_RECORDS__ !== 'undefined' && Array.isArray(__OBSERVED_RECORDS__) ? __OBSERVED_RECORDS__ : [];
