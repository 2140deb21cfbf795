/**
 * "Open original": asks main to open the file a story was read from (by its id; the renderer
 * never sees a path). Electron opens it with the system's app; the browser mode answers a
 * short-lived URL, opened here in a new tab (served sandboxed: no script in it runs). A
 * failure is said next to the button.
 */
import { useState } from 'react';
import { useApi } from '../hooks/api-context';

export function OpenOriginalButton({ id }: { id: string }) {
  const api = useApi();
  const [problem, setProblem] = useState<string | null>(null);
  const open = async (): Promise<void> => {
    setProblem(null);
    const result = await api.openOriginal({ id });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    if (result.value.opened === 'url') window.open(result.value.url, '_blank', 'noopener');
  };
  return (
    <>
      <button type="button" className="story__original" onClick={() => void open()}>
        Open original
      </button>
      {problem && (
        <span className="story__original-problem" role="status">
          {' '}
          {problem}
        </span>
      )}
    </>
  );
}
