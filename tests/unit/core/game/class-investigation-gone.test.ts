/**
 * A class setup or a saved class round naming an investigation the content no longer derives
 * (the content changed since): no crash, nothing silently played instead, a message, nothing else lost.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import { classDeal, type ClassSetup, standings } from '../../../../src/core/classroom';
import type { ContentBundle } from '../../../../src/core/content/schema';
import { validateContent } from '../../../../src/core/content/validate';
import { classInvestigationGone, createGameReducer, type GameAction, type GameState } from '../../../../src/core/game';
import { investigationsOf } from '../../../../src/core/investigations';
import { VOTE_POINTS } from '../../../../src/core/investigations/class-vote';
import { defaultSettings } from '../../../../src/core/progress/records';
import { parseRoundSnapshot } from '../../../../src/core/round';
import { AT, gameState, runnerFor } from '../../fixtures';

const { bundle } = validateContent(readContent().input, { minimums: false });
if (!bundle) throw new Error('the shipped content does not validate');
const content: ContentBundle = bundle;
const TROOPS = 'topic:troops-deployed';
const troops = investigationsOf(content).find((i) => i.id === TROOPS);
if (!troops) throw new Error('the shipped content has no investigation on the troops');
// The same texts, but the troops passages no longer share a topic: that investigation is no longer derived.
const changedContent: ContentBundle = {
  ...content,
  excerpts: content.excerpts.map((e) => (e.topic === 'troops-deployed' ? { ...e, topic: undefined } : e)),
};
const setup: ClassSetup = { teamNames: ['Lynx', 'Hiboux', 'Élans'], size: 5, seed: 7, clueStep: true, showRanking: false, investigation: TROOPS };
const reduce = createGameReducer();
const stamp = { at: AT, seed: 3 };
const loaded = (texts: ContentBundle): GameAction => ({ type: 'content-loaded', content: texts, ...stamp });

describe('a class investigation the content no longer derives', () => {
  it('is gone from the changed content only (the fixture of these tests)', () => {
    expect(investigationsOf(changedContent).some((i) => i.id === TROOPS)).toBe(false);
    expect(changedContent.excerpts.map((e) => e.id)).toEqual(content.excerpts.map((e) => e.id));
  });

  it('a saved setup naming it falls back to the draw of its size when the texts arrive, says so, and keeps the rest', () => {
    const boot = gameState(defaultSettings('fr'), { classSetup: setup });
    expect(boot.content).toBeNull();
    const step = reduce(boot, loaded(changedContent));
    const { investigation: _gone, ...rest } = setup;
    expect(step.state.classroom.setup).toEqual(rest);
    expect(step.state.classroom.notice).toBe('investigation-gone');
    expect(step.effects).toEqual([{ type: 'save-class-setup', setup: rest }]);
    // The round it now starts is the seeded draw the setup shows, with no investigation in it.
    const started = reduce(step.state, { type: 'start-class-round', teamNames: setup.teamNames, ...stamp });
    expect(started.state.round?.excerptIds).toEqual(classDeal(changedContent, rest));
    expect(started.state.round?.excerptIds).toHaveLength(5);
    expect(started.state.round?.investigation).toBeUndefined();
    expect(started.state.round?.players.map((p) => p.name)).toEqual(setup.teamNames);
    expect(started.state.classroom.notice).toBeUndefined();
  });

  it('a setup naming one this content still derives is left as it is, without a message', () => {
    const step = reduce(gameState(defaultSettings('fr'), { classSetup: setup }), loaded(content));
    expect(step.state.classroom.setup).toEqual(setup);
    expect(step.state.classroom.notice).toBeUndefined();
    expect(step.effects).toEqual([]);
  });

  it('a setup changed to a name this content does not derive falls back too', () => {
    const state = gameState(defaultSettings('fr'), { classSetup: { ...setup, investigation: undefined }, content });
    const step = reduce(state, { type: 'class-setup', setup: { ...setup, investigation: 'topic:gone' }, ...stamp });
    expect(step.state.classroom.setup?.investigation).toBeUndefined();
    expect(step.state.classroom.setup?.teamNames).toEqual(setup.teamNames);
    expect(step.state.classroom.notice).toBe('investigation-gone');
  });

  it('a class round saved on its question resumes with what it was dealt, and finishes with its votes counted', () => {
    const run = runnerFor(content);
    const start = gameState(defaultSettings('fr'), { classSetup: setup });
    let { state } = run(start, { type: 'start-class-round', teamNames: setup.teamNames });
    for (const id of troops.excerptIds) {
      const category = content.excerpts.find((e) => e.id === id)?.category ?? 'fact';
      ({ state } = run(state, { type: 'choose', category, playerId: 'team-1' }, { type: 'reveal' }, { type: 'next' }));
    }
    ({ state } = run(state, { type: 'class-vote', choice: troops.question.answer, playerId: 'team-1' }));
    const expectedOf = new Map(changedContent.excerpts.map((e) => [e.id, e.category]));
    const saved = parseRoundSnapshot(JSON.parse(JSON.stringify(state.round)), (id) => expectedOf.get(id), { allowFinished: true });
    expect(saved).not.toBeNull();
    expect(classInvestigationGone(changedContent, saved)).toBe(true);
    expect(classInvestigationGone(content, saved)).toBe(false);

    // After the reload, on the changed content: the setup falls back, the saved round is offered and resumes as it was.
    const boot = gameState(defaultSettings('fr'), { classSetup: setup });
    const reloaded: GameState = { ...boot, classroom: { ...boot.classroom, saved } };
    let after = reduce(reloaded, loaded(changedContent)).state;
    expect(after.classroom.saved).toBe(saved);
    after = reduce(after, { type: 'resume-class-round', ...stamp }).state;
    expect(after.screen).toBe('play');
    expect(after.round?.investigation?.question).toEqual(troops.question);
    after = reduce(after, { type: 'reveal', ...stamp }).state;
    expect(after.round?.investigation?.vote?.gained?.['team-1']).toBe(VOTE_POINTS);
    after = reduce(after, { type: 'next', ...stamp }).state;
    expect(after.screen).toBe('results');
    expect(after.round?.phase).toBe('finished');
    const round = after.round as NonNullable<GameState['round']>;
    expect(standings(round)[0]?.team.id).toBe('team-1');
  });
});
