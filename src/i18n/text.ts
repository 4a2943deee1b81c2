/**
 * Outside text (names, device labels) inside our sentences: isolated for direction, counted in graphemes, clamped
 * for accessible names.
 */

/**
 * Wraps outside text in a first-strong isolate (FSI ... PDI): a name in a right-to-left script, or with an
 * unterminated right-to-left override, cannot reorder the words around it ("'s screen", ", muted").
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of a text (a family emoji or a letter with its accents is one). */
export function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [...text];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** At most `max` graphemes, with an ellipsis when cut (an accessible name stays readable). */
export function clampText(text: string, max: number): string {
  const chars = graphemes(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
