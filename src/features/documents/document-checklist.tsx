import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checksFor } from '../../domain/document-checks';
import { translationRule, type DocumentId } from '../../domain/documents';
import type { PathId } from '../../domain/paths';

interface Props {
  document: DocumentId;
  path: PathId;
  ticked: readonly string[];
  onChange(point: string, ticked: boolean): void;
}

/** The few points that make a document acceptable, each a native checkbox the student ticks when it holds. */
export function DocumentChecklist({ document, path, ticked, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const points = checksFor(document, path);
  return (
    <fieldset className="checklist">
      <legend>{t('documents.checks.legend', { done: ticked.length, total: points.length })}</legend>
      {points.map((point) => {
        // Who needs a translation depends on the path: the point says it for theirs.
        const key = point === 'translation' ? `translation.${translationRule(path)}` : point;
        return (
          <div key={point} className="checklist-point">
            <input
              id={`${id}-${point}`}
              type="checkbox"
              checked={ticked.includes(point)}
              onChange={(event) => onChange(point, event.target.checked)}
            />
            <label htmlFor={`${id}-${point}`}>{t(`documents.checks.${document}.${key}`)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
