export * from './derive';
export * from './play';
export * from './record';
export * from './questions';
