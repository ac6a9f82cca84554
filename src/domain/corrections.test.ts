// The corrections log: its schema and the ids it names are checked with the rest of the data, and
// every error names the file and the field.
import { describe, expect, it } from 'vitest';
import { readRaw } from '../../tests/support/helpers';
import { eventKey, formatError, validateDataset } from './validate';

function withCorrections(corrections: unknown[]) {
  const raw = readRaw();
  return validateDataset({ ...raw, corrections: { corrections } });
}

const text = { en: 'x', uk: 'х' };

describe('corrections log', () => {
  it('the committed log is valid and ships sorted by date', () => {
    const { dataset, errors } = validateDataset(readRaw());
    expect(errors).toEqual([]);
    expect(Array.isArray(dataset!.corrections)).toBe(true);
  });

  it('accepts an entry naming an existing claim, event and source, sorted oldest first', () => {
    const raw = readRaw() as { claims: { claims: Array<{ id: string; events: Array<{ date: string; source: string }> }> } };
    const c = raw.claims.claims[0]!;
    const e = c.events[0]!;
    const { dataset, errors } = withCorrections([
      { date: '2025-08-02', claim_id: c.id, what: text, why: text },
      { date: '2025-07-10', claim_id: c.id, event_id: eventKey(e), source_id: e.source, what: text, why: text },
    ]);
    expect(errors).toEqual([]);
    expect(dataset!.corrections.map((k) => k.date)).toEqual(['2025-07-10', '2025-08-02']);
  });

  it('names the file and field of an unknown claim, event or source id', () => {
    const { dataset, errors } = withCorrections([
      { date: '2025-07-10', claim_id: 'no-such-claim', what: text, why: text },
      { date: '2025-07-10', claim_id: 'dachne-capture-2025', event_id: '1999-01-01/nobody', source_id: 'nobody', what: text, why: text },
    ]);
    expect(dataset).toBeNull();
    const msgs = errors.map(formatError);
    expect(msgs).toContain('data/corrections.json: $.corrections[0].claim_id: unknown claim id "no-such-claim"');
    expect(msgs.some((m) => m.startsWith('data/corrections.json: $.corrections[1].event_id: claim "dachne-capture-2025" has no event "1999-01-01/nobody"'))).toBe(true);
    expect(msgs).toContain('data/corrections.json: $.corrections[1].source_id: unknown source id "nobody"');
  });

  it('rejects a bad shape: a date that is not a day, a missing language, an unknown key', () => {
    const { errors } = withCorrections([{ date: '2025-07', claim_id: 'dachne-capture-2025', what: { en: 'x' }, why: text, extra: 1 }]);
    const msgs = errors.map(formatError);
    expect(msgs.some((m) => m.startsWith('data/corrections.json: $.corrections[0].date:'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('data/corrections.json: $.corrections[0].what.uk:'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('data/corrections.json: $.corrections[0]:') && /extra/.test(m))).toBe(true);
  });
});
