import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS } from '../../domain/steps';
import type { BackupSummary } from '../../store/backup';

interface Props {
  summary: BackupSummary;
  onConfirm(): void;
  onCancel(): void;
}

/** What a valid backup holds, so the student knows what replacing means before agreeing. */
export function BackupPreview({ summary, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const exported = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(summary.exportedAt));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of text and buttons, not a form's fieldset
    <div className="confirm" role="group" aria-labelledby="backup-preview-title">
      <h3 id="backup-preview-title" ref={heading} tabIndex={-1}>
        {t('settings.backup.previewTitle', { date: exported })}
      </h3>
      <ul>
        {summary.path && <li>{t(`paths.${summary.path}.label`)}</li>}
        {summary.documentsTotal > 0 && (
          <>
            <li>{t('progress.steps', { done: summary.stepsDone, total: STEPS.length })}</li>
            <li>{t('progress.documents', { ready: summary.documentsReady, total: summary.documentsTotal })}</li>
          </>
        )}
        <li>{t('settings.backup.answers', { count: summary.answers })}</li>
        <li>{t('settings.backup.numbers', { count: summary.numbers })}</li>
        <li>{t('settings.backup.careSheets', { count: summary.careSheets })}</li>
      </ul>
      <p>{t('settings.backup.replaceWarning')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onConfirm}>
          {t('settings.backup.replace')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('settings.backup.cancel')}
        </button>
      </div>
    </div>
  );
}
