import { afterEach, describe, expect, it, vi } from 'vitest';
import { pymChildId, pymMessage, reportHeight, wantsTransparent } from './height';
import { HEIGHT_MESSAGE } from './embed-code';

describe('host protocols', () => {
  it("reads Pym's childId and ?transparent=1 from the loaded query", () => {
    expect(pymChildId('?embed=1&initialWidth=420&childId=map-1&parentTitle=x')).toBe('map-1');
    expect(pymChildId('?embed=1')).toBeNull();
    expect(pymChildId('?childId=%3Cscript%3E')).toBeNull();
    expect(wantsTransparent('?embed=1&transparent=1')).toBe(true);
    expect(wantsTransparent('?embed=1&transparent=0')).toBe(false);
  });

  it("writes Pym's message format", () => {
    expect(pymMessage('map-1', 'height', '812')).toBe('pymxPYMxmap-1xPYMxheightxPYMx812');
  });
});

describe('reportHeight', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("posts the height as its own message, AMP's embed-size and, under Pym, Pym's height; answers Pym's width", () => {
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
    const sent: unknown[] = [];
    const parent = { postMessage: (m: unknown) => sent.push(m) };
    let onMessage: ((e: MessageEvent) => void) | null = null;
    const win = {
      parent,
      document: { documentElement: { getBoundingClientRect: () => ({ height: 811.2 }) } },
      addEventListener: (_: string, f: (e: MessageEvent) => void) => (onMessage = f),
      removeEventListener: () => {},
    } as unknown as Window;
    const stop = reportHeight(win, '?embed=1&childId=c1');
    expect(sent).toEqual([{ type: HEIGHT_MESSAGE, height: 812 }, { sentinel: 'amp', type: 'embed-size', height: 812 }, 'pymxPYMxc1xPYMxheightxPYMx812']);
    sent.length = 0;
    onMessage!({ source: parent, data: 'pymxPYMxc1xPYMxwidthxPYMx420' } as unknown as MessageEvent);
    expect(sent).toContain('pymxPYMxc1xPYMxheightxPYMx812');
    sent.length = 0;
    onMessage!({ source: parent, data: 'pymxPYMxother-idxPYMxwidthxPYMx420' } as unknown as MessageEvent);
    expect(sent).toEqual([]);
    stop();
  });

  it('without childId posts no Pym message', () => {
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
    const sent: unknown[] = [];
    const win = {
      parent: { postMessage: (m: unknown) => sent.push(m) },
      document: { documentElement: { getBoundingClientRect: () => ({ height: 500 }) } },
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    reportHeight(win, '?embed=1')();
    expect(sent.some((m) => typeof m === 'string')).toBe(false);
  });
});
