import { describe, expect, it } from 'vitest';
import { completedDossiers } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { gameState, runGame } from '../../fixtures';

const at = '2026-01-01T10:00:00.000Z';
const excerpts = [
  { id: '004-01', article: '004' as const },
  { id: '004-02', article: '004' as const },
  { id: '001-12', article: '001' as const },
];

describe('completedDossiers', () => {
  it('counts an article once every one of its excerpts has been answered, and none before', () => {
    const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
    const fresh = gameState(settings);
    expect([...completedDossiers(fresh, excerpts)]).toEqual([]);
    const { state } = runGame(
      fresh,
      { type: 'start-round', mode: 'play', excerptIds: ['004-01', '001-12'] },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
    );
    expect([...completedDossiers(state, excerpts)]).toEqual(['001']);
  });
});
