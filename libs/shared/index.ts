export * from './decider.js';
export * from './errors.js';
export * from './dates.js';
export * from './actor.js';
export * from './stream-name.js';
export * from './resources.js';
export * from './boundaries.js';
