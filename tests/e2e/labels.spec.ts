// One placement rule for every plane label: a label never covers another label, a handle or a
// tick label. Checked over the README's links, every scene's examples and the Transform presets
// and views, at laptop, tablet and projector sizes.
import { expect, test, type Page } from '@playwright/test';
import { scenes } from '../../src/scenes/index';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'projector', width: 1920, height: 1080, present: true },
] as const;

const README = [
  '#/vectors?a=3,-2&b=-2,5&k=2&show=sum,dot',
  '#/transform?m=1,2,3,4&x=5,6&show=square,eigen,x',
  '#/gradient?f=(1-x)^2+100(y-x^2)^2&p=-1,1',
];
const EXAMPLES = scenes.flatMap((s) => s.examples.map((e) => `#/${s.id}?${e.query}`));
const VIEWS = ['A', 'inverse', 'undo', 'AB', 'BA'].map((v) => `#/transform?m=1,2,3,4&x=1,1&view=${v}&show=square,shape,eigen,x`);
const PRESETS = ['Identity', 'Rotation by θ', 'Shear', 'Scale', 'Reflection in the line at θ', 'Projection onto the line at θ', 'Singular (rank 1)'];

type Clash = string;

/** Pairs of overlapping boxes among the plane's labels, handles and tick labels. */
async function clashes(page: Page): Promise<Clash[]> {
  return page.evaluate(() => {
    type Box = { what: string; r: DOMRect };
    const visible = (r: DOMRect) => r.width > 0 && r.height > 0;
    const of = (selector: string, what: (e: Element) => string): Box[] =>
      [...document.querySelectorAll(selector)].map((e) => ({ what: what(e), r: e.getBoundingClientRect() })).filter((b) => visible(b.r));
    const labels = of(
      'svg text.label',
      (e) =>
        `label “${e.textContent}” (${e.getAttribute('x')?.slice(0, 6)}, ${e.getAttribute('y')?.slice(0, 6)} ${e.getAttribute('text-anchor')} ${e.getAttribute('dominant-baseline')})`,
    );
    const handles = of(
      '[data-handle] .dot',
      (e) => `handle ${e.closest('[data-handle]')?.getAttribute('data-handle')} ${e.closest('[data-handle]')?.getAttribute('transform')}`,
    );
    const ticks = of('.axes text', (e) => `tick “${e.textContent}”`);
    const TOLERANCE = 1.5;
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
    const out: string[] = [];
    labels.forEach((a, i) => {
      const at = (r: DOMRect) => `[${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`;
      for (const b of [...labels.slice(i + 1), ...handles, ...ticks]) if (hit(a.r, b.r)) out.push(`${a.what} ${at(a.r)} covers ${b.what} ${at(b.r)}`);
    });
    return out;
  });
}

for (const size of SIZES) {
  test(`labels keep clear of each other, the handles and the ticks at ${size.name} size`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    const app = 'present' in size ? '&present=1' : '';
    const found: string[] = [];
    const look = async (where: string) => {
      await page.waitForTimeout(150);
      for (const c of await clashes(page)) found.push(`${where}: ${c}`);
    };
    for (const hash of [...README, ...EXAMPLES, ...VIEWS]) {
      await page.goto(`/${hash}${app}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await look(hash);
    }
    await page.goto(`/#/transform?show=square,shape,eigen,x${app}`);
    for (const preset of PRESETS) {
      await page.getByRole('button', { name: preset, exact: true }).click();
      // The preset animates from I: look where it ends.
      await expect(page.getByRole('button', { name: 'Play from I' })).toBeVisible({ timeout: 4000 });
      await look(`preset ${preset}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
}
