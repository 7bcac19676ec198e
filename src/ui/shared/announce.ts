/** What the live region says for each effect: the new excerpt, the verdict, the results. */
import type { GameEffect, GameState } from '../../core/game';
import { standings, turnOutcomes } from '../../core/classroom';
import { SOLO, type Turn } from '../../core/round';
import { excerptReading } from '../../core/content/prose';
import { playerSettings, soloVerdict } from '../../core/game';
import { careerAnnouncement } from '../career/announce';
import type { ContentViews } from './context';
import type { Translate } from './i18n';

export function announcementFor(
  effect: GameEffect,
  state: GameState,
  /** The texts; null while they load (no round has started then, so nothing to say of an excerpt). */
  services: Pick<ContentViews, 'excerptById' | 'articleById'> | null,
  t: Translate,
): string | null {
  const language = state.settings.language;
  switch (effect.type) {
    case 'announce-excerpt': {
      const excerpt = services?.excerptById.get(effect.excerptId);
      if (!services || !excerpt) return null;
      return t('play:announceExcerpt', {
        current: effect.index + 1,
        total: effect.total,
        title: services.articleById.get(excerpt.article)?.title ?? excerpt.article,
        text: language === 'en' && !playerSettings(state).frenchFirst ? excerpt.translation.en : excerpt.text,
      });
    }
    case 'announce-verdict': {
      if (state.round?.mode === 'class') return classVerdict(effect.turn, state, t);
      const excerpt = services?.excerptById.get(effect.turn.excerptId);
      const why = services && excerpt ? excerptReading(excerpt, services.articleById, language).short : '';
      const { answer, right } = soloVerdict(effect.turn);
      const answered = answer?.category;
      const category = t(`common:category.${effect.turn.expected}`);
      if (right) return t('play:announceRight', { category, why });
      return t('play:announceWrong', { category, answered: answered ? t(`common:category.${answered}`) : '—', why });
    }
    case 'announce-results': {
      const round = state.round;
      if (round?.mode === 'class') return classResults(state, t);
      const score = round?.scores[SOLO.id];
      if (!round || !score) return null;
      const results = t('results:announce', { score: score.score, right: score.right, total: round.turns.length });
      // A promotion and a dossier's stars are said with the results: one message, so neither cuts the other off.
      const career = careerAnnouncement(state, t);
      return career ? `${results} ${career}` : results;
    }
    default:
      return null;
  }
}

/** The class verdict: the answer, then each team's result (the explanation is on screen for all to read). */
function classVerdict(turn: Turn, state: GameState, t: Translate): string {
  const players = state.round?.players ?? [];
  const teams = turnOutcomes(turn, players)
    .map((outcome) => {
      if (!outcome.answer) return t('classroom:announceTeamNone', { team: outcome.team.name });
      if (outcome.correct) return t('classroom:announceTeamRight', { team: outcome.team.name, points: outcome.points });
      return t('classroom:announceTeamWrong', { team: outcome.team.name, answer: t(`common:category.${outcome.answer}`) });
    })
    .join(' ');
  return t('classroom:announceVerdict', { category: t(`common:category.${turn.expected}`), teams });
}

function classResults(state: GameState, t: Translate): string | null {
  const round = state.round;
  if (!round) return null;
  const ranked = standings(round);
  const leaders = ranked.filter((s) => s.rank === 1);
  const names = joinNames(
    leaders.map((s) => s.team.name),
    state.settings.language,
  );
  return t('classroom:announceResults', { teams: names, score: leaders[0]?.score ?? 0 });
}

/** "A, B and C" in the player's language; plain commas where Intl.ListFormat is missing (older Safari). */
function joinNames(names: string[], language: 'fr' | 'en'): string {
  return typeof Intl.ListFormat === 'function'
    ? new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names)
    : names.join(', ');
}
