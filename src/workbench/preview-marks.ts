import { PREVIEW_MARK } from '../store/use-visitor-t.ts';

/** Where the edited text landed in a preview: in sight, as a choice in a list, only for screen readers, or nowhere. */
export type MarkPlace = 'visible' | 'list' | 'hidden' | 'none';

const LABELS = ['aria-label', 'title', 'aria-description', 'placeholder'] as const;
export const EDITED_ATTRIBUTE = 'data-edited';

/**
 * Marks the elements of a drawn preview that show the edited string, and says where it landed.
 * A device key is found by its `data-key`; a help-layer key by the invisible marks the preview's
 * `t` puts around its text (PREVIEW_MARK). Returns the way to take the marks off again.
 */
export function markEdited(container: HTMLElement, deviceKey: string | null): { place: MarkPlace; unmark: () => void } {
  const found = new Map<Element, Exclude<MarkPlace, 'none'>>();
  if (deviceKey !== null) {
    for (const element of container.querySelectorAll(`[data-key="${deviceKey}"]`)) found.set(element, 'visible');
  } else {
    const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.includes(PREVIEW_MARK.start)) continue;
      const list = parent.closest('select');
      const hidden = parent.closest('.visually-hidden');
      // What a screen reader says, spelled out by the preview for the translator to see.
      const spoken = parent.closest('.preview-spoken');
      if (list) found.set(list, 'list');
      else if (spoken) found.set(spoken, 'hidden');
      else if (hidden) found.set(hidden.parentElement ?? hidden, 'hidden');
      else found.set(parent, 'visible');
    }
    for (const element of container.querySelectorAll('*')) {
      if (LABELS.some((name) => element.getAttribute(name)?.includes(PREVIEW_MARK.start))) found.set(element, 'hidden');
    }
  }
  for (const element of found.keys()) element.setAttribute(EDITED_ATTRIBUTE, 'true');
  const places = new Set(found.values());
  const place: MarkPlace = places.has('visible') ? 'visible' : places.has('list') ? 'list' : places.has('hidden') ? 'hidden' : 'none';
  return {
    place,
    unmark: () => {
      for (const element of found.keys()) element.removeAttribute(EDITED_ATTRIBUTE);
    },
  };
}
