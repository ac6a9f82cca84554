// When the panels may take the record: only once the map has drawn it, unless there is nothing to draw.
import { describe, expect, it } from 'vitest';
import { evidenceStage } from './use-observed';

const base = { firstScreen: true, noMap: false, mapDrewRecord: false } as const;

describe('evidenceStage', () => {
  it('waits for the map while the record loads or has arrived but is not drawn yet', () => {
    expect(evidenceStage({ ...base, state: 'loading' })).toBe(false);
    expect(evidenceStage({ ...base, state: 'ready' })).toBe(false);
  });

  it('is reached once the map has drawn the record', () => {
    expect(evidenceStage({ ...base, state: 'ready', mapDrewRecord: true })).toBe(true);
    // a build of several sources: the first drawn while another still loads
    expect(evidenceStage({ ...base, state: 'loading', mapDrewRecord: true })).toBe(true);
  });

  it('does not wait when there is nothing for the map to draw', () => {
    expect(evidenceStage({ ...base, state: 'none' })).toBe(true);
    expect(evidenceStage({ ...base, state: 'error' })).toBe(true);
    expect(evidenceStage({ ...base, state: 'ready', noMap: true })).toBe(true);
  });

  it('is never reached before the first screen', () => {
    expect(evidenceStage({ ...base, firstScreen: false, state: 'none', noMap: true, mapDrewRecord: true })).toBe(false);
  });
});
