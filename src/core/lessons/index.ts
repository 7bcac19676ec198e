/** Lessons, their codes, pupils' result codes and the class report: pure, shared by the game state and the views. */
export * from './collect';
export * from './lesson';
export * from './lesson-code';
export * from './report';
export * from './result-code';
export * from './play';
