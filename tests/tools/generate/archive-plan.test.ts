import { describe, expect, it } from 'vitest';
import { planArchive } from '../../../tools/generate/archive-plan';
import { normaliseTitle } from '../../../main/core/story/normalise-title';

const plan = planArchive({ stories: 2000, seed: 11 });
const fileByName = new Map(plan.files.map((file) => [file.file, file]));

describe('planArchive', () => {
  it('spreads stories over several years, first saves in file-number (date) order', () => {
    const days = plan.files
      .filter((file) => file.duplicateOf === null)
      .map((file) => plan.stories[file.story]!.day);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    const years = (days.at(-1)! - days[0]!) / 365;
    expect(years).toBeGreaterThan(3);
  });

  it('keeps each topic within a window of days to weeks', () => {
    for (const topic of plan.topics) {
      expect(topic.windowDays).toBeGreaterThanOrEqual(2);
      expect(topic.windowDays).toBeLessThanOrEqual(75);
    }
    const sizes = plan.topics.map((topic) => topic.size);
    expect(Math.max(...sizes)).toBeGreaterThan(20);
    expect(sizes.filter((size) => size <= 2).length).toBeGreaterThan(0);
  });

  it('names 4 to 12 headlines per related block, mostly the same topic within a week', () => {
    let sameTopic = 0;
    let total = 0;
    for (const file of plan.files) {
      const own = plan.stories[file.story]!;
      expect(file.related.length).toBeGreaterThanOrEqual(4);
      expect(file.related.length).toBeLessThanOrEqual(12);
      for (const headline of file.related) {
        const named = plan.stories[headline.story]!;
        expect(named.index).not.toBe(own.index);
        total += 1;
        if (named.topic === own.topic) {
          sameTopic += 1;
          expect(Math.abs(named.day - own.day)).toBeLessThanOrEqual(7);
        }
      }
    }
    expect(sameTopic / total).toBeGreaterThan(0.15);
    expect(sameTopic / total).toBeLessThan(0.6);
  });

  it('records the truth of each headline: the file it names, or null for an unsaved story', () => {
    let missing = 0;
    let variants = 0;
    for (const file of plan.files) {
      for (const headline of file.related) {
        const named = plan.stories[headline.story]!;
        expect(normaliseTitle(headline.text)).toBe(normaliseTitle(named.title));
        if (headline.text !== named.title) variants += 1;
        if (headline.file === null) {
          missing += 1;
          expect(named.saved).toBe(false);
        } else {
          expect(fileByName.get(headline.file)!.story).toBe(named.index);
        }
      }
    }
    expect(missing).toBeGreaterThan(100);
    expect(variants).toBeGreaterThan(100);
  });

  it('gives every story a title of its own, except the few recurring ones', () => {
    const seen = new Map<string, number>();
    for (const story of plan.stories) {
      if (story.recurring) continue;
      const key = normaliseTitle(story.title);
      expect(seen.has(key)).toBe(false);
      seen.set(key, story.index);
    }
    expect(plan.stories.some((story) => story.recurring)).toBe(true);
  });

  it('marks second saves with the file of the first save', () => {
    const duplicates = plan.files.filter((file) => file.duplicateOf !== null);
    expect(duplicates.length).toBe(10);
    for (const duplicate of duplicates) {
      expect(fileByName.get(duplicate.duplicateOf!)!.story).toBe(duplicate.story);
    }
  });
});
