// The record's age and the stale notice against an injected clock, and a pinned view's notes.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { observedSource } from '../evidence/registry';
import { fixtureWatch } from '../evidence/fixture-watch/manifest';
import { freshness, STALE_AFTER_DAYS, todayOf } from '../evidence/record';
import { RecordStatus, recordNotes } from './RecordStatus';

const at = (iso: string) => () => new Date(iso);
const html = (el: React.ReactElement) => renderToStaticMarkup(el);

describe('record freshness', () => {
  it('counts whole days from the last day to the reader\'s today, stale after a week', () => {
    expect(freshness('2026-05-31', new Date(2026, 4, 31, 23, 59))).toEqual({ last: '2026-05-31', ageDays: 0, stale: false });
    expect(freshness('2026-05-31', new Date(2026, 5, 7, 12))).toMatchObject({ ageDays: STALE_AFTER_DAYS, stale: false });
    expect(freshness('2026-05-31', new Date(2026, 5, 8, 0, 1))).toMatchObject({ ageDays: 8, stale: true });
    // a clock behind the record (a wrong system date) never gives a negative age
    expect(freshness('2026-05-31', new Date(2026, 0, 1)).ageDays).toBe(0);
    expect(todayOf(new Date(2026, 11, 5, 0, 30))).toBe('2026-12-05');
  });

  it('the page says the source, the last day and the age; no notice within a week', () => {
    const out = html(<RecordStatus last="2026-05-31" source={observedSource()} lang="en" now={at('2026-06-03T12:00:00')} />);
    expect(out).toContain(`${observedSource().name} map of 31 May 2026`);
    expect(out).toContain('3 days old');
    expect(out).not.toContain('record-stale');
  });

  it('after a week, a quiet notice says where the record ends (both languages)', () => {
    const en = html(<RecordStatus last="2026-05-31" source={observedSource()} lang="en" now={at('2026-12-05T09:00:00')} />);
    expect(en).toContain('188 days old');
    expect(en).toContain('The record shown ends on 31 May 2026.');
    const uk = html(<RecordStatus last="2026-05-31" source={fixtureWatch} lang="uk" now={at('2026-06-09T09:00:00')} />);
    expect(uk).toContain('Карта FixtureWatch станом на 31 травня 2026');
    expect(uk).toContain('давність: 9 днів');
    expect(uk).toContain('Показані дані закінчуються 31 травня 2026');
  });

  it('a pinned view says "Data as of" with a link to the live view, and corrections made after its day', () => {
    const corrections = [
      { date: '2026-03-01', claim_id: 'a', what: { en: 'Earlier fix.', uk: 'Раніше.' }, why: { en: 'x', uk: 'х' } },
      { date: '2026-04-10', claim_id: 'b', what: { en: 'Quote restored.', uk: 'Цитату відновлено.' }, why: { en: 'x', uk: 'х' } },
    ];
    const out = html(<RecordStatus last="2026-03-31" source={observedSource()} lang="en" now={at('2026-04-02T09:00:00')} asOf="2026-03-31" liveHref="./?date=2026-03-31&lang=en" corrections={corrections} compact />);
    expect(out).toContain('Data as of 31 March 2026');
    expect(out).toContain('href="./?date=2026-03-31&amp;lang=en"');
    expect(out).toContain('Corrected on 10 April 2026: Quote restored.');
    expect(out).not.toContain('Earlier fix.');
    expect(out).not.toContain('days old');
    expect(out).toContain('map of 31 March 2026');
  });

  it('the embed gets the same notes as text for its one-line credit', () => {
    const corrections = [{ date: '2026-04-10', claim_id: 'b', what: { en: 'Quote restored.', uk: 'Цитату відновлено.' }, why: { en: 'x', uk: 'х' } }];
    const notes = recordNotes({ last: '2026-03-31', source: fixtureWatch, lang: 'en', now: at('2026-05-01T09:00:00'), asOf: '2026-03-31', corrections });
    expect(notes).toEqual([
      { id: 'record-map-of', text: 'FixtureWatch map of 31 March 2026' },
      { id: 'record-stale', text: 'The record shown ends on 31 March 2026.' },
      { id: 'record-pinned', text: 'Data as of 31 March 2026' },
      { id: 'record-corrected', text: 'Corrected on 10 April 2026: Quote restored.' },
    ]);
    expect(recordNotes({ last: '2026-03-31', source: fixtureWatch, lang: 'en', now: at('2026-04-02T09:00:00') }).map((n) => n.id)).toEqual(['record-map-of']);
    expect(recordNotes({ last: '', source: fixtureWatch, lang: 'en' })).toEqual([]);
  });

  it('says nothing without a record', () => {
    expect(html(<RecordStatus last="" source={observedSource()} lang="en" />)).toBe('');
  });
});
