/** "3 of 12" with previous/next buttons for the current search's matches in the story. */
import { DownIcon, UpIcon } from './Icons';

export interface MatchNavigatorProps {
  count: number;
  /** The match the reader is on, or -1 before the first step. */
  current: number;
  onStep: (delta: 1 | -1) => void;
}

export function MatchNavigator({ count, current, onStep }: MatchNavigatorProps) {
  return (
    <div className="match-nav" role="group" aria-label="Matches in this story">
      <span className="match-nav__count">
        {current < 0
          ? `${count} ${count === 1 ? 'match' : 'matches'}`
          : `${current + 1} of ${count}`}
      </span>
      <button
        type="button"
        className="icon-button"
        onClick={() => onStep(-1)}
        aria-keyshortcuts="Shift+Enter"
        title="Previous match (Shift+Enter)"
      >
        <UpIcon />
        <span className="visually-hidden">Previous match</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onStep(1)}
        aria-keyshortcuts="Enter"
        title="Next match (Enter)"
      >
        <DownIcon />
        <span className="visually-hidden">Next match</span>
      </button>
    </div>
  );
}
