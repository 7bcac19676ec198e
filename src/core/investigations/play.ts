/**
 * Playing one investigation, as pure steps on its saved progress: classify each passage
 * (changeable), go on to the synthesis question (the classifications become final), answer it.
 * Unlocking follows the dossiers completed.
 */
import type { Category } from '../categories';
import type { ArticleId, ContentBundle } from '../content/schema';
import type { Investigation } from './derive';
import type { InvestigationProgress, InvestigationResult, InvestigationsRecord } from './record';
import { betterResult } from './record';

export function startInvestigation(investigation: Investigation, at: string): InvestigationProgress {
  return { id: investigation.id, startedAt: at, updatedAt: at, answers: {}, phase: 'classify' };
}

/** A passage classified (or reclassified) while the passages are on show; anything else changes nothing. */
export function classifyPassage(
  investigation: Investigation,
  progress: InvestigationProgress,
  excerptId: string,
  category: Category,
  at: string,
): InvestigationProgress {
  if (progress.phase !== 'classify' || progress.id !== investigation.id || !investigation.excerptIds.includes(excerptId)) return progress;
  if (progress.answers[excerptId] === category) return progress;
  return { ...progress, updatedAt: at, answers: { ...progress.answers, [excerptId]: category } };
}

export function allClassified(investigation: Investigation, progress: InvestigationProgress): boolean {
  return investigation.excerptIds.every((id) => progress.answers[id] !== undefined);
}

/** On to the synthesis question, once every passage is classified. */
export function toQuestion(investigation: Investigation, progress: InvestigationProgress, at: string): InvestigationProgress {
  if (progress.phase !== 'classify' || !allClassified(investigation, progress)) return progress;
  return { ...progress, phase: 'question', updatedAt: at };
}

/** The synthesis answered: the result, scored against the key (null when the question is not asked yet, or the choice is not one of its). */
export function answerSynthesis(
  investigation: Investigation,
  progress: InvestigationProgress,
  content: ContentBundle,
  synthesis: string,
  at: string,
): InvestigationResult | null {
  if (progress.phase !== 'question' || progress.id !== investigation.id) return null;
  const { question } = investigation;
  if (!question.choices.includes(synthesis)) return null;
  const expected = new Map(content.excerpts.map((e) => [e.id, e.category]));
  const passagesRight = investigation.excerptIds.filter((id) => progress.answers[id] === expected.get(id)).length;
  return { at, passages: investigation.excerptIds.length, passagesRight, synthesis, synthesisRight: synthesis === question.answer };
}

/** The record with a result kept (the better of it and the one before) and nothing left unfinished. */
export function recordResult(record: InvestigationsRecord | undefined, id: string, result: InvestigationResult): InvestigationsRecord {
  const results = { ...(record?.results ?? {}) };
  results[id] = betterResult(results[id], result);
  return { results };
}

/** The record with this progress as the one left unfinished. */
export function withProgress(record: InvestigationsRecord | undefined, progress: InvestigationProgress): InvestigationsRecord {
  return { results: record?.results ?? {}, current: progress };
}

/**
 * An investigation opens once the dossier of any one of its articles is completed: every
 * investigation then has a way in from a single dossier, so a newcomer reaches one with the first.
 */
export function isUnlocked(investigation: Investigation, completed: ReadonlySet<ArticleId>): boolean {
  return investigation.articles.some((article) => completed.has(article));
}
