import { describe, expect, it } from 'vitest';
import { offerFirstPicture, pictureKey, takeFirstPicture } from './first-picture';

const base = { width: 899.4, height: 564, date: '2025-07-01', lang: 'en', theme: 'light', layers: '' };

describe('the boot picture hand-over', () => {
  it('keys a picture by everything it depends on', () => {
    expect(pictureKey(base)).toBe(pictureKey({ ...base, width: 899 }));
    for (const other of [{ width: 900 }, { height: 565 }, { date: '2025-07-02' }, { lang: 'uk' }, { theme: 'dark' }, { focus: 'UA-09' }, { view: { lon: 31, lat: 49, zoom: 5 } }, { layers: 'record' }]) {
      expect(pictureKey({ ...base, ...other })).not.toBe(pictureKey(base));
    }
  });

  it('hands the picture over once, and only for its own key', () => {
    const canvas = {} as HTMLCanvasElement;
    offerFirstPicture(pictureKey(base), canvas);
    expect(takeFirstPicture(pictureKey({ ...base, lang: 'uk' }))).toBeNull();
    // asked once: a wrong key gives it up
    expect(takeFirstPicture(pictureKey(base))).toBeNull();
    offerFirstPicture(pictureKey(base), canvas);
    expect(takeFirstPicture(pictureKey(base))).toBe(canvas);
    expect(takeFirstPicture(pictureKey(base))).toBeNull();
  });
});
