/** The axe-core audit, run in the page: serious and critical findings fail the test (or any finding, with `everyImpact`). */
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The game's CSP rightly refuses injected scripts: a spec that audits sets `test.use({ bypassCSP: true })`. */
export async function audit(page: Page, label: string, options: { everyImpact?: boolean } = {}): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (everyImpact) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => everyImpact || v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  }, options.everyImpact === true);
  expect(violations, `axe on ${label}`).toEqual([]);
}
