// The first-screen signal: nothing resolves before the app marks it (or the timeout passes).
import { describe, expect, it, vi } from 'vitest';

describe('first-screen signal', () => {
  it('waits for markFirstScreen, then resolves every waiter', async () => {
    vi.resetModules();
    const m = await import('./first-screen');
    let resolved = 0;
    const a = m.afterFirstScreen(60_000).then(() => resolved++);
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(0);
    expect(m.firstScreenDone()).toBe(false);
    m.markFirstScreen();
    await a;
    await m.afterFirstScreen(60_000).then(() => resolved++);
    expect(resolved).toBe(2);
    expect(m.firstScreenDone()).toBe(true);
  });

  it('gives up waiting after the timeout when the map never idles', async () => {
    vi.resetModules();
    const m = await import('./first-screen');
    const t0 = Date.now();
    await m.afterFirstScreen(30);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(m.firstScreenDone()).toBe(false);
  });
});

describe('evidence-drawn signal', () => {
  it('waits for markEvidenceDrawn, not for the first screen', async () => {
    vi.resetModules();
    const m = await import('./first-screen');
    let resolved = false;
    const waiter = m.afterEvidenceDrawn(60_000).then(() => (resolved = true));
    m.markFirstScreen();
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    expect(m.evidenceDrawn()).toBe(false);
    m.markEvidenceDrawn();
    await waiter;
    expect(m.evidenceDrawn()).toBe(true);
  });

  it('implies the first screen (a page without a map reaches both at once)', async () => {
    vi.resetModules();
    const m = await import('./first-screen');
    m.markEvidenceDrawn();
    expect(m.firstScreenDone()).toBe(true);
    await m.afterFirstScreen(60_000);
  });

  it('gives up waiting after the timeout when the record is never drawn', async () => {
    vi.resetModules();
    const m = await import('./first-screen');
    const t0 = Date.now();
    await m.afterEvidenceDrawn(30);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(m.evidenceDrawn()).toBe(false);
  });
});
