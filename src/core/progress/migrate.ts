/**
 * Versioned migrations for what is stored. Any stored value, however old or damaged, comes out as
 * valid current data plus the list of what could not be kept ("set aside", for the caller to store
 * apart and report — never silently dropped). Data from a newer version is refused, never downgraded.
 *
 * Versions:
 * - v0, pre-release: one record under the key V0_STORAGE_KEY, shaped
 *   `{ bestScore: number, settings: { lang: 'fr' | 'en', mute: boolean } }`, without a `version`.
 *   It holds both device and profile data: migrateDevice and migrateProfile each take their part.
 * - v1: the device record held every setting, the accommodations too (read aloud, fewer choices,
 *   French first), with the text size, the font and the motion: one set for everyone on the device.
 * - v2, current (records.ts): those "player settings" live in each profile. The device's v1 values
 *   go to every profile the device had then (each of them was playing with them: nobody loses an
 *   accommodation at the upgrade, and each can change theirs after); profiles made later start
 *   from the defaults. Profiles are read one at a time, so the caller keeps the device's v1 values
 *   (legacyPlayerSettings) and hands them to each v1 profile it migrates (`inherited`).
 * To add v3: bump CURRENT_VERSION, add a step `2: (raw) => …` to both step tables, update the schemas.
 */
import * as v from 'valibot';
import { formatIssues } from '../content/schema';
import { InvestigationsRecord } from '../investigations/record';
import {
  CURRENT_VERSION,
  DEFAULT_PROFILE_ID,
  IsoInstant,
  LeitnerCard,
  Profile,
  ProfileIdSchema,
  RoundRecord,
  emptyProfileData,
  isPlainObject,
  numberedProfileName,
  roundBests,
  sanitizePlayerSettings,
  sanitizePlayerSettingsReport,
  sanitizeSettingsReport,
  type DeviceData,
  type PlayerSettings,
  type LeitnerCards,
  type ProfileData,
} from './records';
import { MAX_HISTORY_ANSWERS, MAX_HISTORY_ROUNDS, MAX_ID_LENGTH, MAX_REVIEW_CARDS, MAX_SCANNED_ENTRIES } from './limits';
import { withinHistoryLimits } from './merge';
import { salvageCareer } from '../career/record';

/** Where the pre-release build kept everything. */
export const V0_STORAGE_KEY = 'save';

export interface SetAside {
  /** Where the value was, e.g. `rounds[3]` or `settings.language` ('' for the whole record). */
  path: string;
  reason: string;
  value: unknown;
}

export type MigrationResult<T> =
  | { ok: true; data: T; setAside: SetAside[]; fromVersion: number | null; changed: boolean }
  | { ok: false; reason: 'newer-version'; version: number; detail: string };

export interface MigrationContext {
  /** Used for a profile created because none was left; the core never reads the clock. */
  now?: Date;
  browserLanguage?: string;
}

export interface ProfileMigrationContext {
  /** The player settings a v1 profile takes: its device's, from when they were one set for all (see legacyPlayerSettings). */
  inherited?: PlayerSettings;
}

type Raw = Record<string, unknown>;
type Step = (raw: Raw, context: ProfileMigrationContext) => Raw;

/** DEVICE_STEPS[n] turns a version-n record into a version-(n+1) one (shape only; validation comes after). */
const DEVICE_STEPS: Record<number, Step> = {
  0: (raw) => {
    const old = isPlainObject(raw.settings) ? raw.settings : {};
    const settings: Raw = {};
    if ('lang' in old) settings.language = old.lang;
    if ('mute' in old) settings.muted = old.mute;
    return { version: 1, settings, profiles: [], activeProfileId: DEFAULT_PROFILE_ID };
  },
  // The player settings left in `settings` are simply not read any more (sanitizeSettings keeps the device's fields).
  1: (raw) => ({ ...raw, version: 2 }),
};

const PROFILE_STEPS: Record<number, Step> = {
  0: (raw) => ({
    version: 1,
    profileId: DEFAULT_PROFILE_ID,
    rounds: [],
    leitner: {},
    bestScore: raw.bestScore ?? 0,
    bestStreak: 0,
  }),
  // A record whose version was lost may already hold its settings: those are its own.
  1: (raw, context) => ({ ...raw, version: 2, settings: 'settings' in raw ? raw.settings : (context.inherited ?? {}) }),
};

function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return formatIssues(issues).join('; ');
}

type Versioned = { kind: 'version'; version: number } | { kind: 'bad'; reason: string };

/**
 * The version of a stored record. No `version` field means v0, unless the record has a field
 * that only v1 has: then it is a v1 record whose version was lost or garbled, and its valid
 * parts are worth keeping.
 */
function readVersion(raw: Raw, v1Markers: readonly string[]): Versioned {
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return { kind: 'version', version };
  if (v1Markers.some((key) => key in raw)) return { kind: 'version', version: 1 };
  if (version === undefined) return { kind: 'version', version: 0 };
  return { kind: 'bad', reason: `unreadable version ${describe(version)}` };
}

export type Upgraded =
  | { kind: 'empty' }
  | { kind: 'bad'; reason: string }
  | { kind: 'newer'; version: number }
  | { kind: 'ok'; raw: Record<string, unknown>; fromVersion: number };

/** Runs the shape steps from the record's version up to the current one; validation comes after. */
function upgrade(value: unknown, v1Markers: readonly string[], steps: Record<number, Step>, context: ProfileMigrationContext = {}): Upgraded {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (!isPlainObject(value)) return { kind: 'bad', reason: `not a record (${describe(value)})` };
  const version = readVersion(value, v1Markers);
  if (version.kind === 'bad') return version;
  if (version.version > CURRENT_VERSION) return { kind: 'newer', version: version.version };
  let current: Raw = value;
  for (let from = version.version; from < CURRENT_VERSION; from += 1) {
    const step = steps[from];
    if (step === undefined) return { kind: 'bad', reason: `no migration from format ${from}` };
    current = step(current, context);
  }
  return { kind: 'ok', raw: current, fromVersion: version.version };
}

/** The device record in the current shape, unvalidated: for strict checks (import) and for salvage. */
export function upgradeDevice(value: unknown): Upgraded {
  return upgrade(value, ['profiles', 'activeProfileId'], DEVICE_STEPS);
}

export function upgradeProfile(value: unknown, context: ProfileMigrationContext = {}): Upgraded {
  return upgrade(value, ['rounds', 'leitner', 'profileId'], PROFILE_STEPS, context);
}

/**
 * The player settings a v1 device record held for everyone (valid fields kept, the rest defaulted),
 * for its profiles still in v1; null when the record is not a v1 device record (none to hand on).
 */
export function legacyPlayerSettings(device: unknown): PlayerSettings | null {
  if (!isPlainObject(device)) return null;
  const version = readVersion(device, ['profiles', 'activeProfileId']);
  if (version.kind !== 'version' || version.version !== 1 || !isPlainObject(device.settings)) return null;
  return sanitizePlayerSettings(device.settings);
}

/** Whether a stored profile record predates per-profile settings (then it takes its device's, see legacyPlayerSettings). */
export function profileNeedsInheritedSettings(value: unknown): boolean {
  if (!isPlainObject(value) || 'settings' in value) return false;
  const version = readVersion(value, ['rounds', 'leitner', 'profileId']);
  return version.kind === 'version' && version.version === 1;
}

function newerVersion(version: number): MigrationResult<never> {
  return {
    ok: false,
    reason: 'newer-version',
    version,
    detail: `saved by a newer version of the game (format ${version}; this one reads up to ${CURRENT_VERSION})`,
  };
}

/** Brings any stored device record to the current version, keeping every valid part. */
export function migrateDevice(value: unknown, context: MigrationContext = {}): MigrationResult<DeviceData> {
  const upgraded = upgradeDevice(value);
  if (upgraded.kind === 'newer') return newerVersion(upgraded.version);
  const setAside: SetAside[] = upgraded.kind === 'bad' ? [{ path: '', reason: upgraded.reason, value }] : [];
  const raw: Raw = upgraded.kind === 'ok' ? upgraded.raw : {};
  const fromVersion = upgraded.kind === 'ok' ? upgraded.fromVersion : null;

  const sanitized = sanitizeSettingsReport(raw.settings, context.browserLanguage);
  if (raw.settings !== undefined && !isPlainObject(raw.settings)) {
    setAside.push({ path: 'settings', reason: `not a record (${describe(raw.settings)})`, value: raw.settings });
  }
  for (const { field, value: bad } of sanitized.rejected) {
    setAside.push({ path: `settings.${field}`, reason: `invalid value ${describe(bad)}`, value: bad });
  }
  const settings = sanitized.settings;

  const profiles: Profile[] = [];
  const rawProfiles = raw.profiles ?? [];
  if (!Array.isArray(rawProfiles)) {
    setAside.push({ path: 'profiles', reason: `not a list (${describe(rawProfiles)})`, value: rawProfiles });
  } else {
    const bad = new BadEntries('profiles');
    rawProfiles.forEach((item: unknown, index: number) => {
      const parsed = v.safeParse(Profile, item);
      if (!parsed.success) bad.add(index, issuesText(parsed.issues), item);
      else if (profiles.some((p) => p.id === parsed.output.id)) bad.add(index, `duplicate profile id ${parsed.output.id}`, item);
      else profiles.push(parsed.output);
    });
    bad.report(setAside);
  }
  if (profiles.length === 0) {
    profiles.push({
      id: DEFAULT_PROFILE_ID,
      name: numberedProfileName(settings.language, 1),
      createdAt: (context.now ?? new Date(0)).toISOString(),
    });
  }

  let activeProfileId = raw.activeProfileId;
  if (typeof activeProfileId !== 'string' || !profiles.some((p) => p.id === activeProfileId)) {
    // A dangling or missing choice is not data worth keeping: fall back to the first profile.
    activeProfileId = profiles[0]?.id ?? DEFAULT_PROFILE_ID;
  }

  const data: DeviceData = { version: CURRENT_VERSION, settings, profiles, activeProfileId: activeProfileId as string };
  return { ok: true, data, setAside, fromVersion, changed: fromVersion !== CURRENT_VERSION || !sameJson(value, data) };
}

/**
 * Brings any stored profile record to the current version, keeping every valid round and card.
 * `profileId` is the id the record is stored under: it wins over what the record says.
 */
export function migrateProfile(value: unknown, profileId?: string, context: ProfileMigrationContext = {}): MigrationResult<ProfileData> {
  const upgraded = upgradeProfile(value, context);
  if (upgraded.kind === 'newer') return newerVersion(upgraded.version);
  const setAside: SetAside[] = upgraded.kind === 'bad' ? [{ path: '', reason: upgraded.reason, value }] : [];
  const raw: Raw = upgraded.kind === 'ok' ? upgraded.raw : {};
  const fromVersion = upgraded.kind === 'ok' ? upgraded.fromVersion : null;

  const id = profileId ?? (v.is(ProfileIdSchema, raw.profileId) ? raw.profileId : DEFAULT_PROFILE_ID);
  const data = emptyProfileData(id);

  const rawRounds = raw.rounds ?? [];
  if (!Array.isArray(rawRounds)) {
    setAside.push({ path: 'rounds', reason: `not a list (${describe(rawRounds)})`, value: rawRounds });
  } else {
    // Past what a damaged record could sensibly hold, the oldest entries are set aside whole, before any is parsed.
    const excess = Math.max(0, rawRounds.length - MAX_SCANNED_ENTRIES);
    const bad = new BadEntries('rounds');
    const seen = new Set<string>();
    const valid: RoundRecord[] = [];
    for (let index = excess; index < rawRounds.length; index++) {
      const item: unknown = rawRounds[index];
      const parsed = v.safeParse(RoundRecord, item);
      if (!parsed.success) bad.add(index, issuesText(parsed.issues), item);
      else if (seen.has(parsed.output.id)) bad.add(index, `duplicate round id ${parsed.output.id}`, item);
      else {
        seen.add(parsed.output.id);
        valid.push(parsed.output);
      }
    }
    data.rounds = withinHistoryLimits(valid);
    const dropped = valid.length - data.rounds.length;
    if (excess + dropped > 0) {
      setAside.push({
        path: 'rounds',
        reason: `${excess + dropped} oldest round(s) over the history limit (${MAX_HISTORY_ROUNDS} rounds, ${MAX_HISTORY_ANSWERS} answers)${excess > 0 ? `, ${excess} not read` : ''}`,
        value: [...rawRounds.slice(0, excess), ...valid.slice(0, dropped)],
      });
    }
    bad.report(setAside);
  }

  const rawLeitner = raw.leitner ?? {};
  if (!isPlainObject(rawLeitner)) {
    setAside.push({ path: 'leitner', reason: `not a record (${describe(rawLeitner)})`, value: rawLeitner });
  } else {
    const cards: LeitnerCards = {};
    let cardCount = 0;
    const bad = new BadEntries('leitner');
    const entries = Object.entries(rawLeitner);
    const scanned = entries.slice(0, MAX_SCANNED_ENTRIES);
    const over: Array<[string, unknown]> = entries.slice(MAX_SCANNED_ENTRIES);
    for (const [excerptId, item] of scanned) {
      const parsed = v.safeParse(LeitnerCard, item);
      if (excerptId === '' || excerptId.length > MAX_ID_LENGTH) bad.add(excerptId, 'not an excerpt id', item);
      else if (!parsed.success) bad.add(excerptId, issuesText(parsed.issues), item);
      else if (cardCount >= MAX_REVIEW_CARDS) over.push([excerptId, item]);
      else {
        cards[excerptId] = parsed.output;
        cardCount += 1;
      }
    }
    if (over.length > 0) {
      setAside.push({
        path: 'leitner',
        reason: `${over.length} review card(s) over the limit of ${MAX_REVIEW_CARDS}`,
        value: Object.fromEntries(over),
      });
    }
    data.leitner = cards;
    bad.report(setAside);
  }

  const rawSettings = raw.settings;
  if (rawSettings !== undefined && !isPlainObject(rawSettings)) {
    setAside.push({ path: 'settings', reason: `not a record (${describe(rawSettings)})`, value: rawSettings });
  }
  const settings = sanitizePlayerSettingsReport(rawSettings);
  for (const { field, value: bad } of settings.rejected) {
    setAside.push({ path: `settings.${field}`, reason: `invalid value ${describe(bad)}`, value: bad });
  }
  data.settings = settings.settings;
  if (raw.settingsAt !== undefined) {
    if (v.is(IsoInstant, raw.settingsAt)) data.settingsAt = raw.settingsAt;
    else setAside.push({ path: 'settingsAt', reason: `invalid value ${describe(raw.settingsAt)}`, value: raw.settingsAt });
  }

  // Bests are kept apart from rounds (rounds may be trimmed); never lower than what the rounds show.
  const fromRounds = roundBests(data.rounds);
  for (const field of ['bestScore', 'bestStreak'] as const) {
    const stored = raw[field];
    const valid = typeof stored === 'number' && Number.isFinite(stored) && stored >= 0 && (field === 'bestScore' || Number.isInteger(stored));
    if (stored !== undefined && !valid) {
      setAside.push({ path: field, reason: `invalid value ${describe(stored)}`, value: stored });
    }
    data[field] = valid ? Math.max(stored as number, fromRounds[field]) : fromRounds[field];
  }

  // Investigations (#11): kept whole when valid, else set aside (the rest of the profile is not at stake).
  if (raw.investigations !== undefined) {
    const parsed = v.safeParse(InvestigationsRecord, raw.investigations);
    if (parsed.success) data.investigations = parsed.output;
    else setAside.push({ path: 'investigations', reason: issuesText(parsed.issues), value: raw.investigations });
  }
  // The career is optional (profiles saved before it have none); its valid parts are kept.
  const career = salvageCareer(raw.career);
  if (career.career) data.career = career.career;
  if (career.bad) setAside.push({ path: 'career', reason: career.bad, value: raw.career });

  return { ok: true, data, setAside, fromVersion, changed: fromVersion !== CURRENT_VERSION || !sameJson(value, data) };
}

/**
 * The bad entries of one list or map in a record, set aside together: one entry (one notice)
 * per field however many items are bad, each item kept with where it was and why. Linear in
 * the number of items, so a record with a million bad entries costs one pass, not a million notices.
 */
class BadEntries {
  private readonly items: Array<{ at: number | string; reason: string; value: unknown }> = [];
  constructor(private readonly path: string) {}
  add(at: number | string, reason: string, value: unknown): void {
    this.items.push({ at, reason, value });
  }
  report(setAside: SetAside[]): void {
    if (this.items.length === 0) return;
    const first = this.items[0] as { at: number | string; reason: string };
    const more = this.items.length > 1 ? ` (and ${this.items.length - 1} more)` : '';
    setAside.push({
      path: this.path,
      reason: `${this.items.length} unreadable entr${this.items.length > 1 ? 'ies' : 'y'}: [${first.at}] ${first.reason}${more}`,
      value: this.items,
    });
  }
}

/** A short, safe description of a bad value for a reason text (never the whole value). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 24 ? `"${value.slice(0, 24)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'a record';
  return String(value);
}

/** Whether a stored value already equals the migrated data (then there is no need to write it back). */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonical(a) === canonical(b);
  } catch {
    return false;
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isPlainObject(item) ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : item,
  );
}
