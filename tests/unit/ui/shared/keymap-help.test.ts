/** Help's key list and the keymap tell the same keys: each shortcut has its line, each line its shortcut. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import { validateContent } from '../../../../src/core/content/validate';
import type { GameState } from '../../../../src/core/game';
import { investigationsOf } from '../../../../src/core/investigations';
import { defaultSettings } from '../../../../src/core/progress/records';
import { HELP_KEYS, KEYMAP, matchShortcut } from '../../../../src/ui/shared/keymap';
import { gameState, runnerFor } from '../../fixtures';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const helpKeys = (language: 'fr' | 'en') =>
  (JSON.parse(readFileSync(join(root, 'locales', language, 'help.json'), 'utf8')) as { keys: Record<string, string> }).keys;

const press = (key: string) =>
  ({ key, repeat: false, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: null }) as KeyboardEvent;
function pressed(state: GameState, key: string) {
  const shortcut = matchShortcut(press(key), state);
  return shortcut ? { help: shortcut.help, intent: shortcut.perform(state, press(key)) } : null;
}

describe('the keys in Help', () => {
  it('has a line for every shortcut, and every line but Tab (the browser’s) is a shortcut', () => {
    for (const shortcut of KEYMAP) expect(HELP_KEYS, shortcut.name).toContain(shortcut.help);
    const told = new Set(KEYMAP.map((s) => s.help));
    expect(HELP_KEYS.filter((key) => !told.has(key))).toEqual(['tab']);
  });

  it('says each line in French and English, and nothing more', () => {
    for (const language of ['fr', 'en'] as const) expect(Object.keys(helpKeys(language)).sort()).toEqual([...HELP_KEYS].sort());
  });

  it('tells the keys a class votes with on an investigation’s question as the keymap takes them', () => {
    const { bundle } = validateContent(readContent().input, { minimums: false });
    if (!bundle) throw new Error('the shipped content does not validate');
    const investigation = investigationsOf(bundle)[0];
    if (!investigation) throw new Error('no investigation in the shipped content');
    const run = runnerFor(bundle);
    const setup = { teamNames: ['A', 'B'], size: 5 as const, seed: 1, clueStep: false, investigation: investigation.id };
    let { state } = run(gameState(defaultSettings('fr'), { classSetup: setup }), { type: 'start-class-round', teamNames: setup.teamNames });
    for (const id of investigation.excerptIds) {
      const category = bundle.excerpts.find((e) => e.id === id)?.category ?? 'fact';
      ({ state } = run(state, { type: 'choose', category, playerId: 'team-1' }, { type: 'reveal' }, { type: 'next' }));
    }
    expect(state.round?.investigation?.vote).toEqual({ votes: {} });
    // The team's number (1 to the number of teams), then its vote (1 to the number of choices), Escape to let go, R to reveal.
    expect(pressed(state, '2')).toEqual({ help: 'classVote', intent: { type: 'class-select-team', index: 1 } });
    expect(pressed(state, '3')?.intent).toBeNull();
    ({ state } = run(state, { type: 'class-select-team', index: 1 }));
    expect(pressed(state, 'Escape')).toEqual({ help: 'classVote', intent: { type: 'class-select-team', index: null } });
    const last = investigation.question.choices.length;
    expect(pressed(state, String(last))).toEqual({
      help: 'classVote',
      intent: { type: 'class-vote', choice: investigation.question.choices[last - 1] },
    });
    expect(pressed(state, 'r')).toBeNull();
    ({ state } = run(state, { type: 'class-vote', choice: investigation.question.answer }));
    expect(pressed(state, 'r')).toEqual({ help: 'reveal', intent: { type: 'reveal' } });
  });
});
