// The least a PNG 2× export can cost, shared by the floor pages (main.js, groups.ts): the map redrawn
// at pixel ratio 2, copied in its `render`, encoded with toBlob, the ratio put back; resolves to ms.
export function floorPng(map) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    map.setPixelRatio(2);
    map.once('render', () => {
      const src = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = src.width;
      out.height = src.height;
      out.getContext('2d').drawImage(src, 0, 0);
      map.setPixelRatio(1);
      out.toBlob(() => resolve(performance.now() - t0), 'image/png');
    });
    map.triggerRepaint();
  });
}
