// How the map's GeoJSON sources are cut into tiles. MapLibre draws every layer once per tile (and a
// fill twice: fill and antialiased outline), so the tile count of a view multiplies the draw calls.
// The default source maxzoom (18) cuts the country-wide view (zoom ≈ 5.1 at 899×610 px) into six
// zoom-5 tiles; with maxzoom 4 the same view takes two zoom-4 tiles, and deeper zooms are sliced
// from them (overzoomed). A zoom-4 tile keeps 8192 units per 22.5° (≈ 0.003°: a seventh of a pixel
// at the default view, a pixel at zoom 8).
export const GEO_TILE_MAXZOOM = 4;
/**
 * geojson-vt's simplification, in pixels of a tile at the source's maxzoom. The default (0.375)
 * would simplify by 0.375 px of zoom 4, 6 px once overzoomed to zoom 8; 0.375 / 2⁴ simplifies the
 * zoom-4 tiles as the default simplified zoom-8 tiles, so lines stay as they were up to zoom 8.
 */
export const GEO_TILE_TOLERANCE = 0.375 / 2 ** GEO_TILE_MAXZOOM;
/** The tiling options of every GeoJSON source of the map. */
export const GEO_TILING = { maxzoom: GEO_TILE_MAXZOOM, tolerance: GEO_TILE_TOLERANCE } as const;
