// Keyboard focus for article highlights. Highlights must not be focusable all the time: in
// Chromium a mouse drag that starts on a focusable element focuses it instead of selecting
// text, which would stop editors from selecting inside an existing highlight. So a highlight
// becomes focusable only while it has focus (keyboard navigation, focus returned from a popover).
export function focusHighlight(element: HTMLElement, options: { scroll?: boolean } = {}): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: !options.scroll });
  if (options.scroll) element.scrollIntoView({ block: 'center' });
}
