/**
 * Whether a `<video>` is shown on screen as a mirror image: the CSS transforms of the video and of its ancestors
 * up to `root` (inclusive, across shadow roots) are multiplied, and a negative horizontal scale is a mirror image.
 * This is what a person sees, whatever mix of `isMirrored`, the SDK's own flip and the element's correction made it.
 */
export function shownAsMirror(video: Element, root: Element): boolean {
  let matrix = new DOMMatrix();
  let el: Element | null = video;
  while (el) {
    const transform = getComputedStyle(el).transform;
    if (transform && transform !== 'none') matrix = new DOMMatrix(transform).multiply(matrix);
    if (el === root) break;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  if (el !== root) throw new Error('shownAsMirror: root is not an ancestor of the video');
  return matrix.a < 0;
}
