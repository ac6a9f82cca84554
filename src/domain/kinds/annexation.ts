// Annexation: a legal claim to sovereignty. A map of control cannot bear it out or refute it, so its
// result carries the control measure and no verdict; the views add the fixed non-recognition line
// (UN General Assembly resolutions 68/262 and ES-11/4).
import { oblastControl } from './measure.ts';
import type { ClaimKindDef } from './types.ts';

export const annexation: ClaimKindDef = {
  id: 'annexation',
  description: 'A claim to have annexed an oblast (sovereignty, not control); never given a verdict from the map.',
  subjectNeeds: ['oblasts'],
  slot: 'annexation',
  headline: () => 'annexation',
  symbols: ['annex'],
  facet: 'annexation',
  verdicts: ['no_verdict', 'not_measurable'],
  subjects: (c) => (c.subject.oblasts ?? []).map((id) => ({ kind: 'oblast', id })),
  measure: () => 'legal',
  evaluate: (h, _c, s) => (s.kind === 'oblast' ? oblastControl(h, s.id, () => 'no_verdict') : null),
};
