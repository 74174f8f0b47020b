// Which computed styles an exported SVG element needs as presentation attributes. The plane's SVG is
// styled by classes and CSS variables, which a file (or an image drawn to a canvas) no longer has:
// each element gets its computed values written out instead. Pure, so it is tested in Node; the
// DOM part (export/capture.ts) hands in the computed styles.

/** Inherited properties and their initial values: written where they differ from the parent's. */
export const INHERITED: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'paint-order': 'normal',
  visibility: 'visible',
  'font-family': '',
  'font-size': '16px',
  'font-weight': '400',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'shape-rendering': 'auto',
};

/** Properties that do not inherit: written where they are not their initial value. */
export const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'vector-effect': 'none',
};

/** Geometry a stylesheet may set (a handle's `r: 14px`): always written from the computed value. */
export const GEOMETRY: Readonly<Record<string, readonly string[]>> = {
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
};

/** Attributes of the live element that mean nothing in a picture (or name styles it no longer has). */
export function keepAttribute(name: string): boolean {
  return !(
    name === 'class' ||
    name === 'style' ||
    name === 'tabindex' ||
    name === 'role' ||
    name === 'focusable' ||
    name.startsWith('aria-') ||
    name.startsWith('data-') ||
    name.startsWith('on') ||
    name.startsWith('xmlns')
  );
}

/** `1.5px` → `1.5`, `5px, 4px` → `5 4`: SVG attributes take user units, and lists without commas read everywhere. */
export function attributeValue(prop: string, value: string): string {
  if (prop === 'font-family') return value;
  const plain = value.replace(/(-?[\d.]+(?:e-?\d+)?)px\b/g, '$1');
  return prop === 'stroke-dasharray' ? plain.replace(/,\s*/g, ' ') : plain;
}

/**
 * `rgba(r, g, b, a)` → the opaque colour and its alpha, for readers of SVG 1.1 (which has no alpha
 * in colours); any other colour as it is, alpha 1.
 */
export function splitAlpha(color: string): { color: string; alpha: number } {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color);
  if (!m) return { color, alpha: 1 };
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { color: `rgb(${m[1]}, ${m[2]}, ${m[3]})`, alpha: a };
}

const round = (x: number) => String(Math.round(x * 1000) / 1000);

/** What an element's children inherit in the written file: the parent's, with its own attributes on top. */
export type Inherited = Readonly<Record<string, string>>;

/**
 * The presentation attributes for one element, from `own`, its computed style, and what it
 * inherits in the file (null at the root of what is exported: the initial values). A colour with
 * alpha becomes an opaque colour and its alpha folded into the paint's opacity; what its children
 * inherit comes back with the attributes.
 */
export function presentation(
  tag: string,
  own: (prop: string) => string,
  inherited: Inherited | null,
): { attrs: [string, string][]; inherits: Inherited } {
  const from = inherited ?? INHERITED;
  const wanted = new Map<string, string>();
  for (const prop of Object.keys(INHERITED)) {
    const v = own(prop);
    if (v) wanted.set(prop, v);
  }
  for (const paint of ['fill', 'stroke'] as const) {
    const v = wanted.get(paint);
    if (!v) continue;
    const { color, alpha } = splitAlpha(v);
    if (alpha === 1) continue;
    wanted.set(paint, color);
    wanted.set(`${paint}-opacity`, round(parseFloat(wanted.get(`${paint}-opacity`) ?? '1') * alpha));
  }
  const attrs: [string, string][] = [];
  const inherits: Record<string, string> = { ...from };
  for (const [prop, v] of wanted) {
    if (v === from[prop]) continue;
    attrs.push([prop, attributeValue(prop, v)]);
    inherits[prop] = v;
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const v = own(prop);
    if (v && v !== initial) attrs.push([prop, attributeValue(prop, v)]);
  }
  for (const prop of GEOMETRY[tag] ?? []) {
    const v = own(prop);
    if (v && v !== 'auto') attrs.push([prop, attributeValue(prop, v)]);
  }
  return { attrs, inherits };
}

/** Text and attribute values inside markup. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
