/** Every way an import can fail, each with its own message; the Record type makes the compiler refuse a missing one. */
import type { ImportResult } from '../services/storage';

export type ImportFailure = Extract<ImportResult, { ok: false }>['reason'] | 'unreadable';

export const IMPORT_FAILURE_MESSAGE = {
  unreadable: 'progress:data.importError.unreadable',
  'not-json': 'progress:data.importError.not-json',
  'not-an-export': 'progress:data.importError.not-an-export',
  'newer-version': 'progress:data.importError.newer-version',
  invalid: 'progress:data.importError.invalid',
  quota: 'progress:data.importError.quota',
  'write-failed': 'progress:data.importError.write-failed',
} as const satisfies Record<ImportFailure, string>;
