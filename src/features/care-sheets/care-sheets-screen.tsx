import { useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/screen-heading';
import { useOfferUndo } from '../../components/undo-notice';
import type { CareSheet } from '../../domain/care-sheets';
import { useApp } from '../../components/store-context';
import { AddCareSheetForm } from './add-care-sheet-form';
import { CareSheetList } from './care-sheet-list';
import { CareTotals } from './care-totals';
import { HowToGetRefunded } from './how-to-get-refunded';
import './care-sheets.css';
import { TermsText } from '../../components/terms-text';

/** Newest care first; among visits of the same day, the one added last comes first. */
function newestFirst(sheets: readonly CareSheet[]): CareSheet[] {
  return [...sheets].reverse().sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? 1 : -1));
}

export default function CareSheetsScreen() {
  const { t } = useTranslation();
  const listHeadingId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const careSheets = useApp((s) => s.careSheets);
  const removeCareSheet = useApp((s) => s.removeCareSheet);
  const restoreCareSheet = useApp((s) => s.restoreCareSheet);
  const offerUndo = useOfferUndo();
  const sorted = useMemo(() => newestFirst(careSheets), [careSheets]);

  const remove = useCallback(
    (sheet: CareSheet, visit: string) => {
      const removed = removeCareSheet(sheet.id);
      if (!removed) return;
      // The button that had focus is gone: keep keyboard users in the list rather than at the top of the page.
      listHeading.current?.focus();
      offerUndo(t('careSheets.list.deleted', { visit }), () => restoreCareSheet(removed.sheet, removed.index));
    },
    [removeCareSheet, restoreCareSheet, offerUndo, t],
  );

  return (
    <>
      <ScreenHeading>{t('careSheets.title')}</ScreenHeading>
      <p>
        <TermsText>{t('careSheets.intro')}</TermsText>
      </p>
      <HowToGetRefunded />
      <AddCareSheetForm />
      <CareTotals />
      <section aria-labelledby={listHeadingId} className="care-sheet-list">
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1}>
          {t('careSheets.list.title')}
        </h2>
        {sorted.length === 0 ? (
          <p className="note">
            <TermsText>{t('careSheets.list.empty')}</TermsText>
          </p>
        ) : (
          <CareSheetList sheets={sorted} labelledBy={listHeadingId} onDelete={remove} />
        )}
      </section>
    </>
  );
}
