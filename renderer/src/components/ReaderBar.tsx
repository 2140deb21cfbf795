/**
 * The reader's toolbar: back to the list (narrow windows), the match navigator while the
 * search's words are in the story, text size, and Copy text.
 */
import { TEXT_SIZES, type TextSize } from '../state/reader-settings';
import { BackIcon } from './Icons';
import { MatchNavigator } from './MatchNavigator';

export interface ReaderBarProps {
  matches: number;
  currentMatch: number;
  onStepMatch: (delta: 1 | -1) => void;
  textSize: TextSize;
  onTextSize: (direction: 1 | -1) => void;
  canCopy: boolean;
  onCopy: () => void;
  onBackToList: () => void;
}

export function ReaderBar(props: ReaderBarProps) {
  const { textSize, onTextSize } = props;
  return (
    <div className="reader__bar">
      <button
        type="button"
        className="button button--quiet reader__back"
        onClick={props.onBackToList}
      >
        <BackIcon />
        List
      </button>
      {props.matches > 0 && (
        <MatchNavigator
          count={props.matches}
          current={props.currentMatch}
          onStep={props.onStepMatch}
        />
      )}
      <div className="reader__tools">
        {/* aria-disabled, not disabled: a control that hits its limit keeps the focus. */}
        <div className="reader__size" role="group" aria-label="Text size">
          <button
            type="button"
            className="icon-button reader__smaller"
            onClick={() => onTextSize(-1)}
            aria-disabled={textSize === TEXT_SIZES[0]}
          >
            <span aria-hidden="true">A</span>
            <span className="visually-hidden">Smaller text</span>
          </button>
          <button
            type="button"
            className="icon-button reader__larger"
            onClick={() => onTextSize(1)}
            aria-disabled={textSize === TEXT_SIZES[TEXT_SIZES.length - 1]}
          >
            <span aria-hidden="true">A</span>
            <span className="visually-hidden">Larger text</span>
          </button>
        </div>
        <button
          type="button"
          className="button button--quiet"
          onClick={props.onCopy}
          disabled={!props.canCopy}
        >
          Copy text
        </button>
      </div>
    </div>
  );
}
