/**
 * The export file: everything kept on the device, in one JSON document the player can save and
 * import back (on this device or another). Import is all-or-nothing: unlike reading storage,
 * where damaged parts are set aside and play goes on, a file with any invalid part is refused
 * whole, so that an import never leaves a half-restored mix.
 */
import * as v from 'valibot';
import { formatIssues } from '../content/schema';
import { CURRENT_VERSION, DeviceData, IsoInstant, isPlainObject, PlayerSettings, ProfileData } from './records';
import { MAX_IMPORT_BYTES } from './limits';
import { legacyPlayerSettings, upgradeDevice, upgradeProfile, type Upgraded } from './migrate';

export const EXPORT_FORMAT = 'fait-ou-propagande/progress';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  device: DeviceData;
  profiles: ProfileData[];
}

export interface ImportData {
  exportedAt: string;
  device: DeviceData;
  /** One per profile of the device, in the device's order. */
  profiles: ProfileData[];
}

export type ImportFailure = 'not-json' | 'not-an-export' | 'newer-version' | 'invalid' | 'too-large';

/**
 * Whether a file of this many bytes may be imported: checked on the file's size before it is
 * read, so a huge file is refused at once, before any question (MAX_IMPORT_BYTES, limits.ts).
 */
export function importTooLarge(bytes: number): boolean {
  return bytes > MAX_IMPORT_BYTES;
}
export type ParsedImport = { ok: true; data: ImportData } | { ok: false; reason: ImportFailure; detail: string };

export function buildExport(device: DeviceData, profiles: readonly ProfileData[], now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    device,
    profiles: [...profiles],
  };
}

/** A suggested file name, e.g. fait-ou-propagande-2025-01-31.json. */
export function exportFileName(now: Date): string {
  return `fait-ou-propagande-${now.toISOString().slice(0, 10)}.json`;
}

function fail(reason: ImportFailure, detail: string): ParsedImport {
  return { ok: false, reason, detail };
}

/** Upgrades one part and validates it strictly; a string is the reason it is refused. */
function strictPart<T>(
  upgraded: Upgraded,
  schema: v.GenericSchema<unknown, T>,
  where: string,
): { ok: true; value: T } | { ok: false; reason: ImportFailure; detail: string } {
  switch (upgraded.kind) {
    case 'empty':
      return { ok: false, reason: 'invalid', detail: `${where}: missing` };
    case 'bad':
      return { ok: false, reason: 'invalid', detail: `${where}: ${upgraded.reason}` };
    case 'newer':
      return { ok: false, reason: 'newer-version', detail: `${where}: format ${upgraded.version}, this game reads up to ${CURRENT_VERSION}` };
    case 'ok': {
      const parsed = v.safeParse(schema, upgraded.raw);
      if (parsed.success) return { ok: true, value: parsed.output };
      return {
        ok: false,
        reason: 'invalid',
        detail: formatIssues(parsed.issues)
          .map((line) => `${where}.${line}`)
          .join('; '),
      };
    }
  }
}

/**
 * Reads an export file. Each profile is checked with the same schema the loader keeps
 * (records.ts: unique round ids, size limits, bests), so a file the import accepts is one
 * the next start reads back whole, with nothing set aside.
 */
export function parseImport(text: string): ParsedImport {
  // A UTF-16 length over the byte limit is over it in UTF-8 too (a code unit is at least one byte).
  if (importTooLarge(text.length)) return fail('too-large', `over ${MAX_IMPORT_BYTES} bytes`);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return fail('not-json', error instanceof Error ? error.message : 'not JSON');
  }
  if (!isPlainObject(file) || file.format !== EXPORT_FORMAT) {
    return fail('not-an-export', `expected an object with "format": "${EXPORT_FORMAT}"`);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid', `unreadable export version ${JSON.stringify(version) ?? 'missing'}`);
  }
  if (version > CURRENT_VERSION) {
    return fail('newer-version', `exported by a newer version of the game (format ${version}; this one reads up to ${CURRENT_VERSION})`);
  }
  const exportedAt = v.safeParse(IsoInstant, file.exportedAt);
  if (!exportedAt.success) return fail('invalid', `exportedAt: ${formatIssues(exportedAt.issues).join('; ')}`);

  const device = strictPart(upgradeDevice(file.device), DeviceData, 'device');
  if (!device.ok) return fail(device.reason, device.detail);

  if (!Array.isArray(file.profiles)) return fail('invalid', 'profiles: must be a list');
  // A file from before per-profile settings: each profile takes the settings its device had for all.
  const inherited = legacyPlayerSettings(file.device) ?? undefined;
  if (inherited && isPlainObject(file.device) && isPlainObject(file.device.settings)) {
    // Whole, as everything else in a file: a v1 device's settings had every one of these fields.
    const strict = v.safeParse(PlayerSettings, file.device.settings);
    if (!strict.success)
      return fail(
        'invalid',
        formatIssues(strict.issues)
          .map((line) => `device.settings.${line}`)
          .join('; '),
      );
  }
  const byId = new Map<string, ProfileData>();
  for (const [index, item] of file.profiles.entries()) {
    const profile = strictPart(upgradeProfile(item, { inherited }), ProfileData, `profiles[${index}]`);
    if (!profile.ok) return fail(profile.reason, profile.detail);
    const id = profile.value.profileId;
    if (byId.has(id)) return fail('invalid', `profiles[${index}]: duplicate profile ${id}`);
    if (!device.value.profiles.some((p) => p.id === id)) {
      return fail('invalid', `profiles[${index}]: profile ${id} is not listed in device.profiles`);
    }
    byId.set(id, profile.value);
  }
  const missing = device.value.profiles.filter((p) => !byId.has(p.id)).map((p) => p.id);
  if (missing.length > 0) return fail('invalid', `no progress data for profile(s) ${missing.join(', ')}`);

  return {
    ok: true,
    data: {
      exportedAt: exportedAt.output,
      device: device.value,
      profiles: device.value.profiles.map((p) => byId.get(p.id) as ProfileData),
    },
  };
}
