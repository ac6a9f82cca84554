// Point control: "Russia has taken a village". Measured as the share of the place's uncertainty circle
// in the occupied area. Only a gazetteer position earns a verdict (inside / partly / outside); an
// estimated position shows the share as "position uncertain", since its circle may measure the
// neighbouring ground rather than the place.
import { circleControl } from './measure.ts';
import type { ClaimKindDef } from './types.ts';

export const pointControl: ClaimKindDef = {
  id: 'point-control',
  description: 'A claim to have captured a place (village, town); its position comes from a gazetteer or an estimate.',
  subjectNeeds: ['oblasts', 'point'],
  slot: 'points',
  headline: () => 'point',
  symbols: ['claimed', 'disputed', 'denied', 'assessedHeld', 'assessedContested', 'assessedNotHeld'],
  facet: 'point',
  verdicts: ['inside', 'partly', 'outside', 'no_verdict', 'not_measurable'],
  subjects: (c) => [...(c.subject.point ? [c.subject.point] : []), ...(c.subject.points ?? [])].map((place, index) => ({ kind: 'point', place, index })),
  measure: (_c, s) => (s.kind === 'point' && s.place.coords_kind !== 'gazetteer' ? 'estimate' : 'point'),
  evaluate: (h, _c, s) => (s.kind === 'point' ? circleControl(h, s.place, s.place.coords_kind === 'gazetteer') : null),
};
