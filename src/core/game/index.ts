/** The game's state, its actions and effects, the reducer built from the content, and what is derived from them. */
export * from './actions';
export * from './career';
export * from './class-board';
export { classInvestigationGone } from './class-investigation';
export * from './content-loading';
export * from './data';
export * from './effects';
export * from './lesson-links';
export type { QuizFormat } from './lms';
export * from './modes';
export * from './notices';
export * from './profiles';
export * from './reducer';
export * from './selectors';
export * from './state';
export type { Step } from './step';
export * from './player-settings';
