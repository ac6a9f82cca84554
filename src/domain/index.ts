export * from './dates';
export * from './oblasts';
export * from './schema';
export * from './validate';
export * from './join';
export * from './gains';
export * from './geo';
