/**
 * Two versions of one profile's progress, made one: what two tabs (or a tab and storage)
 * each hold after playing apart. Nothing valid is lost:
 * - rounds: the union by id (a round is immutable once recorded, so one copy of each is right),
 *   in chronological order, then cut to the history limits (bests and cards are kept apart);
 * - review cards: per excerpt, the card of the version that answered that excerpt last (its
 *   card is the result of every answer up to then); the other's when it alone knows it;
 * - best score and best streak: the maxima;
 * - the player's settings: the version changed last (settingsAt); on a tie, one fixed choice.
 * The merge is commutative, associative and idempotent (property tests), so the order in which
 * tabs learn of each other's saves does not matter.
 */
import { careerAfterRound, mergeCareer } from '../career/record';
import { mergeInvestigations } from '../investigations/record';
import { recordRound } from './leitner';
import { MAX_HISTORY_ANSWERS, MAX_HISTORY_ROUNDS } from './limits';
import type { LeitnerCard, LeitnerCards, ProfileData, RoundRecord } from './records';

const byTime = (a: RoundRecord, b: RoundRecord): number =>
  a.endedAt < b.endedAt
    ? -1
    : a.endedAt > b.endedAt
      ? 1
      : a.startedAt < b.startedAt
        ? -1
        : a.startedAt > b.startedAt
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0;

/** The newest rounds that fit the history limits (MAX_HISTORY_ROUNDS, MAX_HISTORY_ANSWERS), oldest first. */
export function withinHistoryLimits(rounds: readonly RoundRecord[]): RoundRecord[] {
  let answers = 0;
  let first = rounds.length;
  while (first > 0 && rounds.length - first < MAX_HISTORY_ROUNDS) {
    const next = (rounds[first - 1] as RoundRecord).answers.length;
    if (answers + next > MAX_HISTORY_ANSWERS) break;
    answers += next;
    first -= 1;
  }
  return first === 0 ? [...rounds] : rounds.slice(first);
}

/** When each excerpt was last answered in these rounds (class rounds leave the cards alone). */
function lastAnswered(rounds: readonly RoundRecord[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const round of rounds) {
    if (round.mode === 'class') continue;
    for (const answer of round.answers) {
      const seen = last.get(answer.excerptId);
      if (seen === undefined || answer.at > seen) last.set(answer.excerptId, answer.at);
    }
  }
  return last;
}

/** A total order on cards, so that a tie between the two versions is settled the same either way. */
function cardRank(card: LeitnerCard): string {
  return `${card.retired ? 1 : 0}|${card.rightInARow}|${card.box}|${card.due}`;
}

export function mergeProfileData(a: ProfileData, b: ProfileData): ProfileData {
  const byId = new Map<string, RoundRecord>();
  for (const round of [...a.rounds, ...b.rounds]) {
    const kept = byId.get(round.id);
    // The same id twice is the same round; keep one copy, the same one whichever side comes first.
    if (!kept || JSON.stringify(round) < JSON.stringify(kept)) byId.set(round.id, round);
  }
  const rounds = withinHistoryLimits([...byId.values()].sort(byTime));

  const lastA = lastAnswered(a.rounds);
  const lastB = lastAnswered(b.rounds);
  const leitner: LeitnerCards = {};
  for (const excerptId of [...new Set([...Object.keys(a.leitner), ...Object.keys(b.leitner)])].sort()) {
    const cardA = a.leitner[excerptId];
    const cardB = b.leitner[excerptId];
    if (!cardA || !cardB) {
      leitner[excerptId] = (cardA ?? cardB) as LeitnerCard;
      continue;
    }
    const atA = lastA.get(excerptId) ?? '';
    const atB = lastB.get(excerptId) ?? '';
    if (atA !== atB) leitner[excerptId] = atA > atB ? cardA : cardB;
    else leitner[excerptId] = cardRank(cardA) >= cardRank(cardB) ? cardA : cardB;
  }

  const merged: ProfileData = {
    version: a.version,
    profileId: a.profileId,
    rounds,
    leitner,
    bestScore: Math.max(a.bestScore, b.bestScore),
    bestStreak: Math.max(a.bestStreak, b.bestStreak),
    ...withInvestigations(mergeInvestigations(a.investigations, b.investigations)),
    ...withCareer(mergeCareer(a.career, b.career)),
    settings: laterSettings(a, b).settings,
  };
  const settingsAt = laterSettings(a, b).settingsAt;
  if (settingsAt !== undefined) merged.settingsAt = settingsAt;
  return merged;
}

/** The side whose settings were changed last; a tie (or neither changed) is settled by the settings themselves. */
function laterSettings(a: ProfileData, b: ProfileData): ProfileData {
  const atA = a.settingsAt ?? '';
  const atB = b.settingsAt ?? '';
  if (atA !== atB) return atA > atB ? a : b;
  return JSON.stringify(a.settings) >= JSON.stringify(b.settings) ? a : b;
}

/** The career field when there is one (a profile without a career keeps no `career` key). */
function withCareer(career: ProfileData['career']): Pick<ProfileData, 'career'> {
  return career ? { career } : {};
}

const withInvestigations = (record: ProfileData['investigations']) => (record ? { investigations: record } : {});

/**
 * The profile with one more finished round: its record, its answers applied to the review
 * cards, the bests raised. Appending a round already recorded changes nothing (the same
 * object comes back), so a save replayed after a reload or by another tab is harmless.
 */
export function appendRoundRecord(profile: ProfileData, record: RoundRecord): ProfileData {
  if (profile.rounds.some((r) => r.id === record.id)) return profile;
  const next: ProfileData = {
    ...profile,
    rounds: withinHistoryLimits([...profile.rounds, record]),
    leitner: recordRound(profile.leitner, record),
    bestScore: record.mode === 'play' ? Math.max(profile.bestScore, record.score) : profile.bestScore,
    bestStreak: Math.max(profile.bestStreak, record.bestStreak),
  };
  // Dossier stars and the rank are kept apart from the rounds, which may be trimmed.
  return { ...next, ...withCareer(careerAfterRound(next, record)) };
}
