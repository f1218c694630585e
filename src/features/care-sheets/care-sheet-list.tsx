import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareSheet } from '../../domain/care-sheets';
import { CareSheetItem } from './care-sheet-item';

/** A year of visits is hundreds of cards: the newest come first, older ones on request, a batch at a time. */
export const VISITS_PER_BATCH = 10;

interface Props {
  /** Newest first. */
  sheets: readonly CareSheet[];
  labelledBy: string;
  onDelete(sheet: CareSheet, visit: string): void;
}

export function CareSheetList({ sheets, labelledBy, onDelete }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const [shown, setShown] = useState(VISITS_PER_BATCH);
  // After "Show older", focus goes to the first visit that appeared, where reading goes on.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const older = Math.min(sheets.length - shown, VISITS_PER_BATCH);

  useEffect(() => {
    if (focusFrom === null) return;
    list.current?.querySelectorAll<HTMLElement>('.care-sheet h3')[focusFrom]?.focus();
    setFocusFrom(null);
  }, [focusFrom]);

  return (
    <>
      <ul className="cards" aria-labelledby={labelledBy} ref={list}>
        {sheets.slice(0, shown).map((sheet) => (
          <CareSheetItem key={sheet.id} sheet={sheet} onDelete={onDelete} />
        ))}
      </ul>
      {older > 0 && (
        <>
          <p className="note">{t('careSheets.list.shown', { shown, count: sheets.length })}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFocusFrom(shown);
              setShown(shown + VISITS_PER_BATCH);
            }}
          >
            {t('careSheets.list.showOlder', { count: older })}
          </button>
        </>
      )}
    </>
  );
}
