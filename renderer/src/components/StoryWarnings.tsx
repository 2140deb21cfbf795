/**
 * What the reader could not read in a story's file (a broken front matter, no date, text
 * left out), said plainly above the story rather than folded away at its end: a reader should
 * know before reading that, say, the story has no date because its date could not be read.
 */
export function StoryWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="story__warnings" aria-labelledby="story-warnings-title">
      <h2 id="story-warnings-title" className="story__warnings-title">
        Parts of this file could not be read
      </h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
