/**
 * Writes one planned file as story text in the exact shape of a saved news page (see
 * /work/shared/design/story-format.md): header with a no-break space, section, long date,
 * byline twice around the title, display date, caption pairs (alt text without apostrophes,
 * then the caption), body paragraphs opening with a `CITY:` dateline, and the `More From …:`
 * block with each headline twice and irregular blank lines. No trailing newline.
 *
 * A story's text draws from its own random stream (seed + story), so a second save of the
 * same story has the same text, and rendering order never changes the output.
 */
import type { ArchivePlan, PlannedFile } from './archive-plan';
import { AGENCIES, CAPTION_PLACES, CAPTION_SCENES } from './english-lexicon';
import { fullName, makePerson } from './named-entities';
import { SeededRandom } from './seeded-random';
import { writeBody } from './story-body';
import type { StoryDate } from './story-dates';
import { storyDate } from './story-dates';
import type { Topic } from './topic-model';
import { storyAngle } from './topic-model';

/** Salt of the per-story random streams (apart from the plan's streams). */
const STORY_STREAM = 1_000_003;

/**
 * One planned story's content, drawn from its random stream in a fixed order, before it is
 * written in a format: the text layout here (renderStory), a saved page (render-page.ts) or a
 * Markdown clipping (render-clipping.ts) — the same article whichever format writes it.
 */
export interface StoryDraft {
  date: StoryDate;
  section: string;
  byline: string;
  title: string;
  captions: string[];
  /** The first one opens with its `PLACE: ` dateline when the story has one. */
  paragraphs: string[];
  related: { label: string; headlines: string[]; blankBefore: boolean[] } | null;
}

export function draftStory(plan: ArchivePlan, file: PlannedFile): StoryDraft {
  const story = plan.stories[file.story]!;
  const random = new SeededRandom(plan.seed, STORY_STREAM + story.index);
  const topic = storyAngle(random, plan.topics[story.topic]!);
  const date = storyDate(story.day);
  const byline = random.chance(0.75) ? random.pick(AGENCIES) : fullName(makePerson(random));
  const captions: string[] = [];
  const captionRoll = random.next();
  const captionPairs = captionRoll < 0.3 ? 0 : captionRoll < 0.85 ? 1 : random.range(2, 3);
  for (let i = 0; i < captionPairs; i++) captions.push(writeCaption(random, topic, date));
  const words = Math.min(900, Math.max(300, Math.round(Math.exp(random.normal() * 0.33 + 6.29))));
  const paragraphs = writeBody(random, {
    topic,
    vocabulary: plan.vocabulary,
    words,
    focus: topic.focus * (0.5 + random.next()),
  });
  if (random.chance(0.85) && paragraphs.length > 0) {
    paragraphs[0] = `${random.pick(topic.places).toUpperCase()}: ${paragraphs[0]}`;
  }
  let related: StoryDraft['related'] = null;
  if (file.related.length > 0) {
    const section = topic.section.charAt(0).toUpperCase() + topic.section.slice(1);
    related = {
      label: `More From ${section}:`,
      headlines: file.related.map((headline) => headline.text),
      blankBefore: file.related.map((_, index) => index > 0 && random.chance(0.1)),
    };
  }
  return {
    date,
    section: topic.section,
    byline,
    title: story.title,
    captions,
    paragraphs,
    related,
  };
}

export function renderStory(plan: ArchivePlan, file: PlannedFile): string {
  return renderStoryText(draftStory(plan, file));
}

/** A draft in the text layout of a saved story file. */
export function renderStoryText(draft: StoryDraft): string {
  const { date, byline } = draft;
  const lines: string[] = [
    ` date ${date.iso} \u00a0`,
    draft.section,
    date.long,
    'By',
    byline,
    '',
    draft.title,
    '',
    'By',
    byline,
    '',
    date.display,
    '',
  ];
  for (const caption of draft.captions) {
    lines.push(caption.replace(/['\u2019]/g, ''), caption, '');
  }
  lines.push(draft.paragraphs.join('\n\n'));
  if (draft.related) {
    lines.push('', draft.related.label, '');
    draft.related.headlines.forEach((headline, index) => {
      if (draft.related!.blankBefore[index]) lines.push('');
      lines.push(headline, '', headline);
    });
  }
  return lines.join('\n');
}

function writeCaption(random: SeededRandom, topic: Topic, date: StoryDate): string {
  const place = random.pick(topic.places);
  const credit = random.chance(0.5)
    ? `${random.pick(AGENCIES)} via ${random.pick(AGENCIES)}`
    : `${fullName(makePerson(random))}/${random.pick(AGENCIES)}`;
  const scene = random.pick(CAPTION_SCENES);
  const where = random.chance(0.55)
    ? `${random.pick(topic.organisations)}'s offices in ${place}`
    : `${random.pick(CAPTION_PLACES)} ${place}`;
  return `${scene} ${where} on ${date.caption}. ${credit}`;
}
