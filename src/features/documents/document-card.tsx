import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneCheckbox } from '../../components/done-checkbox';
import { useApp } from '../../components/store-context';
import { uncheckedPoints } from '../../domain/document-checks';
import { canFollow, documentNameKey, translationRule, type DocumentId } from '../../domain/documents';
import type { PathId } from '../../domain/paths';
import type { StoredPdfInfo } from '../../store/database';
import { DocumentChecklist } from './document-checklist';
import { StoredPdf } from './stored-pdf';
import { TermsText } from '../../components/terms-text';

interface Props {
  document: DocumentId;
  path: PathId;
  pdf: StoredPdfInfo | undefined;
  onToggle(document: DocumentId, checked: boolean): void;
  onPdfChange(): void;
}

/** One document: ready or not, the points to check first, what is accepted, and its one PDF. */
export function DocumentCard({ document, path, pdf, onToggle, onPdfChange }: Props) {
  const { t } = useTranslation();
  const day = useApp((s) => s.documents[document]);
  const ticked = useApp((s) => s.documentChecks[document]) ?? [];
  const setDocumentCheck = useApp((s) => s.setDocumentCheck);
  // Asked once, right after ticking with points left: never blocks, "Not yet" takes the tick back.
  const [asking, setAsking] = useState(false);
  const left = uncheckedPoints(document, path, { [document]: ticked }).length;

  const toggle = (checked: boolean) => {
    onToggle(document, checked);
    setAsking(checked && left > 0);
  };

  return (
    <li className="card">
      <DoneCheckbox label={<strong>{t(documentNameKey(document, path))}</strong>} day={day} dayKey="common.readyOn" onChange={toggle} />
      {asking && day && left > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a named group of text and buttons, not a form's fieldset
        <div className="confirm" role="group" aria-labelledby={`${document}-anyway`}>
          <p id={`${document}-anyway`} role="status">
            {t('documents.checks.anyway', { count: left })}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('documents.checks.anywayYes')}
            </button>
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                setAsking(false);
                onToggle(document, false);
              }}
            >
              {t('documents.checks.anywayNo')}
            </button>
          </div>
        </div>
      )}
      <p className="tag-line">
        <span className="tag">{t(canFollow(path, document) ? 'documents.canFollow' : 'documents.toRegister')}</span>
      </p>
      <DocumentChecklist document={document} path={path} ticked={ticked} onChange={(point, on) => setDocumentCheck(document, point, on)} />
      <DocumentFacts path={path} document={document} />
      <StoredPdf document={document} info={pdf} onChange={onPdfChange} />
    </li>
  );
}

function DocumentFacts({ path, document }: { path: PathId; document: DocumentId }) {
  const { t } = useTranslation();
  const rejections = t(`documents.${document}.rejections`, { defaultValue: '' });
  return (
    <dl className="facts">
      <dt>{t('documents.accepted')}</dt>
      <dd>
        <TermsText>{t(`documents.${document}.accepted`)}</TermsText>
        {document === 'vital-record' && (
          <>
            {' '}
            <TermsText>{t(`documents.translation.${translationRule(path)}`)}</TermsText>
          </>
        )}
      </dd>
      {rejections !== '' && (
        <>
          <dt>{t('documents.rejections')}</dt>
          <dd>
            <TermsText>{rejections}</TermsText>
          </dd>
        </>
      )}
    </dl>
  );
}
