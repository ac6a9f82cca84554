// Observed control: the packed history of an observed source decoded for the map, and the figures read from it.
// A thin entry point so importers keep one path: the file format lives in observed-format.ts, the
// shares, gains, held ground and point tests in observed-metrics.ts.
export * from './observed-format.ts';
export * from './observed-metrics.ts';
