import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfferUndo } from '../../components/undo-notice';
import { hrefFor } from '../../navigation/routes';
import { switchLanguage } from '../../i18n/i18n';
import { isLanguageCode } from '../../i18n/languages';
import { BACKUP_MAX_BYTES, readBackup, type BackupError, type BackupSummary } from '../../store/backup';
import type { SavedState } from '../../store/schema';
import { useAppStoreApi, useDataControls } from '../../components/store-context';
import { BackupPreview } from './backup-preview';

type Step =
  | { kind: 'idle' }
  | { kind: 'refused'; error: BackupError | 'unreadable' }
  | { kind: 'confirm'; state: SavedState; summary: BackupSummary };

/** Reads a backup file, checks all of it, shows what it holds, and replaces the data only when asked. */
export function BackupImport() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const store = useAppStoreApi();
  const { replaceAll, revision } = useDataControls();
  const [undoTooLate, setUndoTooLate] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [restored, setRestored] = useState(false);
  const offerUndo = useOfferUndo();
  const restoredHeading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // After a restore (often on a new phone), focus lands on what happened, and home is one tap away.
  useEffect(() => {
    if (restored) restoredHeading.current?.focus();
  }, [restored]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    setRestored(false);
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > BACKUP_MAX_BYTES) {
      setStep({ kind: 'refused', error: 'too-large' });
      return;
    }
    try {
      const result = readBackup(await file.text());
      setStep(result.ok ? { kind: 'confirm', state: result.state, summary: result.summary } : { kind: 'refused', error: result.error });
    } catch {
      setStep({ kind: 'refused', error: 'unreadable' });
    }
  };

  const apply = (state: SavedState) => {
    if (isLanguageCode(state.language)) void switchLanguage(state.language);
    return replaceAll(state);
  };

  const confirm = async (state: SavedState) => {
    const previous = store.getState();
    setStep({ kind: 'idle' });
    setUndoTooLate(false);
    if (input.current) input.current.value = '';
    const restoredAt = await apply(state);
    setRestored(true);
    offerUndo(t('settings.backup.restored'), () => {
      // Putting the old data back over changes made since (here or in another window) would lose them.
      if (revision() !== restoredAt) {
        // Said here, or in the snackbar when the student has left this screen since.
        if (mounted.current) setUndoTooLate(true);
        else offerUndo(t('settings.backup.undoTooLate'));
        return;
      }
      setRestored(false);
      void apply(previous);
    });
  };

  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.backup.import')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('settings.backup.importHint')}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void choose(event)}
      />
      {step.kind === 'refused' && (
        <p role="alert" className="message error">
          {t(`settings.backup.errors.${step.error}`)} {t('settings.backup.nothingChanged')}
        </p>
      )}
      {step.kind === 'confirm' && (
        <BackupPreview
          summary={step.summary}
          onConfirm={() => void confirm(step.state)}
          onCancel={() => {
            setStep({ kind: 'idle' });
            if (input.current) input.current.value = '';
          }}
        />
      )}
      {restored && (
        // biome-ignore lint/a11y/useSemanticElements: a named group of text and a link, not a form's fieldset
        <div className="callout" role="group" aria-labelledby={`${id}-restored`}>
          <h3 id={`${id}-restored`} ref={restoredHeading} tabIndex={-1}>
            {t('settings.backup.restoredTitle')}
          </h3>
          <a className="button primary" href={hrefFor('home')}>
            {t('settings.backup.goHome')}
          </a>
        </div>
      )}
      {undoTooLate && (
        <p role="alert" className="message warning">
          {t('settings.backup.undoTooLate')}
        </p>
      )}
    </div>
  );
}
