/** The reader before a story is chosen: how to get one, in a sentence. */
export function ReaderPlaceholder({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  return (
    <div className="reader-placeholder">
      <p className="reader-placeholder__title">Choose a story to read it here.</p>
      <p>
        Press <kbd>/</kbd> to search, <kbd>j</kbd> and <kbd>k</kbd> to move through the list, and{' '}
        <kbd>Enter</kbd> to open a story.
      </p>
      <button type="button" className="link-button" onClick={onShowShortcuts}>
        All keyboard shortcuts
      </button>
    </div>
  );
}
