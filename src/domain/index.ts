export * from './dates.ts';
export * from './oblasts.ts';
export * from './schema.ts';
export * from './validate.ts';
export * from './join.ts';
export * from './gains.ts';
export * from './geo.ts';
export * from './status.ts';
