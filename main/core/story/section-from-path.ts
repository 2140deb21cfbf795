/**
 * A page's section when its markup names none, from where it was saved: a news site files a
 * story under its section's path (`https://example.com/world/2024/05/harbour-strike`), and a
 * reader files saved pages in folders the same way (`world/harbour-strike.html`). Only the
 * common section names count — a path's other words (`news`, `2024`, `article`, a slug) are
 * not sections. The URL is asked first (the site's own filing), then the file's folders,
 * nearest the archive root first.
 */

/** Section words sites and readers file stories under, and the section each one means. */
const SECTIONS: Readonly<Record<string, string>> = {
  world: 'world',
  'world-news': 'world',
  international: 'world',
  uk: 'uk',
  'uk-news': 'uk',
  us: 'us',
  'us-news': 'us',
  europe: 'europe',
  africa: 'africa',
  asia: 'asia',
  americas: 'americas',
  'middle-east': 'middle-east',
  australia: 'australia',
  national: 'national',
  local: 'local',
  politics: 'politics',
  business: 'business',
  economy: 'economy',
  money: 'money',
  markets: 'markets',
  technology: 'technology',
  tech: 'technology',
  science: 'science',
  environment: 'environment',
  climate: 'climate',
  health: 'health',
  education: 'education',
  sport: 'sport',
  sports: 'sport',
  football: 'football',
  culture: 'culture',
  arts: 'arts',
  books: 'books',
  music: 'music',
  film: 'film',
  entertainment: 'entertainment',
  lifestyle: 'lifestyle',
  travel: 'travel',
  food: 'food',
  opinion: 'opinion',
  media: 'media',
};

/** The section a source URL's path or the file's folders name, or null. */
export function sectionFromPath(source: string | null, file: string): string | null {
  return (
    (source === null ? null : fromSegments(urlSegments(source))) ?? fromSegments(folders(file))
  );
}

function fromSegments(segments: readonly string[]): string | null {
  for (const segment of segments) {
    const section = SECTIONS[segment.toLowerCase()];
    if (section !== undefined) return section;
  }
  return null;
}

/** The URL path's segments but the last (the story's own slug). */
function urlSegments(source: string): string[] {
  let path: string;
  try {
    path = new URL(source).pathname;
  } catch {
    return [];
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  return segments.slice(0, -1).map(safeDecode);
}

/** `world/2024/harbour.html` → `['world', '2024']`. */
function folders(file: string): string[] {
  return file.split('/').slice(0, -1);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
