/** What the live region says for each effect: the new excerpt, the verdict, the results. */
import type { GameEffect, GameState } from '../core/game';
import { SOLO } from '../core/round';
import type { UiServices } from './context';
import type { Translate } from './i18n-hooks';

export function announcementFor(effect: GameEffect, state: GameState, services: Pick<UiServices, 'excerptById' | 'articleById'>, t: Translate): string | null {
  const language = state.settings.language;
  switch (effect.type) {
    case 'announce-excerpt': {
      const excerpt = services.excerptById.get(effect.excerptId);
      if (!excerpt) return null;
      return t('play:announceExcerpt', {
        current: effect.index + 1,
        total: effect.total,
        title: services.articleById.get(excerpt.article)?.title ?? excerpt.article,
        text: language === 'en' ? excerpt.translation.en : excerpt.text,
      });
    }
    case 'announce-verdict': {
      const excerpt = services.excerptById.get(effect.turn.excerptId);
      const why = excerpt?.explanation[language].why ?? '';
      const answered = effect.turn.answers[SOLO.id]?.category;
      const category = t(`common:category.${effect.turn.expected}`);
      if (answered === effect.turn.expected) return t('play:announceRight', { category, why });
      return t('play:announceWrong', { category, answered: answered ? t(`common:category.${answered}`) : '—', why });
    }
    case 'announce-results': {
      const round = state.round;
      const score = round?.scores[SOLO.id];
      if (!round || !score) return null;
      return t('results:announce', { score: score.score, right: score.right, total: round.turns.length });
    }
    default:
      return null;
  }
}
