// axe-core over every scene as a learner and a teacher meet it: light and dark, normal and
// presentation. Serious and critical violations fail (contrast, names, roles), and so does a heading
// out of order; the rest are printed for a person to judge.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scenes } from '../../src/scenes/index';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const FAILING = new Set(['serious', 'critical']);
// Moderate, but a panel's outline read out of order misleads a screen-reader user: these fail too.
const ALSO_FAILING = new Set(['heading-order']);

/** One line per violation, then where: the first few elements and why each fails. */
function describe(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const where = v.nodes.slice(0, 4).map((n) => {
        const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).find(Boolean) ?? '';
        return `    ${n.target.join(' ')}${why ? `: ${why}` : ''}`;
      });
      const more = v.nodes.length > 4 ? [`    … and ${v.nodes.length - 4} more`] : [];
      return [`${v.id} (${v.impact}, ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}): ${v.help}`, ...where, ...more].join('\n');
    })
    .join('\n');
}

/** Until the page has settled: its modules loaded, idle-time typesetting done, a frame painted. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < 2; i++)
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestAnimationFrame(() => resolve()), { timeout: 2000 })));
}

// Reduced motion, so colours are read at their end and never halfway through a transition.
test.use({ reducedMotion: 'reduce' });
// Each page is independent: both workers share them.
test.describe.configure({ mode: 'parallel' });

for (const scene of scenes) {
  const example = (scene as { examples?: readonly { query?: string }[] }).examples?.[0]?.query ?? '';
  for (const theme of ['light', 'dark'] as const) {
    for (const present of [false, true]) {
      const mode = present ? 'presentation' : 'normal';
      test(`a11y: ${scene.id}, ${theme}, ${mode}`, async ({ page }) => {
        const query = [example, `theme=${theme}`, present ? 'present=1' : ''].filter(Boolean).join('&');
        await page.goto(`/#/${scene.id}?${query}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('data-present', String(present));
        await expect(page.getByRole('heading', { name: scene.title, exact: true })).toBeVisible();
        await settle(page);

        const { violations } = await new AxeBuilder({ page }).analyze();
        const fails = (v: Violation) => FAILING.has(v.impact ?? '') || ALSO_FAILING.has(v.id);
        const failing = violations.filter(fails);
        const minor = violations.filter((v) => !fails(v));
        if (minor.length) console.log(`${scene.id}, ${theme}, ${mode}: minor\n${describe(minor)}`);
        expect(describe(failing), `serious or critical violations in #/${scene.id}?${query}`).toBe('');
      });
    }
  }
}
