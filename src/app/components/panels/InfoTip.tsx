import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface InfoTipProps {
  title: string;
  definition: string;
  source: string;
}

/**
 * An "i" button that opens the definition and source of a number (click, Enter or Space; Escape
 * closes). Memoised (text props only): every card has one, and a click re-renders the cards.
 */
export const InfoTip = memo(function InfoTip({ title, definition, source }: InfoTipProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const popId = useId();
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);

  return (
    <span className="infotip" ref={root}>
      <button
        type="button"
        className="infotip-button"
        aria-expanded={open}
        aria-controls={popId}
        aria-label={t('kpi.info', { label: title })}
        title={t('kpi.info', { label: title })}
        onClick={() => setOpen((o) => !o)}
      >
        i
      </button>
      <span id={popId} className="infotip-pop" role="note" hidden={!open}>
        <strong className="infotip-title">{title}</strong>
        <span className="infotip-row">
          <span className="infotip-label">{t('kpi.definition')}: </span>
          {definition}
        </span>
        <span className="infotip-row">
          <span className="infotip-label">{t('kpi.source')}: </span>
          {source}
        </span>
      </span>
    </span>
  );
});
