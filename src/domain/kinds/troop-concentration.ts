// Troop concentration: a report of forces massing in a region. It has no footprint to set against a
// map of control, so it is never measured.
import { unmeasuredSubject, type ClaimKindDef } from './types.ts';

export const troopConcentration: ClaimKindDef = {
  id: 'troop-concentration',
  description: 'A report of troops massing in or near an oblast.',
  subjectNeeds: ['oblasts'],
  slot: 'troops',
  headline: () => 'troops',
  symbols: ['troops'],
  facet: 'troops',
  verdicts: ['not_measurable'],
  subjects: unmeasuredSubject,
  measure: () => 'none',
  evaluate: () => null,
};
