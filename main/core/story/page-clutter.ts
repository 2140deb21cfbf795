/**
 * What a saved page holds besides its article, taken out of the document before Readability
 * looks for the article: scripts, styles and other non-text elements, forms and controls,
 * navigation, hidden elements, cookie and consent banners, ads, sharing and newsletter boxes.
 * Nothing here ever reaches a Story, so script text, CSS and form labels cannot either.
 *
 * Elements matched by class or id are never `<html>`, `<body>`, `<main>` or `<article>`, nor
 * anything holding the article's `<h1>` or `<article>`: a page's wrapper called `ad-layout`
 * must not take the story with it.
 */
import type { PageDocument, PageElement } from './page-dom';
import { all } from './page-dom';

/** Never text: code, styles, media, embedded documents, controls. */
const NOT_TEXT = new Set(
  'script style noscript template iframe frame frameset object embed applet svg math canvas video audio source track picture img map link meta form input button select option textarea label dialog nav'.split(
    ' ',
  ),
);
/** Roles of elements around the article, not in it. */
const AROUND_ROLES = new Set(['navigation', 'search', 'dialog', 'alertdialog']);
/** Class or id words of banners, ads and page furniture. */
const CLUTTER_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|didomi|ad|ads|adslot|advert|advertisement|sponsor|sponsored|promo|dfp|share|sharing|social|newsletter|subscribe|paywall|popup|modal|outbrain|taboola)(?:$|[\s_-])/i;
const KEPT_ELEMENTS = new Set(['html', 'body', 'main', 'article', 'head', 'title']);

/**
 * Removes the clutter from `document`, in place: one pass over its elements (a selector per
 * kind would cost a selector compilation and a tree walk each).
 */
export function removeClutter(document: PageDocument): void {
  const body = document.body;
  if (!body) return;
  for (const element of all(body, '*')) {
    const name = element.localName;
    if (KEPT_ELEMENTS.has(name)) continue;
    if (NOT_TEXT.has(name) || isAround(element)) {
      element.remove();
      continue;
    }
    const named = `${element.className} ${element.id}`;
    if (
      named.length > 1 &&
      CLUTTER_NAME.test(named) &&
      !element.querySelector('h1, article, main')
    ) {
      element.remove();
    }
  }
}

function isAround(element: PageElement): boolean {
  const role = element.getAttribute('role');
  return (
    (role !== null && AROUND_ROLES.has(role)) ||
    element.getAttribute('hidden') !== null ||
    element.getAttribute('aria-hidden') === 'true'
  );
}
