/**
 * What a chart really drew, read back from its canvas pixels, and the colour arithmetic to judge it (WCAG contrast,
 * CIE76 difference). Written apart from src/internal/chart-colors.ts on purpose: the tests check the drawing, not
 * the code that chose its colours.
 */
import {waitUntil} from '@open-wc/testing';

export type Rgb = readonly [number, number, number];

/** A CSS colour as the sRGB bytes a canvas paints for it (alpha as 0-1). */
export function srgb(color: string): readonly [number, number, number, number] {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

const linear = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
export const luminance = ([r, g, b]: readonly number[]) => 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);

/** WCAG contrast ratio of two colours (CSS strings or bytes). */
export function contrast(a: string | readonly number[], b: string | readonly number[]): number {
  const [la, lb] = [luminance(typeof a === 'string' ? srgb(a) : a), luminance(typeof b === 'string' ? srgb(b) : b)].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}

/** CIE76 colour difference (distance in CIELAB, D65). Below about 20, two bars read as one colour. */
export function difference(a: readonly number[], b: readonly number[]): number {
  const lab = (c: readonly number[]) => {
    const [r, g, bl] = c.slice(0, 3).map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

/** A colour painted on the chart: its bytes, how many pixels, and the topmost row where it appears. */
export interface Fill {
  rgb: Rgb;
  pixels: number;
  top: number;
}

/**
 * The colours that fill areas of the canvas (bars, and Chart.js's own legend boxes): fully opaque colours covering
 * at least `share` of the canvas, leaving out the text colour (labels, ticks and axes) and the thin blends at
 * the edges of shapes. Sorted by their first row, which for horizontal bars is series order.
 */
export function fills(canvas: HTMLCanvasElement, textColor: string, share = 0.01): Fill[] {
  const {width, height} = canvas;
  const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
  const seen = new Map<number, {pixels: number; top: number}>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] !== 255) continue;
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    const entry = seen.get(key);
    if (entry) entry.pixels += 1;
    else seen.set(key, {pixels: 1, top: Math.floor(i / 4 / width)});
  }
  const text = srgb(textColor);
  return [...seen]
    .map(([key, {pixels, top}]) => ({rgb: [key >> 16, (key >> 8) & 255, key & 255] as const, pixels, top}))
    .filter((f) => f.pixels >= width * height * share && difference(f.rgb, text) > 10)
    .sort((a, b) => a.top - b.top);
}

/** Waits until the chart has drawn `count` filled colours (it draws after the content's first paint). */
export async function drawnFills(canvas: HTMLCanvasElement, count: number, timeout = 10_000): Promise<Fill[]> {
  const textColor = getComputedStyle(canvas).color;
  let found: Fill[] = [];
  await waitUntil(
    () => (found = fills(canvas, textColor)).length >= count,
    `the chart drew ${count} distinct colours? found ${JSON.stringify(found.map((f) => f.rgb))}`,
    {timeout},
  ).catch(() => undefined);
  return found;
}

/** The background a viewer sees behind `element`: the first opaque background up the tree (through shadow roots). */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const color = getComputedStyle(node).backgroundColor;
    if (srgb(color)[3] === 1) return color;
  }
  return 'rgb(255, 255, 255)';
}
