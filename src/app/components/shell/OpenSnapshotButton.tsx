import { useCallback, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface OpenSnapshotButtonProps {
  onFiles(files: File[]): void;
  /** Show the privacy sentence next to the button (default true). */
  showHint?: boolean;
}

/** Opens a snapshot folder from the user's disk; the files are read in the browser only. */
export function OpenSnapshotButton({ onFiles, showHint = true }: OpenSnapshotButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  const hintId = useId();
  // React has no typed prop for webkitdirectory; set the attributes on the element itself.
  const setInput = useCallback((el: HTMLInputElement | null) => {
    input.current = el;
    if (el) {
      el.setAttribute('webkitdirectory', '');
      el.setAttribute('directory', '');
    }
  }, []);
  return (
    <div className="open-snapshot">
      <input
        ref={setInput}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-snapshot-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <button
        type="button"
        className="button button--quiet"
        aria-describedby={showHint ? hintId : undefined}
        onClick={() => input.current?.click()}
      >
        {t('openSnapshot.button')}
      </button>
      {showHint ? (
        <p id={hintId} className="muted small open-snapshot-hint">
          {t('openSnapshot.hint')}
        </p>
      ) : null}
    </div>
  );
}
