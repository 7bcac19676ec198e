/** The star rules and a dossier's next star in words; every figure comes from the core's rules. */
import { type NextStar, starRuleFractions } from '../../core/career/next-star';
import type { Translate } from '../shared/i18n';

/** The three rules, one line each, with the thresholds formatted from the rules' constants. */
export function starRuleLines(t: Translate): string[] {
  const f = starRuleFractions();
  const sure = t('play:confidence.sure');
  const fairly = t('play:confidence.fairly');
  return [
    t('career:dossiers.ruleAccuracy', { num: f.accuracy.num, den: f.accuracy.den }),
    t('career:dossiers.ruleClues', { num: f.clues.num, den: f.clues.den }),
    t('career:dossiers.ruleCalibration', {
      num: f.committed.num,
      den: f.committed.den,
      rightNum: f.committedRight.num,
      rightDen: f.committedRight.den,
      sure,
      fairly,
    }),
  ];
}

/** "Next star: find 2 more clues than your best try (6 of 10 needed)", or that all three are earned. */
export function nextStarText(t: Translate, next: NextStar | null): string {
  if (!next) return t('career:dossiers.allStars');
  switch (next.star) {
    case 'accuracy':
      return next.more === null
        ? t('career:dossiers.nextAccuracy', { count: next.need, need: next.need, total: next.total })
        : t('career:dossiers.nextAccuracyMore', { count: next.more, need: next.need, total: next.total });
    case 'clues':
      if (next.stepOff) return t('career:dossiers.nextCluesOff');
      return next.more === null
        ? t('career:dossiers.nextClues', { count: next.need, need: next.need, total: next.total })
        : t('career:dossiers.nextCluesMore', { count: next.more, need: next.need, total: next.total });
    case 'calibration': {
      if (next.stepOff) return t('career:dossiers.nextCalibrationOff');
      const f = starRuleFractions().committedRight;
      return t('career:dossiers.nextCalibration', {
        needCommitted: next.needCommitted,
        needRight: next.needRight,
        rightNum: f.num,
        rightDen: f.den,
        sure: t('play:confidence.sure'),
        fairly: t('play:confidence.fairly'),
      });
    }
  }
}
