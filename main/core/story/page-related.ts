/**
 * A saved page's own "related" list — `More from World`, `Related stories`, `See also` — read
 * as the Story's related block, like the `More From World:` block of a text story: its label
 * is the list's heading, its headlines the text of its links, once each, in order.
 *
 * Found by a heading whose text says so (h2–h6) with links near it, or by a container whose
 * class or id says `related`. Every such list is taken out of the document, so its headlines
 * never become article paragraphs; the first with headlines is the related block.
 */
import type { PageDocument, PageElement } from './page-dom';
import { all, textOf } from './page-dom';

export interface PageRelated {
  label: string | null;
  headlines: string[];
}

const RELATED_HEADING =
  /^(?:related\b|more (?:from|on|in|about|stories|news)\b|see also\b|also read\b|read more\b|read next\b|recommended\b|you may also like\b)/i;
const RELATED_CONTAINER =
  /(?:^|[\s_-])(?:related|more-from|more-stories|see-also|read-more)(?:$|[\s_-])/i;
/** A heading longer than this is a headline, not a list's title. */
const MAX_LABEL = 60;
/** A link text shorter than this is a control (`More`, `›`), not a headline. */
const MIN_HEADLINE = 8;
const MAX_HEADLINES = 50;
/** How far up from a heading to look for the list its links are in. */
const LEVELS_UP = 3;

/** Takes every related list out of `document`; returns the first one's label and headlines. */
export function takeRelatedLists(document: PageDocument): PageRelated {
  const lists: { container: PageElement; label: string | null }[] = [];
  for (const heading of all(document, 'h2, h3, h4, h5, h6')) {
    const label = textOf(heading);
    if (label.length > MAX_LABEL || !RELATED_HEADING.test(label)) continue;
    let box = heading.parentElement;
    for (let level = 0; level < LEVELS_UP && box; level += 1, box = box.parentElement) {
      if (box.localName === 'body' || box.localName === 'article' || box.localName === 'main') {
        break;
      }
      if (headlinesIn(box, heading).length > 0) {
        lists.push({ container: box, label });
        break;
      }
    }
  }
  for (const element of all(document, 'aside, section, div, ul, ol, nav')) {
    const name = `${element.className} ${element.id}`;
    if (!RELATED_CONTAINER.test(name) || lists.some((list) => list.container.contains(element))) {
      continue;
    }
    // A wrapper of the whole article is not a list, whatever its class says.
    if (element.querySelector('h1, article, main') || headlinesIn(element, null).length === 0) {
      continue;
    }
    const heading = element.querySelector('h2, h3, h4, h5, h6');
    lists.push({ container: element, label: heading ? textOf(heading) || null : null });
  }

  let related: PageRelated = { label: null, headlines: [] };
  for (const list of lists) {
    if (related.headlines.length === 0) {
      related = { label: list.label, headlines: headlinesIn(list.container, null) };
    }
  }
  for (const list of lists) list.container.remove();
  return related;
}

/** The distinct link texts of a list, the heading's own links left out. */
function headlinesIn(container: PageElement, heading: PageElement | null): string[] {
  const headlines: string[] = [];
  for (const link of all(container, 'a')) {
    if (heading?.contains(link)) continue;
    const text = textOf(link);
    if (text.length < MIN_HEADLINE || headlines.includes(text)) continue;
    headlines.push(text);
    if (headlines.length === MAX_HEADLINES) break;
  }
  return headlines;
}
