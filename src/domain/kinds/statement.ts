// Statement: words about territory ("all of Ukraine is ours") with no footprint to measure.
import { unmeasuredSubject, type ClaimKindDef } from './types.ts';

export const statement: ClaimKindDef = {
  id: 'statement',
  description: 'A statement about territory by an official, with no area or place a map could test.',
  subjectNeeds: [],
  slot: 'statements',
  headline: () => 'statement',
  symbols: [],
  facet: null,
  verdicts: ['not_measurable'],
  subjects: unmeasuredSubject,
  measure: () => 'none',
  evaluate: () => null,
};
