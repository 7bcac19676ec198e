/**
 * The investigation screen's part of the reducer (issue #11): open an investigation (or go on
 * with the one left unfinished), classify its passages, go on to the synthesis question, answer
 * it. Every step is kept in the profile's record at once, so a reload finds the investigation
 * where it was; the finished one's result is kept (the better one) with the profile.
 */
import type { ContentIndex } from '../content/content-index';
import type { ContentBundle } from '../content/schema';
import {
  answerSynthesis,
  classifyPassage,
  type Investigation,
  type InvestigationProgress,
  type InvestigationResult,
  type InvestigationsRecord,
  investigationsOf,
  isUnlocked,
  recordResult,
  startInvestigation,
  toQuestion,
  withProgress,
} from '../investigations';
import type { GameAction } from './actions';
import { completedDossiers } from './selectors';
import type { GameState } from './state';
import { changed, type Step, unchanged } from './step';

/** What the investigation screen shows: the progress, and once the question is answered, the result. */
export interface InvestigationScreen {
  progress: InvestigationProgress;
  result: InvestigationResult | null;
}

export type InvestigationAction = Extract<
  GameAction,
  { type: 'open-investigation' | 'investigation-classify' | 'investigation-question' | 'investigation-answer' | 'investigation-answer-nth' }
>;

/** The content or its index (the menu has only the index until the texts arrive). */
export type InvestigationSource = ContentBundle | ContentIndex;

const listOf = (source: InvestigationSource) => ('investigations' in source ? source.investigations : investigationsOf(source));

/** The investigations this profile may open now. */
export function unlockedInvestigations(state: GameState, content: InvestigationSource): ReadonlySet<string> {
  const completed = completedDossiers(state, content.excerpts);
  const open = new Set(
    listOf(content)
      .filter((i) => isUnlocked(i, completed))
      .map((i) => i.id),
  );
  // The one left unfinished stays open to finish, whatever the dossiers say now.
  const current = state.profile.investigations?.current?.id;
  if (current) open.add(current);
  return open;
}

export function findInvestigation(content: InvestigationSource, id: string): Investigation | undefined {
  return listOf(content).find((i) => i.id === id);
}

function save(state: GameState, record: InvestigationsRecord, screen: InvestigationScreen): Step {
  const profile = { ...state.profile, investigations: record };
  return changed(
    { ...state, screen: 'investigation', profile, investigation: screen },
    { type: 'save-investigations', profileId: profile.profileId, record },
  );
}

export function reduceInvestigations(state: GameState, action: InvestigationAction, content: ContentBundle): Step {
  const record = state.profile.investigations;
  if (action.type === 'open-investigation') {
    const investigation = findInvestigation(content, action.id);
    if (!investigation || !unlockedInvestigations(state, content).has(investigation.id)) return unchanged(state);
    const kept = record?.current?.id === investigation.id ? record.current : undefined;
    const progress = kept ?? startInvestigation(investigation, action.at);
    if (kept) return changed({ ...state, screen: 'investigation', investigation: { progress, result: null }, outcome: null });
    return save({ ...state, outcome: null }, withProgress(record, progress), { progress, result: null });
  }
  const shown = state.investigation;
  if (state.screen !== 'investigation' || !shown || shown.result) return unchanged(state);
  const investigation = findInvestigation(content, shown.progress.id);
  if (!investigation) return unchanged(state);
  switch (action.type) {
    case 'investigation-classify': {
      const progress = classifyPassage(investigation, shown.progress, action.excerptId, action.category, action.at);
      return progress === shown.progress ? unchanged(state) : save(state, withProgress(record, progress), { progress, result: null });
    }
    case 'investigation-question': {
      const progress = toQuestion(investigation, shown.progress, action.at);
      return progress === shown.progress ? unchanged(state) : save(state, withProgress(record, progress), { progress, result: null });
    }
    case 'investigation-answer-nth': {
      const answer = Number.isInteger(action.index) ? investigation.question.choices[action.index] : undefined;
      return answer === undefined ? unchanged(state) : reduceInvestigations(state, { ...action, type: 'investigation-answer', answer }, content);
    }
    case 'investigation-answer': {
      const result = answerSynthesis(investigation, shown.progress, content, action.answer, action.at);
      if (!result) return unchanged(state);
      const step = save(state, recordResult(record, investigation.id, result), { progress: shown.progress, result });
      return { ...step, effects: [...step.effects, { type: 'sound', name: result.synthesisRight ? 'right' : 'wrong' }] };
    }
  }
}
