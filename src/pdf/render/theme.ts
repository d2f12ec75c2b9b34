/** Page geometry (mm, A4 portrait) and the document's type scale and colours. */
export const PAGE = {
  width: 210,
  height: 297,
  left: 18,
  right: 192,
  /** Content runs between these; the header sits above `top` and the footer below `bottom`. */
  top: 24,
  bottom: 279,
} as const;

export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const FONT = 'DejaVu';

/** Millimetres per typographic point. */
export const PT = 25.4 / 72;
export const LINE_FACTOR = 1.3;

export const SIZE = { title: 24, h1: 17, h2: 12.5, h3: 10.5, body: 9.5, small: 8, tiny: 7 } as const;

export type Rgb = readonly [number, number, number];
export const COLOUR = {
  text: [33, 37, 41],
  muted: [96, 102, 110],
  accent: [24, 62, 107],
  rule: [196, 202, 209],
  headFill: [226, 234, 243],
  labelFill: [243, 245, 248],
  gapFill: [252, 234, 232],
  mappedFill: [214, 232, 220],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

export function lineHeight(sizePt: number): number {
  return sizePt * LINE_FACTOR * PT;
}
