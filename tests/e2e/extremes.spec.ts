// Links at the edges of what scenes accept: huge, tiny, zero and undefined values
// must draw something sensible and never throw.
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const LINKS = [
  '#/vectors?a=1000,-1000&b=0,0&show=components,sum,diff,scale,dot,hadamard,angle,l1,l2,linf',
  '#/vectors?a=0,0&b=0,0&k=-3&show=dot,angle,scale',
  '#/vectors?a=0.001,0&b=-0.001,0&show=angle,dot',
  '#/transform?m=0,0,0,0&x=0,0&show=square,shape,eigen,x',
  '#/transform?m=1000,0,0,0.001&x=1000,-1000&view=inverse',
  '#/transform?m=1,1,1,1&view=undo&t=0.5',
  '#/transform?m=-1000,1000,1000,-1000&b=1000,0,0,1000&view=BA&t=0.75',
  '#/gradient?f=1/0&p=0,0',
  '#/gradient?f=x^999999&p=1000,1000',
  '#/gradient?f=sqrt(-1-x^2)&p=1,1',
  '#/gradient?f=log(x)&p=-1,0',
];

for (const link of LINKS) {
  test(`survives ${link}`, async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/' + link);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Something was drawn, and the handles are still there to grab.
    await expect(page.locator('svg [data-handle]').first()).toBeVisible();
    await page.waitForTimeout(300);
    noErrors();
  });
}
