/**
 * The story's text: captions as figure captions, then the paragraphs (the dateline before the
 * first), each with the search's words marked and numbered and the reader's highlights.
 */
import type { HighlightAnchor, StoryResponse } from '../../../contract/api';
import { markedIn, type MatchStarts } from '../model/story-matches';
import { HighlightedText } from './HighlightedText';

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
        {story.paragraphs.map((paragraph, index) => (
          <p key={index}>
            {index === 0 && story.dateline && (
              <span className="story__dateline">{story.dateline} — </span>
            )}
            <span data-part="paragraph" data-index={index}>
              <HighlightedText
                text={paragraph}
                ranges={highlights?.paragraphs[index]}
                firstMatch={starts.paragraphs[index] ?? 0}
                currentMatch={currentMatch}
                marked={markedIn(anchors, 'paragraph', index)}
              />
            </span>
          </p>
        ))}
        {story.paragraphs.length === 0 && (
          <p className="story__empty">This file has no story text.</p>
        )}
      </div>
    </>
  );
}
