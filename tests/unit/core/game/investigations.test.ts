import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import { validateContent } from '../../../../src/core/content/validate';
import type { ArticleId } from '../../../../src/core/content/schema';
import type { GameState } from '../../../../src/core/game';
import { unlockedInvestigations } from '../../../../src/core/game/investigations';
import { investigationsOf } from '../../../../src/core/investigations';
import { mergeProfileData } from '../../../../src/core/progress/merge';
import { migrateProfile } from '../../../../src/core/progress/migrate';
import { CURRENT_VERSION, type DeviceData, defaultSettings, ProfileData } from '../../../../src/core/progress/records';
import { buildExport, parseImport } from '../../../../src/core/progress/transfer';
import { gameState, runnerFor } from '../../fixtures';

const { bundle } = validateContent(readContent().input, { minimums: false });
if (!bundle) throw new Error('the shipped content does not validate');
const content = bundle;
const run = runnerFor(content);
const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
const at = (minute: number) => `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`;

/** A profile that finished the dossier round of one article (every excerpt answered "fact"). */
function afterDossier(article: string): GameState {
  const ids = content.excerpts.filter((e) => e.article === article).map((e) => e.id);
  const steps = ids.flatMap((_, i) => [
    { type: 'choose' as const, category: 'fact' as const, at: at(i) },
    { type: 'next' as const, at: at(i) },
  ]);
  return run(gameState(settings), { type: 'start-dossier', article: article as ArticleId }, ...steps).state;
}

describe('investigations in the game', () => {
  const losses = investigationsOf(content).find((i) => i.id === 'topic:losses');
  if (!losses) throw new Error('the shipped content has no investigation on losses');

  it('are all locked for a newcomer, and open with the first dossier of one of their articles', () => {
    const fresh = gameState(settings);
    expect(unlockedInvestigations(fresh, content).size).toBe(0);
    expect(run(fresh, { type: 'open-investigation', id: losses.id }).state).toBe(fresh);
    const played = afterDossier('004');
    const open = unlockedInvestigations(played, content);
    expect(open.has(losses.id)).toBe(true);
    for (const investigation of investigationsOf(content)) expect(open.has(investigation.id)).toBe(investigation.articles.includes('004'));
  });

  it('is played step by step, each step saved in the profile, and its result kept', () => {
    const played = afterDossier('004');
    const opened = run(played, { type: 'open-investigation', id: losses.id, at: at(30) });
    expect(opened.state.screen).toBe('investigation');
    expect(opened.effects).toContainEqual({
      type: 'save-investigations',
      profileId: played.profile.profileId,
      record: opened.state.profile.investigations,
    });
    // The question waits until every passage is classified.
    const [first, second] = losses.excerptIds as [string, string];
    const half = run(
      opened.state,
      { type: 'investigation-classify', excerptId: first, category: 'estimate', at: at(31) },
      { type: 'investigation-question' },
    );
    expect(half.state.investigation?.progress.phase).toBe('classify');
    expect(half.state.profile.investigations?.current?.answers).toEqual({ [first]: 'estimate' });
    const asked = run(
      half.state,
      { type: 'investigation-classify', excerptId: second, category: 'opinion', at: at(32) },
      { type: 'investigation-question', at: at(33) },
    );
    expect(asked.state.investigation?.progress.phase).toBe('question');
    const done = run(asked.state, { type: 'investigation-answer', answer: losses.question.answer, at: at(34) });
    expect(done.state.investigation?.result).toEqual({
      at: at(34),
      passages: 2,
      passagesRight: 1,
      synthesis: losses.question.answer,
      synthesisRight: true,
    });
    expect(done.state.profile.investigations).toEqual({ results: { [losses.id]: done.state.investigation?.result } });
    expect(done.effects).toContainEqual({ type: 'sound', name: 'right' });
    // Answered once: a second answer changes nothing.
    expect(run(done.state, { type: 'investigation-answer', answer: 'agrees' }).state).toBe(done.state);
    // Kept by the stored record, its reading back and the two-tab merge.
    expect(v.is(ProfileData, done.state.profile)).toBe(true);
    const reread = migrateProfile(JSON.parse(JSON.stringify(done.state.profile)));
    expect(reread.ok && reread.data.investigations).toEqual(done.state.profile.investigations);
    expect(mergeProfileData(done.state.profile, played.profile).investigations).toEqual(done.state.profile.investigations);
    // Export and import carry them.
    const device: DeviceData = { version: CURRENT_VERSION, settings, profiles: done.state.profiles, activeProfileId: done.state.activeProfileId };
    const imported = parseImport(JSON.stringify(buildExport(device, [done.state.profile], new Date(at(50)))));
    expect(imported.ok && imported.data.profiles[0]?.investigations).toEqual(done.state.profile.investigations);
  });

  it('goes on where it was left: Back to the list, then open it again (as after a reload)', () => {
    const played = afterDossier('004');
    const [first] = losses.excerptIds as [string];
    const left = run(
      played,
      { type: 'open-investigation', id: losses.id, at: at(30) },
      { type: 'investigation-classify', excerptId: first, category: 'fact', at: at(31) },
      { type: 'back' },
    );
    expect(left.state.screen).toBe('investigations');
    expect(left.state.investigation).toBeNull();
    // A reload: a new state from the stored profile.
    const reloaded = gameState(settings, { profile: JSON.parse(JSON.stringify(left.state.profile)) as GameState['profile'] });
    const again = run(reloaded, { type: 'open-investigation', id: losses.id, at: at(40) });
    expect(again.state.investigation?.progress.answers).toEqual({ [first]: 'fact' });
    expect(again.state.investigation?.progress.startedAt).toBe(at(30));
  });

  it('sets aside a damaged investigations record without losing the rest of the profile', () => {
    const played = afterDossier('004');
    const damaged = { ...JSON.parse(JSON.stringify(played.profile)), investigations: { results: { x: { at: 'yesterday' } } } };
    const reread = migrateProfile(damaged);
    expect(reread.ok && reread.data.investigations).toBeUndefined();
    expect(reread.ok && reread.data.rounds.length).toBe(1);
    expect(reread.ok && reread.setAside.map((s) => s.path)).toEqual(['investigations']);
  });
});
