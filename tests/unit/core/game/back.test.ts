/** The browser's Back as a game intent: the innermost thing open closes first, a round under way is kept. */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/core/progress/records';
import { gameState, runGame } from '../../fixtures';

const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
const startPlay = { type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] } as const;

describe('back', () => {
  it('closes the pause first, then leaves the round for the menu, which offers it again as it was', () => {
    const playing = runGame(gameState(settings), startPlay, { type: 'choose', category: 'fact' }, { type: 'next' }).state;
    const paused = runGame(playing, { type: 'pause' }).state;
    const unpaused = runGame(paused, { type: 'back' }).state;
    expect(unpaused).toMatchObject({ screen: 'play', paused: false });
    const { state, effects } = runGame(unpaused, { type: 'back' });
    expect(state).toMatchObject({ screen: 'menu', round: null });
    expect(state.resumable).toBe(playing.round);
    // Nothing is cleared from storage: the saved round stays in its slot.
    expect(effects).toEqual([]);
    const resumed = runGame(state, { type: 'resume-saved' }).state;
    expect(resumed.screen).toBe('play');
    expect(resumed.round).toBe(playing.round);
    // On the menu, Back has nothing left to close (the browser leaves the game from its first entry).
    expect(runGame(state, { type: 'back' }).state).toBe(state);
  });

  it('closes the source viewer before anything else, then a side screen back to where it was opened', () => {
    const settingsOverPlay = runGame(gameState(settings), startPlay, { type: 'pause' }, { type: 'navigate', screen: 'settings' }).state;
    expect(runGame(settingsOverPlay, { type: 'back' }).state.screen).toBe('play');
    const sources = runGame(
      gameState(settings),
      { type: 'navigate', screen: 'sources' },
      { type: 'open-viewer', articleId: '000', focusExcerptId: null },
    ).state;
    const closed = runGame(sources, { type: 'back' }).state;
    expect(closed).toMatchObject({ screen: 'sources', viewer: null });
    expect(runGame(closed, { type: 'back' }).state.screen).toBe('menu');
  });

  it('Progress opened from the results closes to the menu (button, Escape or Back)', () => {
    const results = runGame(
      gameState(settings),
      startPlay,
      { type: 'choose', category: 'fact' },
      { type: 'next' },
      { type: 'choose', category: 'fact' },
      { type: 'next' },
    ).state;
    expect(results.screen).toBe('results');
    const progress = runGame(results, { type: 'navigate', screen: 'progress' }).state;
    expect(runGame(progress, { type: 'close-screen' }).state.screen).toBe('menu');
    expect(runGame(progress, { type: 'back' }).state.screen).toBe('menu');
    expect(runGame(results, { type: 'back' }).state.screen).toBe('menu');
  });

  it('a class round goes back to the classroom screen, kept there to resume; a lesson step back to the list', () => {
    const classroom = runGame(
      gameState(settings),
      { type: 'navigate', screen: 'classroom' },
      { type: 'class-default-setup', teamNames: ['A', 'B'] },
    ).state;
    const playing = runGame(classroom, { type: 'start-class-round', teamNames: ['A', 'B'] }).state;
    expect(playing.round?.mode).toBe('class');
    const back = runGame(playing, { type: 'back' }).state;
    expect(back).toMatchObject({ screen: 'classroom', round: null });
    expect(back.classroom.saved).toBe(playing.round);
    expect(runGame(back, { type: 'back' }).state.screen).toBe('menu');
    const editing = runGame(gameState(settings), { type: 'navigate', screen: 'lessons' }, { type: 'edit-lesson', id: null }).state;
    expect(editing.screen).toBe('lesson-edit');
    expect(runGame(editing, { type: 'back' }).state.screen).toBe('lessons');
  });
});
