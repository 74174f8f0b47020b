// Export: the plane as PNG (1× and 2×) and SVG, drawn by hand from its layers under the app's CSP,
// and the scene's numbers copied as LaTeX and NumPy.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { centre, watchErrors } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

const recordViolations = () => {
  (window as unknown as { violations: string[] }).violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
  );
};
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

async function downloadOf(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The PNG decoded in the page: the colour of pixel (x, y). */
function pixelsOf(page: Page, bytes: Buffer, points: readonly (readonly [number, number])[]): Promise<number[][]> {
  return page.evaluate(
    async ({ b64, points }) => {
      const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data]);
    },
    { b64: bytes.toString('base64'), points },
  );
}

/** Where an element's centre is in the plane, in CSS pixels from its top left. */
async function inPlane(page: Page, plane: string, name: RegExp): Promise<[number, number]> {
  const box = (await page.getByRole('group', { name: plane }).boundingBox())!;
  const [x, y] = await centre(page.getByRole('button', { name }));
  return [x - box.x, y - box.y];
}

/** Presses Copy as LaTeX or Copy as NumPy and gives what the clipboard got, once the panel says so. */
async function copied(page: Page, as: 'LaTeX' | 'NumPy'): Promise<string> {
  await page
    .getByRole('group', { name: 'Export' })
    .getByRole('button', { name: `Copy as ${as}` })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Copied as ${as}.` })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

const far = (a: number[], b: number[]) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 60;

test.describe('Export', () => {
  test('PNG at 1× and 2× is the plane at its size, with î’s handle where the plane shows it', async ({ page }) => {
    await page.addInitScript(recordViolations);
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4');
    const plane = 'Plane transformed by matrix A';
    const box = (await page.getByRole('group', { name: plane }).boundingBox())!;
    const tip = await inPlane(page, plane, /^i-hat, first column:/);

    for (const [button, scale, name] of [
      ['Download PNG', 1, 'transform.png'],
      ['Download PNG 2×', 2, 'transform@2x.png'],
    ] as const) {
      const { file, bytes } = await downloadOf(page, button);
      expect(file.suggestedFilename()).toBe(name);
      expect(pngSize(bytes)).toEqual({ width: Math.round(box.width) * scale, height: Math.round(box.height) * scale });
      const [dot, corner] = await pixelsOf(page, bytes, [
        [tip[0] * scale, tip[1] * scale],
        [2 * scale, 2 * scale],
      ]);
      // The handle is drawn in î's green on the white plane, opaque.
      expect(dot[3]).toBe(255);
      expect(far(dot, [255, 255, 255]), `î's dot ${dot} is not the background`).toBe(true);
      expect(dot[1]).toBeGreaterThan(dot[0]);
      expect(corner[3]).toBe(255);
      await expect(page.getByRole('status').filter({ hasText: `Saved ${name}` })).toBeVisible();
    }
    expect(await violations(page)).toEqual([]);
    noErrors();
  });

  test('SVG is a valid file of the plane’s size, with the vectors as paths and lines and the labels as text', async ({ page }) => {
    await page.addInitScript(recordViolations);
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4&x=5,6');
    const box = (await page.getByRole('group', { name: 'Plane transformed by matrix A' }).boundingBox())!;
    const { file, bytes } = await downloadOf(page, 'Download SVG');
    expect(file.suggestedFilename()).toBe('transform.svg');
    const svg = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const stroked = [...doc.querySelectorAll('path, line')].filter((e) => (e.getAttribute('stroke') ?? 'none') !== 'none');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        tag: root.tagName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        stroked: stroked.length,
        colours: [...new Set(stroked.map((e) => e.getAttribute('stroke')))],
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        classes: doc.querySelectorAll('[class]').length,
      };
    }, bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.tag).toBe('svg');
    expect([svg.width, svg.height]).toEqual([String(Math.round(box.width)), String(Math.round(box.height))]);
    expect(svg.stroked).toBeGreaterThan(10);
    // Styles are written out: no class is left to style anything, and the vectors keep their colours.
    expect(svg.classes).toBe(0);
    expect(svg.colours.length).toBeGreaterThan(3);
    expect(svg.texts).toEqual(expect.arrayContaining(['Ax', 'x', 'det = −2']));
    expect(await violations(page)).toEqual([]);
    noErrors();
  });

  test('a canvas layer (the field’s colour for div F) is in the PNG and, as an image, in the SVG', async ({ page }) => {
    await page.addInitScript(recordViolations);
    const noErrors = watchErrors(page);
    await page.goto('/#/field?F=2x,x^2&show=div');
    await expect(page.getByRole('group', { name: 'Plane with the vector field F' })).toBeVisible();
    const { bytes } = await downloadOf(page, 'Download PNG');
    const { width, height } = pngSize(bytes);
    const spots = [0.2, 0.4, 0.6, 0.8].flatMap((u) => [0.3, 0.7].map((v) => [u * width + 3.5, v * height + 3.5] as const));
    const pixels = await pixelsOf(page, bytes, spots);
    // div F = 2 everywhere: the whole plane is tinted, not white.
    expect(pixels.filter((p) => far(p, [255, 255, 255])).length).toBeGreaterThanOrEqual(6);
    const svg = (await downloadOf(page, 'Download SVG')).bytes.toString('utf8');
    expect(svg).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    expect(await violations(page)).toEqual([]);
    noErrors();
  });

  test('dark theme in presentation mode: the 2× PNG has the dark background', async ({ page }) => {
    await page.addInitScript(recordViolations);
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors?theme=dark&present=1');
    const box = (await page.getByRole('group', { name: 'Plane with vectors a and b' }).boundingBox())!;
    const { bytes } = await downloadOf(page, 'Download PNG 2×');
    expect(pngSize(bytes)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });
    const tip = await inPlane(page, 'Plane with vectors a and b', /^vector a:/);
    const [corner, dot] = await pixelsOf(page, bytes, [
      [3, 3],
      [tip[0] * 2, tip[1] * 2],
    ]);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
    expect(bg).toBe('#121417');
    expect(far(corner, [0x12, 0x14, 0x17])).toBe(false);
    expect(far(dot, [0x12, 0x14, 0x17])).toBe(true);
    expect(await violations(page)).toEqual([]);
    noErrors();
  });

  test('copies the numbers as LaTeX and as NumPy, and says so', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4&x=5,6');
    await page.getByRole('button', { name: 'Copy as LaTeX' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied as LaTeX.' })).toBeVisible();
    const latex = await page.evaluate(() => navigator.clipboard.readText());
    expect(latex).toContain('A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}');
    expect(latex).toContain('= \\begin{bmatrix} 17 \\\\ 39 \\end{bmatrix}');
    expect(latex).toContain('\\det A = 1 \\cdot 4 - 2 \\cdot 3 = -2');
    await page.getByRole('button', { name: 'Copy as NumPy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied as NumPy.' })).toBeVisible();
    const numpy = await page.evaluate(() => navigator.clipboard.readText());
    expect(numpy).toMatch(/^import numpy as np\nA = np\.array\(\[\[1, 2\], \[3, 4\]\]\)\nx = np\.array\(\[5, 6\]\)\nprint\(A @ x\)\n/);

    await page.goto('/#/vectors?a=3,-2&b=-2,5&show=sum');
    await page.getByRole('button', { name: 'Copy as LaTeX' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('\\mathbf{a} + \\mathbf{b} = \\begin{bmatrix} 1 \\\\ 3 \\end{bmatrix}');
    noErrors();
  });

  test('PCA copies its mean, covariance and axes as LaTeX, and a script with every point as NumPy', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/pca?preset=line&n=25&angle=30');
    await expect(page.getByTestId('mean')).toBeVisible();
    const latex = await copied(page, 'LaTeX');
    expect(latex).toMatch(/^n = 25, \\quad \\bar\{\\mathbf\{x\}\} = /);
    expect(latex).toContain('C = \\frac{1}{n - 1}');
    expect(latex).toContain('\\text{explained variance ratio: }');
    expect(latex).toContain('(30^\\circ), \\quad \\mathbf{u}^{\\top} C \\mathbf{u} = ');
    const numpy = await copied(page, 'NumPy');
    expect(numpy).toMatch(/^import numpy as np\n/);
    expect(numpy).toContain('C = np.cov(X.T)');
    expect(numpy).toContain('theta = np.radians(30)');
    const rows = JSON.parse(/^X = np\.array\((\[.*\]), dtype=float\)$/m.exec(numpy)![1]) as number[][];
    expect(rows).toHaveLength(25);

    await page.goto('/#/pca?dims=3');
    await expect(page.getByTestId('kept')).toBeVisible();
    expect(await copied(page, 'LaTeX')).toContain('\\text{PC1 and PC2 keep }');
    noErrors();
  });

  test('Embeddings copies R with its blanks, U, V and U V as LaTeX, and the SVD as NumPy', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/embeddings');
    const latex = await copied(page, 'LaTeX');
    expect(latex).toContain('R = \\begin{bmatrix} 5 & 3 & 5 & 4 & \\cdot \\\\ 2 & \\cdot & 1 & 4 & 4 \\\\');
    expect(latex).toMatch(/^U = \\begin\{bmatrix\} .* \\end\{bmatrix\}, \\quad V = /m);
    expect(latex).toMatch(/^U V = \\begin\{bmatrix\}/m);
    const numpy = await copied(page, 'NumPy');
    expect(numpy).toContain('R = np.array([[5, 3, 5, 4, np.nan], [2, np.nan, 1, 4, 4],');
    expect(numpy).toContain('left, s, right = np.linalg.svd(filled)');
    expect(numpy).toContain('print(np.sum((U @ V - R)[rated] ** 2))');
    noErrors();
  });

  test('Layer copies the layer with its activation as LaTeX, with the accuracy the panel shows, and its forward pass as NumPy', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/layer');
    const readout = page.getByTestId('loss');
    await expect(readout).toContainText('accuracy');
    const accuracy = /accuracy (\d+) %/.exec((await readout.textContent())!)![1];
    const latex = await copied(page, 'LaTeX');
    expect(latex).toContain('W = \\begin{bmatrix} 1.2 & -0.9 \\\\ 0.7 & 1.1 \\end{bmatrix}');
    expect(latex).toContain('= \\tanh\\left(');
    expect(latex).toContain(`\\text{accuracy } ${accuracy}\\,\\%`);
    const numpy = await copied(page, 'NumPy');
    expect(numpy).toContain('W = np.array([[1.2, -0.9], [0.7, 1.1]])');
    expect(numpy).toContain('    return np.tanh(z)');
    expect(numpy).toContain('def forward(X):');
    noErrors();
  });

  test('Field copies F, its Jacobian, div and curl with the probe’s values as LaTeX, and F as a NumPy function', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/field?F=2x,x^2');
    await expect(page.getByTestId('div-at')).toHaveText('2');
    const latex = await copied(page, 'LaTeX');
    expect(latex).toContain('\\nabla \\cdot F(x,y) = 2');
    expect(latex).toContain('\\text{at the probe } (1, 1): \\quad F = \\begin{bmatrix} 2 \\\\ 1 \\end{bmatrix}');
    const numpy = await copied(page, 'NumPy');
    expect(numpy).toContain('    return np.stack(np.broadcast_arrays(2*x, x**2))');
    expect(numpy).toContain('probe = np.array([1.0, 1.0])');
    noErrors();
  });

  test('Matrices has no plane: it says so instead of offering images, and copies its picture as LaTeX', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/matrices');
    await expect(page.getByRole('heading', { name: /In \[3\]: A @ x/ })).toBeVisible();
    const tools = page.getByRole('group', { name: 'Export' });
    await expect(tools.getByRole('button', { name: 'Download PNG' })).toHaveCount(0);
    await expect(tools).toContainText('no image to download');
    await tools.getByRole('button', { name: 'Copy as LaTeX' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(
        'A x = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\begin{bmatrix} 5 \\\\ 6 \\end{bmatrix} = \\begin{bmatrix} 17 \\\\ 39 \\end{bmatrix}\n',
      );
    noErrors();
  });
});
