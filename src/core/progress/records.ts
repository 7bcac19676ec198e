/**
 * What the game keeps on the device, as types and valibot schemas. The schemas are the single
 * definition used by migrations, import and storage, so a saved record cannot drift from the code.
 * Version 1 is the first stored format after the pre-release one (v0, see migrate.ts).
 */
import * as v from 'valibot';
import { CareerRecord } from '../career/schema';
import { CategorySchema } from '../categories';
import { InvestigationsRecord } from '../investigations/record';
import { MAX_ANSWERS_PER_ROUND, MAX_HISTORY_ANSWERS, MAX_HISTORY_ROUNDS, MAX_ID_LENGTH, MAX_REVIEW_CARDS } from './limits';
import { graphemeCount } from './text';

/**
 * Bump when a stored shape changes, and add a step in migrate.ts. v2: the player's own settings
 * (accommodations, text size, font, motion) moved from the device record into each profile.
 */
export const CURRENT_VERSION = 2;

/** Leitner boxes 1…LEITNER_BOX_COUNT (intervals in leitner.ts). */
export const LEITNER_BOX_COUNT = 3;

/** Id of the profile created when a device has none; ids end up in storage keys, so they are plain. */
export const DEFAULT_PROFILE_ID = 'default';
export const PROFILE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const PROFILE_NAME_MAX_LENGTH = 40;

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`));
/** An instant as written by Date#toISOString (a time zone is required, so it means one moment). */
export const IsoInstant = v.pipe(v.string(), v.isoTimestamp('must be an ISO date-time such as 2025-01-31T09:00:00.000Z'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const CONFIDENCES = ['unsure', 'fairly', 'sure'] as const;
export const Confidence = v.picklist(CONFIDENCES);
export type Confidence = v.InferOutput<typeof Confidence>;

export { CategorySchema };

export const AnswerRecord = v.object({
  excerptId: nonEmpty,
  articleId: nonEmpty,
  /** The key's category. */
  expected: CategorySchema,
  answered: CategorySchema,
  /** Only when the confidence step is on. */
  confidence: v.optional(Confidence),
  /** Only when the clue step is on: the words marked (indices of excerptWords) and whether they found a clue. */
  marks: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  clueFound: v.optional(v.boolean()),
  /** Answered in two steps (checkable or a view, then the category); scored like any answer. */
  twoStep: v.optional(v.literal(true)),
  at: IsoInstant,
});
export type AnswerRecord = v.InferOutput<typeof AnswerRecord>;

/** 'dossier': every excerpt of one article in reading order (career/dossiers.ts). */
export const ROUND_MODES = ['play', 'review', 'class', 'dossier'] as const;
export type RoundMode = (typeof ROUND_MODES)[number];

export const RoundRecord = v.object({
  id: nonEmpty,
  mode: v.picklist(ROUND_MODES),
  startedAt: IsoInstant,
  endedAt: IsoInstant,
  score: v.pipe(v.number(), v.finite(), v.minValue(0)),
  bestStreak: count,
  answers: v.pipe(v.array(AnswerRecord), v.maxLength(MAX_ANSWERS_PER_ROUND, `at most ${MAX_ANSWERS_PER_ROUND} answers`)),
});
export type RoundRecord = v.InferOutput<typeof RoundRecord>;

export const LeitnerCard = v.object({
  box: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LEITNER_BOX_COUNT)),
  due: IsoInstant,
  rightInARow: count,
  retired: v.boolean(),
});
export type LeitnerCard = v.InferOutput<typeof LeitnerCard>;

/** Cards by excerpt id. */
export type LeitnerCards = Record<string, LeitnerCard>;

export const ProfileIdSchema = v.pipe(v.string(), v.regex(PROFILE_ID_PATTERN, 'must be 1–64 letters, digits, - or _'));

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export const REDUCED_MOTION = ['system', 'on', 'off'] as const;
export const ROUND_SIZES = [5, 10, 20, 'all'] as const;
/** Reading aloud: slower, normal, faster (the speech synthesis rate). */
export const SPEECH_RATES = [0.75, 1, 1.25] as const;

/**
 * A player's own settings, kept in their profile: what one person needs to read and answer (two
 * pupils sharing a classroom machine each keep theirs). A lesson may turn some of them on for
 * its round (core/game/player-settings.ts); the profile's own values are never changed by it.
 */
export const PlayerSettingsFields = {
  textSize: v.picklist(TEXT_SIZES),
  reducedMotion: v.picklist(REDUCED_MOTION),
  dyslexiaFont: v.boolean(),
  /**
   * English interface only: the excerpt's French original first, its translation one key (T) away.
   * Off by default: a pupil must understand the excerpt to classify it; learners of French turn it on.
   */
  frenchFirst: v.boolean(),
  /** Fewer choices: first "can it be checked, or is it someone's view?", then the finer choice between two. */
  twoStep: v.boolean(),
  /** A "Read aloud" button (and the L key) with the browser's own voices: the excerpt, the choices, the verdict. */
  readAloud: v.boolean(),
  speechRate: v.picklist(SPEECH_RATES),
} as const;

export const PlayerSettings = v.object(PlayerSettingsFields);
export type PlayerSettings = v.InferOutput<typeof PlayerSettings>;
export type PlayerSettingsField = keyof PlayerSettings;
export const PLAYER_SETTINGS_FIELDS = Object.keys(PlayerSettingsFields) as PlayerSettingsField[];

/** What a profile's rounds prove of its bests: the best score of a played round (review rounds set none), the longest streak. */
export function roundBests(rounds: readonly { mode: RoundMode; score: number; bestStreak: number }[]): { bestScore: number; bestStreak: number } {
  let bestScore = 0;
  let bestStreak = 0;
  for (const round of rounds) {
    if (round.mode === 'play' && round.score > bestScore) bestScore = round.score;
    if (round.bestStreak > bestStreak) bestStreak = round.bestStreak;
  }
  return { bestScore, bestStreak };
}

/**
 * A profile's progress. The checks after the fields are the one rule that both the loader
 * (migrate.ts, which sets aside what breaks them) and the import (transfer.ts, which refuses a
 * file that breaks them) apply: round ids unique, the size limits, bests not below the rounds.
 */
export const ProfileData = v.pipe(
  v.object({
    version: v.literal(CURRENT_VERSION),
    profileId: ProfileIdSchema,
    rounds: v.pipe(v.array(RoundRecord), v.maxLength(MAX_HISTORY_ROUNDS, `at most ${MAX_HISTORY_ROUNDS} rounds`)),
    leitner: v.pipe(
      v.record(nonEmpty, LeitnerCard),
      v.check((cards) => Object.keys(cards).length <= MAX_REVIEW_CARDS, `at most ${MAX_REVIEW_CARDS} review cards`),
    ),
    /** Kept apart from rounds so that trimming old rounds never lowers a record. */
    bestScore: v.pipe(v.number(), v.finite(), v.minValue(0)),
    bestStreak: count,
    /** Investigations (#11): optional, so records from before them load as they are (no version bump). */
    investigations: v.optional(InvestigationsRecord),
    /** Ranks and dossier stars (career/schema.ts); absent in profiles saved before the career, which need no migration. */
    career: v.optional(CareerRecord),
    /** The player's own settings (accommodations, text, motion): theirs on any device this profile is on. */
    settings: PlayerSettings,
    /** When they were last changed, so that two tabs' changes merge to the later one (absent: never changed). */
    settingsAt: v.optional(IsoInstant),
  }),
  v.check((p) => new Set(p.rounds.map((r) => r.id)).size === p.rounds.length, 'round ids must be unique'),
  v.check((p) => p.rounds.reduce((n, r) => n + r.answers.length, 0) <= MAX_HISTORY_ANSWERS, `at most ${MAX_HISTORY_ANSWERS} answers in the history`),
  v.check((p) => {
    const bests = roundBests(p.rounds);
    return p.bestScore >= bests.bestScore && p.bestStreak >= bests.bestStreak;
  }, 'best score and streak must not be below those of the rounds'),
);
export type ProfileData = v.InferOutput<typeof ProfileData>;

export const ProfileName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  // Counted as a reader sees them (grapheme clusters): an emoji is one, and never cut in half.
  v.check((name) => graphemeCount(name) <= PROFILE_NAME_MAX_LENGTH, `must be at most ${PROFILE_NAME_MAX_LENGTH} characters`),
  v.maxLength(PROFILE_NAME_MAX_LENGTH * 16, 'is far too long'),
);

export const Profile = v.object({
  id: ProfileIdSchema,
  name: ProfileName,
  createdAt: IsoInstant,
});
export type Profile = v.InferOutput<typeof Profile>;

/**
 * The device's settings: what belongs to the machine and the room, the same whoever plays. The
 * interface language (the menu and the profile list are read before anyone picks a profile, and
 * a class shares one), the sound (the room hears it), the round size and the clue and confidence
 * steps (how this machine's rounds go, often the teacher's choice for a class).
 * One schema per field, so that a corrupted field never costs the others (see sanitizeSettings).
 */
export const SettingsFields = {
  language: v.picklist(LANGUAGES),
  muted: v.boolean(),
  roundSize: v.picklist(ROUND_SIZES),
  /** The "how sure are you?" step; on by default (confident errors are the teachable ones). */
  confidence: v.boolean(),
  /** The "find the clue" step: mark the words that decided the answer, before the reveal; on by default. */
  clueStep: v.boolean(),
} as const;

export const Settings = v.object(SettingsFields);
export type Settings = v.InferOutput<typeof Settings>;
export const DeviceData = v.pipe(
  v.object({
    version: v.literal(CURRENT_VERSION),
    settings: Settings,
    profiles: v.pipe(v.array(Profile), v.minLength(1, 'needs at least one profile')),
    activeProfileId: ProfileIdSchema,
  }),
  v.check((d) => new Set(d.profiles.map((p) => p.id)).size === d.profiles.length, 'profile ids must be unique'),
  v.check((d) => d.profiles.some((p) => p.id === d.activeProfileId), 'activeProfileId must name one of the profiles'),
);
export type DeviceData = v.InferOutput<typeof DeviceData>;

export function languageFromBrowser(browserLanguage?: string): Language {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function defaultSettings(browserLanguage?: string): Settings {
  return {
    language: languageFromBrowser(browserLanguage),
    muted: false,
    roundSize: 10,
    confidence: true,
    clueStep: true,
  };
}

export function defaultPlayerSettings(): PlayerSettings {
  return {
    textSize: 'normal',
    reducedMotion: 'system',
    dyslexiaFont: false,
    frenchFirst: false,
    twoStep: false,
    readAloud: false,
    speechRate: 1,
  };
}

export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(SettingsFields) as SettingsField[];

export interface SanitizedFields<F extends string, T> {
  settings: T;
  /** Fields that were present but invalid (missing fields are simply defaulted). */
  rejected: Array<{ field: F; value: unknown }>;
  /** Fields that were absent and took their default. */
  missing: F[];
}
export type SanitizedSettings = SanitizedFields<SettingsField, Settings>;

/** Keeps every valid field of `value` and defaults the rest, reporting what was rejected. */
function sanitizeFields<F extends string, T extends object>(fields: Record<F, v.GenericSchema>, defaults: T, value: unknown): SanitizedFields<F, T> {
  const source: Record<string, unknown> = isPlainObject(value) ? value : {};
  const settings: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const rejected: Array<{ field: F; value: unknown }> = [];
  const missing: F[] = [];
  for (const field of Object.keys(fields) as F[]) {
    if (!(field in source) || source[field] === undefined) {
      missing.push(field);
      continue;
    }
    const parsed = v.safeParse(fields[field], source[field]);
    if (parsed.success) settings[field] = parsed.output;
    else rejected.push({ field, value: source[field] });
  }
  return { settings: settings as T, rejected, missing };
}

/** Keeps every valid field and defaults the rest, reporting what was rejected. */
export function sanitizeSettingsReport(value: unknown, browserLanguage?: string): SanitizedSettings {
  return sanitizeFields(SettingsFields, defaultSettings(browserLanguage), value);
}

/** Keeps every valid field and defaults the rest: a corrupted field never loses the others. */
export function sanitizeSettings(value: unknown, browserLanguage?: string): Settings {
  return sanitizeSettingsReport(value, browserLanguage).settings;
}

/** The same for a player's settings: every valid field kept, the rest from `defaults` (the defaults unless given). */
export function sanitizePlayerSettingsReport(
  value: unknown,
  defaults: PlayerSettings = defaultPlayerSettings(),
): SanitizedFields<PlayerSettingsField, PlayerSettings> {
  return sanitizeFields(PlayerSettingsFields, defaults, value);
}

export function sanitizePlayerSettings(value: unknown, defaults?: PlayerSettings): PlayerSettings {
  return sanitizePlayerSettingsReport(value, defaults).settings;
}

/** A name for a profile the player has not named (the first one, or one recovered from storage). */
export function numberedProfileName(language: Language, n: number): string {
  return `${language === 'en' ? 'Profile' : 'Profil'} ${n}`;
}

/**
 * A profile still under the name the game gave it ("Profil 2", "Profile 2") takes that name in
 * the language now in use; a name the player chose is kept as it is.
 */
export function localizedProfileName(name: string, language: Language): string {
  const numbered = /^(?:Profil|Profile) ([1-9][0-9]{0,3})$/.exec(name);
  return numbered ? numberedProfileName(language, Number(numbered[1])) : name;
}

/** The profiles with the game's default names in the given language (the same array when none changes). */
export function localizedProfiles<T extends { name: string }>(profiles: readonly T[], language: Language): readonly T[] {
  const next = profiles.map((p) => {
    const name = localizedProfileName(p.name, language);
    return name === p.name ? p : { ...p, name };
  });
  // Two profiles would end up with one name ("Profil 1" and "Profile 1" both kept): leave them as they are.
  const unique = new Set(next.map((p) => p.name.toLowerCase())).size === next.length;
  return unique && next.some((p, i) => p !== profiles[i]) ? next : profiles;
}

/** A profile with no progress yet; its own settings are the defaults unless given (a reset keeps them). */
export function emptyProfileData(profileId: string, settings: PlayerSettings = defaultPlayerSettings()): ProfileData {
  return { version: CURRENT_VERSION, profileId, rounds: [], leitner: {}, bestScore: 0, bestStreak: 0, settings };
}

/** A record as JSON or structured clone gives it: not a list, and not a binary value, a date or a map in a record's place. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}
