/** Why the story could not be shown, with Try again and the way back to the list. */
import type { ApiError } from '../../../contract/api';
import { ErrorPanel } from './ErrorPanel';

export function StoryError(props: { error: ApiError; onRetry: () => void; onBack: () => void }) {
  const { error } = props;
  return (
    <ErrorPanel
      title={
        error.code === 'E_NOT_FOUND'
          ? 'This story is no longer in the archive.'
          : 'The story could not be opened.'
      }
      message={error.message}
      onRetry={props.onRetry}
      action={{ label: 'Back to the list', onClick: props.onBack }}
    />
  );
}
