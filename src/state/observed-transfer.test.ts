// The history handed over in pieces is the history: join(split(h)) gives back decodeObserved's result
// field for field, less the raw streams it was decoded from, on the committed record (the ground not shown as occupied and
// the band included).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeObserved, mergeDerived, type ObservedHistory, type PackedDerived, type PackedObserved } from '../domain/observed-format';
import { CHUNK_NUMBERS, joinObserved, ObservedJoin, splitObserved, withoutRawStreams } from './observed-transfer';

const history = (): ObservedHistory => {
  const packed = JSON.parse(readFileSync('data/observed/observed.json', 'utf8')) as PackedObserved;
  const derived = JSON.parse(readFileSync('data/observed/observed-derived.json', 'utf8')) as PackedDerived;
  return decodeObserved(mergeDerived(packed, derived));
};

/** The history as text, typed arrays as plain arrays (a deep toEqual of 3 MB of features takes seconds). */
const text = (h: ObservedHistory) => JSON.stringify({ ...h, faceRuns: h.faceRuns.map((a) => [...a]), arcRuns: h.arcRuns.map((a) => [...a]), faceBox: h.faceBox.map((a) => [...a]), oblastIndex: [...h.oblastIndex] });

describe('the decoded history in pieces', () => {
  const h = history();
  // as the worker sends them: each message through a structured clone
  const messages = splitObserved(h).map((m) => structuredClone(m.message));

  it('joins back to the same history', () => {
    expect(h.packed.notOccupied && h.packed.zone && h.notOccupiedParts).toBeTruthy();
    const back = joinObserved(messages);
    expect(text(back) === text(withoutRawStreams(h))).toBe(true);
    expect(Object.keys(back).sort()).toEqual(Object.keys(h).sort());
    expect(back.packed.faces).toEqual([]);
    expect(back.packed.notOccupied!.parts[3]!.rings).toEqual([]);
    expect(back.packed.notOccupied!.parts[3]!.km2).toBe(h.packed.notOccupied!.parts[3]!.km2);
    expect(back.faceRuns[7]).toBeInstanceOf(Int32Array);
    expect(back.faceBox[7]).toBeInstanceOf(Float64Array);
    expect(back.oblastIndex).toEqual(h.oblastIndex);
  });

  it('keeps each message small and returns the history only at the end', () => {
    const lists = messages.filter((m) => m.kind === 'list');
    expect(lists.length).toBeGreaterThan(10);
    for (const m of lists) expect(m.json.length).toBeLessThan(CHUNK_NUMBERS * 40);
    const j = new ObservedJoin();
    const got = messages.map((m) => j.take(m));
    expect(got.slice(0, -1).every((x) => x === null)).toBe(true);
    expect(got.at(-1)).not.toBeNull();
  });

  it('does not take pieces before the skeleton', () => {
    expect(() => new ObservedJoin().take({ kind: 'done' })).toThrow(/before the skeleton/);
  });
});
