import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfferUndo } from '../../components/undo-notice';
import type { NumberKind } from '../../domain/numbers';
import { formatSocialSecurityNumber } from '../../domain/social-security-number';
import { today } from '../../device/today';
import { useApp, useAppStoreApi } from '../../components/store-context';
import { NumberEntry } from './number-entry';
import { SavedNumber } from './saved-number';

/** One number's card: its field or, once saved, the saved number first, then what it is for, folded. */
export function NumberSection({ kind, children }: { kind: NumberKind; children: ReactNode }) {
  const { t } = useTranslation();
  const saved = useApp((s) => s.numbers[kind]);
  const setNumber = useApp((s) => s.setNumber);
  const store = useAppStoreApi();
  const offerUndo = useOfferUndo();
  const [editing, setEditing] = useState(false);
  // Where focus goes after the view switches, so keyboard and screen-reader users are not left on a removed button.
  const [focusOn, setFocusOn] = useState<'entry' | 'saved' | null>(null);

  const remove = () => {
    if (!saved) return;
    setNumber(kind, null, today());
    offerUndo(t(`numbers.${kind}.removed`), () => {
      // A number saved since the removal wins over the one being brought back.
      if (store.getState().numbers[kind]) return;
      // Brought back as it was, warning included, and focus goes to it.
      setNumber(kind, saved.value, saved.enteredOn, saved.asWritten === true);
      setFocusOn('saved');
    });
    setFocusOn('entry');
  };

  return (
    <section className="card number-section">
      <h2>{t(`numbers.${kind}.title`)}</h2>
      {saved && !editing ? (
        <SavedNumber
          kind={kind}
          saved={saved}
          focusOnMount={focusOn === 'saved'}
          onChange={() => {
            setEditing(true);
            setFocusOn('entry');
          }}
          onRemove={remove}
        />
      ) : (
        <NumberEntry
          kind={kind}
          initial={saved ? formatSocialSecurityNumber(saved.value) : ''}
          focusOnMount={focusOn === 'entry'}
          onSaved={() => {
            setEditing(false);
            setFocusOn('saved');
          }}
          onCancel={
            saved
              ? () => {
                  setEditing(false);
                  setFocusOn('saved');
                }
              : undefined
          }
        />
      )}
      <details className="number-more">
        <summary>{t(`numbers.${kind}.about`)}</summary>
        {children}
      </details>
    </section>
  );
}
