/**
 * The story's text: what could not be read in its file (StoryWarnings), captions as figure
 * captions, then the paragraphs (the dateline before the first), each with the search's words
 * marked and numbered and the reader's highlights; subheadings as headings, struck words struck.
 */
import type { HighlightAnchor, StoryResponse } from '../../../contract/api';
import { markedIn, type MatchStarts } from '../model/story-matches';
import { paragraphTag, struckRanges } from '../model/story-structure';
import { HighlightedText } from './HighlightedText';
import { StoryWarnings } from './StoryWarnings';

export interface StoryTextProps {
  response: StoryResponse;
  starts: MatchStarts;
  currentMatch: number;
  anchors: readonly (HighlightAnchor | null)[];
}

export function StoryText({ response, starts, currentMatch, anchors }: StoryTextProps) {
  const { story, highlights } = response;
  return (
    <>
      <StoryWarnings warnings={story.warnings} />
      {story.captions.map((caption, index) => (
        <figure className="story__figure" key={index}>
          <figcaption>
            <span data-part="caption" data-index={index}>
              <HighlightedText
                text={caption}
                ranges={highlights?.captions[index]}
                firstMatch={starts.captions[index] ?? 0}
                currentMatch={currentMatch}
                marked={markedIn(anchors, 'caption', index)}
              />
            </span>
          </figcaption>
        </figure>
      ))}
      <div className="story__body">
        {story.paragraphs.map((paragraph, index) => {
          // A subheading is a heading under the story's <h1>; other paragraphs are <p>.
          const Tag = paragraphTag(story, index);
          return (
            <Tag key={index} className={Tag === 'p' ? undefined : 'story__subheading'}>
              {index === 0 && Tag === 'p' && story.dateline && (
                <span className="story__dateline">{story.dateline} — </span>
              )}
              <span data-part="paragraph" data-index={index}>
                <HighlightedText
                  text={paragraph}
                  ranges={highlights?.paragraphs[index]}
                  firstMatch={starts.paragraphs[index] ?? 0}
                  currentMatch={currentMatch}
                  marked={markedIn(anchors, 'paragraph', index)}
                  struck={struckRanges(story, index)}
                />
              </span>
            </Tag>
          );
        })}
        {story.paragraphs.length === 0 && (
          <p className="story__empty">This file has no story text.</p>
        )}
      </div>
    </>
  );
}
