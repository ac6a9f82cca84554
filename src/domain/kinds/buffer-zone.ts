// Buffer zone: an announced intention to push a band of occupied ground along the border. An
// announcement is not a claim of control, so there is no verdict: the result is the change in occupied
// km² in the project's illustrative band since the announcement, then what was occupied then.
import { bandMeasure } from './measure.ts';
import { unmeasuredSubject, type ClaimKindDef, type LedgerSubject } from './types.ts';

export const bufferZone: ClaimKindDef = {
  id: 'buffer-zone',
  description: 'An announced "buffer zone" along the border (depth not stated); the band drawn is the project’s illustration.',
  subjectNeeds: ['oblasts', 'zone'],
  slot: 'zone',
  headline: () => 'buffer-zone',
  symbols: ['zone'],
  facet: 'zone',
  verdicts: ['no_verdict', 'not_measurable'],
  subjects: (c, h) => {
    const band = h?.packed.zone;
    if (band && c.subject.zone === band.id) {
      const ids = (c.subject.oblasts ?? []).filter((id) => (band.bandKm2[h.oblastIndex.get(id) ?? -1] ?? 0) > 0);
      if (ids.length) return ids.map((id): LedgerSubject => ({ kind: 'zone', id, zone: band.id }));
    }
    return unmeasuredSubject(c);
  },
  measure: (_c, s) => (s.kind === 'zone' ? 'zone' : 'none'),
  evaluate: (h, _c, s) => (s.kind === 'zone' && h.packed.zone ? bandMeasure(h, s.id) : null),
};
