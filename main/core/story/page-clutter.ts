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
import type { PageDocument } from './page-dom';
import { all } from './page-dom';

/** Never text: code, styles, media, embedded documents, controls. */
const NOT_TEXT =
  'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, math, canvas, video, audio, source, track, picture, img, map, link, meta, form, input, button, select, option, textarea, label, dialog';
/** Around the article, not in it. */
const AROUND =
  'nav, [role="navigation"], [role="banner"] nav, [role="search"], [role="dialog"], [role="alertdialog"], [hidden], [aria-hidden="true"]';
/** Class or id words of banners, ads and page furniture. */
const CLUTTER_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|didomi|ad|ads|adslot|advert|advertisement|sponsor|sponsored|promo|dfp|share|sharing|social|newsletter|subscribe|paywall|popup|modal|outbrain|taboola)(?:$|[\s_-])/i;
const KEPT_ELEMENTS = new Set(['html', 'body', 'main', 'article', 'head', 'title']);

/** Removes the clutter from `document`, in place. */
export function removeClutter(document: PageDocument): void {
  for (const element of all(document, NOT_TEXT)) element.remove();
  for (const element of all(document, AROUND)) {
    if (!KEPT_ELEMENTS.has(element.localName)) element.remove();
  }
  for (const element of all(document, 'body [class], body [id]')) {
    if (KEPT_ELEMENTS.has(element.localName)) continue;
    if (!CLUTTER_NAME.test(`${element.className} ${element.id}`)) continue;
    if (element.querySelector('h1, article, main')) continue;
    element.remove();
  }
}
