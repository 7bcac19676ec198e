/** Every way an import can fail, each with its own message; the Record type makes the compiler refuse a missing one. */
import type { Outcome } from '../../core/game';

export type ImportFailure = Extract<Outcome, { kind: 'import-failed' }>['reason'];

export const IMPORT_FAILURE_MESSAGE = {
  unreadable: 'progress:data.importError.unreadable',
  'not-json': 'progress:data.importError.not-json',
  'not-an-export': 'progress:data.importError.not-an-export',
  'newer-version': 'progress:data.importError.newer-version',
  invalid: 'progress:data.importError.invalid',
  quota: 'progress:data.importError.quota',
  'write-failed': 'progress:data.importError.write-failed',
  'too-large': 'progress:data.importError.too-large',
} as const satisfies Record<ImportFailure, string>;
