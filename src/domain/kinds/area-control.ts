// Area control: "Russia controls all (or part) of an oblast". The one kind a map of control can judge:
// it matches the observed map when no part of the oblast wide enough to hold the importer's disk
// (4 km across) lies outside the occupied area.
import { oblastControl } from './measure.ts';
import type { ClaimKindDef } from './types.ts';

export const areaControl: ClaimKindDef = {
  id: 'area-control',
  description: 'A claim of military control over an oblast (all of it when share is 1, else part).',
  subjectNeeds: ['oblasts'],
  slot: 'control',
  headline: (c) => ((c.share ?? 0) >= 1 ? 'full-control' : 'partial-control'),
  symbols: ['fullClaim', 'held'],
  facet: 'control',
  verdicts: ['matches', 'does_not_match', 'not_measurable'],
  subjects: (c) => (c.subject.oblasts ?? []).map((id) => ({ kind: 'oblast', id })),
  measure: () => 'control',
  evaluate: (h, _c, s) => (s.kind === 'oblast' ? oblastControl(h, s.id, (parts) => (parts === 0 ? 'matches' : 'does_not_match')) : null),
};
