/**
 * Writes one planned wire file as story text in the saved-page shape the feature style writes
 * (/work/shared/design/story-format.md): header with a no-break space, section, long date,
 * the agency as byline around the headline, display date, rarely a caption pair, the body
 * whose first paragraph opens with a wire dateline (`CHICAGO, March 3 - `, `WASHINGTON
 * (Harbour Wire) - `, `NEW YORK, March 3 (Harbour Wire) – `), and the `More From …:` block
 * with each headline twice. No trailing newline.
 *
 * The story is composed again from its own stream (wire-plan.ts: the plan composed it once
 * for its headline), so a second save has the same text and rendering order changes nothing.
 */
import type { PlannedFile } from '../archive-plan';
import { storyDate } from '../story-dates';
import { sectionOf } from './wire-categories';
import { composeWireStory } from './wire-compose';
import { MONTH_FULL, MONTH_SHORT } from './wire-lexicon';
import type { WirePlan } from './wire-plan';
import { storySpec, storyStream } from './wire-plan';
import type { WireWriter } from './wire-writer';

/** The invented agency the archive's stories come from. */
export const WIRE_AGENCY = 'Harbour Wire';

const CAPTIONS = [
  'A trader works on the floor of the exchange',
  'Containers are stacked at the port',
  'Workers load sacks onto a ship',
  'An oil rig stands offshore',
  'The headquarters of the central bank',
  'A combine harvests a field',
];

export function renderWireStory(plan: WirePlan, file: PlannedFile): string {
  const story = plan.stories[file.story]!;
  const composed = composeWireStory(
    storyStream(plan.seed, story),
    plan.world,
    storySpec(plan, story),
  );
  const w = composed.writer;
  const date = storyDate(story.day);
  const section = sectionOf(story.categories[0]!);
  const lines: string[] = [
    ` date ${date.iso} \u00a0`,
    section,
    date.long,
    'By',
    WIRE_AGENCY,
    '',
    story.title,
    '',
    'By',
    WIRE_AGENCY,
    '',
    date.display,
    '',
  ];
  if (w.chance(0.03)) {
    const caption = `${w.pick(CAPTIONS)}, ${MONTH_FULL[w.month]} ${w.dayOfMonth}, ${w.year}. ${WIRE_AGENCY}/File Photo`;
    lines.push(caption.replace(/['\u2019]/g, ''), caption, '');
  }
  const paragraphs = [...composed.paragraphs];
  paragraphs[0] = `${dateline(w, composed.place)}${paragraphs[0] ?? ''}`;
  lines.push(paragraphs.join('\n\n'));
  if (file.related.length > 0) {
    lines.push('', `More From ${section.charAt(0).toUpperCase()}${section.slice(1)}:`, '');
    file.related.forEach((headline, index) => {
      if (index > 0 && w.chance(0.1)) lines.push('');
      lines.push(headline.text, '', headline.text);
    });
  }
  return lines.join('\n');
}

/** `CHICAGO, March 3 - `, `WASHINGTON (Harbour Wire) - `, `LONDON, Sept 3 (Harbour Wire) – `. */
function dateline(w: WireWriter, place: string): string {
  const roll = w.random.next();
  const month = w.chance(0.5) ? MONTH_FULL[w.month]! : MONTH_SHORT[w.month]!;
  const when = `, ${month} ${w.dayOfMonth}`;
  const dash = w.pick(['-', '-', '-', '-', '-', '-', '--', '–', '–', '—']);
  if (roll < 0.75) return `${place}${when} ${dash} `;
  if (roll < 0.88) return `${place}${when} (${WIRE_AGENCY}) ${dash} `;
  return `${place} (${WIRE_AGENCY}) ${dash} `;
}
