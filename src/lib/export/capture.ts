// The plane as a picture, drawn by hand from its layers: the canvases under it (heat maps, arrows,
// particles) and its SVGs (the still backdrop, the drawing), each where the page shows it. The
// ready-made libraries fail under the app's CSP (their <style> is blocked, or class styles are
// lost), so each SVG element is written out as markup with its computed styles as attributes.
// Text is plain SVG text in the app's system fonts, so it survives in a file and in a PNG.
import { escapeXml, keepAttribute, presentation, type Inherited } from './svg-style';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** One layer of the plane, in the plane's CSS pixels, in paint order. */
export type PlaneLayer =
  | { readonly kind: 'canvas'; readonly el: HTMLCanvasElement; readonly box: Box; readonly opacity: number }
  | { readonly kind: 'svg'; readonly el: SVGSVGElement; readonly box: Box; readonly opacity: number };

export type PlanePicture = { readonly width: number; readonly height: number; readonly background: string; readonly layers: readonly PlaneLayer[] };

/** The plane's own element inside a scene's plane area: the first plane drawn there. */
export const findPlane = (area: HTMLElement | null | undefined): HTMLElement | null => area?.querySelector<HTMLElement>('.plane') ?? null;

/** The plane's layers as the page paints them (its buttons and hints, HTML, are not part of the picture). */
export function planePicture(plane: HTMLElement): PlanePicture {
  const origin = plane.getBoundingClientRect();
  const layers: PlaneLayer[] = [];
  for (const el of Array.from(plane.children)) {
    const isCanvas = el instanceof HTMLCanvasElement;
    const isSvg = el instanceof SVGSVGElement;
    if (!isCanvas && !isSvg) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const box = { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
    const opacity = parseFloat(style.opacity) || 0;
    if (opacity === 0) continue;
    layers.push(isCanvas ? { kind: 'canvas', el, box, opacity } : { kind: 'svg', el, box, opacity });
  }
  return {
    width: Math.round(origin.width),
    height: Math.round(origin.height),
    background: getComputedStyle(plane).backgroundColor,
    layers,
  };
}

/** An element and what is under it as markup, each element with its computed styles as attributes. */
function markup(el: Element, inherited: Inherited | null, out: string[]): void {
  const style = getComputedStyle(el);
  if (style.display === 'none') return;
  const tag = el.tagName.toLowerCase();
  const { attrs, inherits } = presentation(tag, (p) => style.getPropertyValue(p), inherited);
  const written = new Set(attrs.map(([name]) => name));
  let text = `<${tag}`;
  for (const a of Array.from(el.attributes)) {
    if (keepAttribute(a.name) && !written.has(a.name)) text += ` ${a.name}="${escapeXml(a.value)}"`;
  }
  for (const [name, value] of attrs) text += ` ${name}="${escapeXml(value)}"`;
  out.push(text + '>');
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) out.push(escapeXml(node.textContent ?? ''));
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).namespaceURI === SVG_NS) markup(node as Element, inherits, out);
  }
  out.push(`</${tag}>`);
}

/** One SVG layer's content, as a group of the exported picture. */
function svgLayerMarkup(svg: SVGSVGElement, inherited: Inherited | null): string {
  const out: string[] = [];
  for (const node of Array.from(svg.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).namespaceURI === SVG_NS) markup(node as Element, inherited, out);
  }
  return out.join('');
}

/** The root attributes a layer's content inherits from: its own computed style against the initial values. */
function layerRoot(svg: SVGSVGElement): { attrs: string; inherits: Inherited } {
  const style = getComputedStyle(svg);
  const { attrs, inherits } = presentation('g', (p) => (p === 'opacity' ? '1' : style.getPropertyValue(p)), null);
  return { attrs: attrs.map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join(''), inherits };
}

/** A nested SVG placing a layer where the page shows it (the contour layer may be scaled by a zoom in progress). */
function placedLayer(layer: Extract<PlaneLayer, { kind: 'svg' }>): string {
  const { el, box, opacity } = layer;
  const w = el.width.baseVal.value || box.width;
  const h = el.height.baseVal.value || box.height;
  const root = layerRoot(el);
  const body = svgLayerMarkup(el, root.inherits);
  return (
    `<svg x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" viewBox="0 0 ${r(w)} ${r(h)}" preserveAspectRatio="none" overflow="visible">` +
    `<g${root.attrs}${opacity < 1 ? ` opacity="${r(opacity)}"` : ''}>${body}</g></svg>`
  );
}

const r = (x: number) => String(Math.round(x * 100) / 100);

/**
 * The whole plane as an SVG file: the background, each canvas as an embedded PNG image, each SVG
 * layer as vector paths and text. `canvases: false` leaves the canvases out (the PNG export draws
 * them itself, sharper and faster).
 */
export function planeSvg(picture: PlanePicture, { canvases = true, scale = 1 } = {}): string {
  const { width, height } = picture;
  const parts: string[] = [
    `<svg xmlns="${SVG_NS}" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}">`,
    canvases ? `<rect width="${width}" height="${height}" fill="${escapeXml(picture.background)}"/>` : '',
  ];
  for (const layer of picture.layers) {
    if (layer.kind === 'svg') parts.push(placedLayer(layer));
    else if (canvases) {
      let href = '';
      try {
        href = layer.el.toDataURL('image/png');
      } catch {
        continue; // A canvas the page may not read (none today): left out rather than failing the export.
      }
      const { x, y, width: w, height: h } = layer.box;
      parts.push(
        `<image x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" preserveAspectRatio="none"${layer.opacity < 1 ? ` opacity="${r(layer.opacity)}"` : ''} href="${href}"/>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

/** An SVG as an image the page may draw: a data URL (the policy's img-src allows data:, not always blob:). */
function loadSvg(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the picture of the plane could not be drawn'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/**
 * The plane as a PNG at `scale` × its CSS size: the background, the canvases as they are, then each
 * SVG layer rasterised at the output's resolution (so lines and text stay sharp at 2×).
 */
export async function planePng(picture: PlanePicture, scale: number): Promise<Blob> {
  const { width, height } = picture;
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the picture (no 2D canvas)');
  // Every SVG layer is loaded first, then everything is drawn in the page's order.
  const images = await Promise.all(
    picture.layers.map((layer) =>
      layer.kind === 'svg'
        ? loadSvg(
            `<svg xmlns="${SVG_NS}" width="${layer.box.width * scale}" height="${layer.box.height * scale}" viewBox="0 0 ${layer.box.width} ${layer.box.height}">${placedLayer({ ...layer, box: { ...layer.box, x: 0, y: 0 } })}</svg>`,
          )
        : null,
    ),
  );
  ctx.scale(scale, scale);
  ctx.fillStyle = picture.background;
  ctx.fillRect(0, 0, width, height);
  picture.layers.forEach((layer, i) => {
    const { x, y, width: w, height: h } = layer.box;
    if (layer.kind === 'canvas') {
      ctx.globalAlpha = layer.opacity;
      ctx.drawImage(layer.el, x, y, w, h);
      ctx.globalAlpha = 1;
    } else {
      ctx.drawImage(images[i]!, x, y, w, h);
    }
  });
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
