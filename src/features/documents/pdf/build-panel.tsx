import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatBytes } from '../../../components/file-size';
import { DEFAULT_TARGET_BYTES, TARGET_CHOICES } from '../../../domain/document-pdf';
import type { Progress } from './pdf-engine';
import type { Built } from './worker-protocol';

interface Props {
  pageCount: number;
  target: number;
  onTarget(bytes: number): void;
  progress: Progress | null;
  built: Built | null;
  failed: boolean;
  onBuild(): void;
  onCancel(): void;
  onSave(): void;
}

/** The size to aim for, making the file (with progress and cancel), and its size before it is kept. */
export function BuildPanel({ pageCount, target, onTarget, progress, built, failed, onBuild, onCancel, onSave }: Props) {
  const { t } = useTranslation();
  const formatBytes = useFormatBytes();
  const id = useId();
  const building = progress !== null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pdf.build.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('pdf.build.target')}</label>
        <select
          id={`${id}-target`}
          value={target}
          disabled={building}
          aria-describedby={`${id}-target-hint`}
          onChange={(event) => onTarget(Number(event.target.value))}
        >
          {TARGET_CHOICES.map((bytes) => (
            <option key={bytes} value={bytes}>
              {formatBytes(bytes)}
            </option>
          ))}
        </select>
        <span className="hint" id={`${id}-target-hint`}>
          {t('pdf.build.targetHint', { size: formatBytes(DEFAULT_TARGET_BYTES) })}
        </span>
      </div>
      {!building && (
        <button type="button" className="button primary" disabled={pageCount === 0} onClick={onBuild}>
          {t('pdf.build.make', { count: pageCount })}
        </button>
      )}
      <div role="status">
        {progress && (
          <p>
            {t(progress.pass === 0 ? 'pdf.build.progress' : 'pdf.build.smaller', {
              page: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })}
          </p>
        )}
        {built && (
          <p>
            <strong>{t('pdf.build.result', { size: formatBytes(built.bytes.byteLength), count: built.pages })}</strong>
          </p>
        )}
      </div>
      {progress && (
        <>
          <progress max={progress.total} value={progress.done} aria-label={t('pdf.build.progressLabel')} />
          <button type="button" className="button" onClick={onCancel}>
            {t('pdf.build.cancel')}
          </button>
        </>
      )}
      {failed && (
        <p className="message error" role="alert">
          {t('pdf.build.failed')}
        </p>
      )}
      {built && (
        <>
          {built.overTarget && <p className="message warning">{t('pdf.build.overTarget', { size: formatBytes(target) })}</p>}
          <button type="button" className="button primary" onClick={onSave}>
            {t('pdf.build.save')}
          </button>
        </>
      )}
    </section>
  );
}
