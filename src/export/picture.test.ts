import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGeo } from '../state/load';
import { fitCamera, pictureCamera, PICTURE_BOUNDS, projector } from './picture';
import { approxMeasure, staticPicture, STATIC_SIZE } from './static-picture';
import { loadDataset } from '../../scripts/load-data';

describe('picture camera', () => {
  it('fits the box as MapLibre fitBounds does: inside the padding, touching it on one axis', () => {
    for (const [w, h] of [[899, 610], [420, 280], [1200, 630]] as const) {
      const cam = fitCamera(PICTURE_BOUNDS, w, h, 8);
      const p = projector(cam, w, h);
      const [x0, y0] = p([PICTURE_BOUNDS[0], PICTURE_BOUNDS[3]]);
      const [x1, y1] = p([PICTURE_BOUNDS[2], PICTURE_BOUNDS[1]]);
      expect(x0).toBeGreaterThanOrEqual(8 - 1e-6);
      expect(y0).toBeGreaterThanOrEqual(8 - 1e-6);
      expect(x1).toBeLessThanOrEqual(w - 8 + 1e-6);
      expect(y1).toBeLessThanOrEqual(h - 8 + 1e-6);
      expect(Math.min(Math.abs(x0 - 8), Math.abs(y0 - 8))).toBeLessThan(1e-6);
      // centred
      expect(x0 + x1).toBeCloseTo(w, 6);
      expect(y0 + y1).toBeCloseTo(h, 6);
    }
  });

  it("a URL view is MapLibre's centre and zoom: 512 px tiles, the centre in the middle", () => {
    const cam = pictureCamera({ width: 800, height: 600, view: { lon: 31, lat: 48.5, zoom: 5 } });
    const p = projector(cam, 800, 600);
    expect(p([31, 48.5])).toEqual([400, 300]);
    // one degree of longitude at zoom 5 is 512 · 2⁵ / 360 px
    expect(p([32, 48.5])[0] - 400).toBeCloseTo((512 * 32) / 360, 6);
  });
});

describe('static picture', () => {
  it('draws the default view with its text alternative in the SVG (no browser)', () => {
    const { dataset } = loadDataset();
    const geo = decodeGeo(JSON.parse(readFileSync('public/geo/map.topojson', 'utf8')));
    const pic = staticPicture({ dataset: dataset!, geo, observed: null, lang: 'uk', date: '2025-07-01' });
    expect(pic.svg).toContain(`width="${STATIC_SIZE.width}" height="${STATIC_SIZE.height}"`);
    expect(pic.svg).toContain('data-layer="oblast-control"');
    expect(pic.svg).toMatch(/<use [^>]*fill="url\(#[a-z]+-hatch-annex\)"/); // the annexation hatch
    expect(pic.description).toMatch(/^1 липня 2025 р\./);
    expect(pic.svg).toContain(`<desc>${pic.description.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</desc>`);
    expect(approxMeasure('abc', { size: 10, weight: 400 })).toBeCloseTo(16.5);
  });
});
