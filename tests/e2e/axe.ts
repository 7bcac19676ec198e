/** The axe-core audit of a screen: serious and critical findings fail the test (or any finding, with `everyImpact`). */
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './helpers';

/** The game's CSP rightly refuses injected scripts: a spec that audits sets `test.use({ bypassCSP: true })`. */
export async function audit(page: Page, label: string, options: { everyImpact?: boolean } = {}): Promise<void> {
  expect(await axeViolations(page, options), `axe on ${label}`).toEqual([]);
}
