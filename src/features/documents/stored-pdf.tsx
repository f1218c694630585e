import { useTranslation } from 'react-i18next';
import { useFormatBytes } from '../../components/file-size';
import { useFormatDay } from '../../components/day-format';
import { useOfferUndo } from '../../components/undo-notice';
import { documentNameKey, type DocumentId } from '../../domain/documents';
import { DEFAULT_PATH } from '../../domain/paths';
import { useApp } from '../../components/store-context';
import { hrefFor } from '../../navigation/routes';
import { readPdf, removePdf, savePdf, type StoredPdfInfo } from '../../store/database';
import { PdfFileActions } from './pdf-file-actions';

interface Props {
  document: DocumentId;
  info: StoredPdfInfo | undefined;
  onChange(): void;
}

/** A document's one PDF: made here, or kept on the device with Share, Download, Replace and Delete (with undo). */
export function StoredPdf({ document, info, onChange }: Props) {
  const { t } = useTranslation();
  const formatBytes = useFormatBytes();
  const formatDay = useFormatDay();
  const offerUndo = useOfferUndo();
  const builder = hrefFor('documents', 'pdf', document);
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const documentName = t(documentNameKey(document, path));

  if (!info) {
    return (
      <p className="pdf-make">
        <a className="button" href={builder} aria-label={t('documents.pdf.makeNamed', { name: documentName })}>
          {t('documents.pdf.make')}
        </a>
      </p>
    );
  }

  const read = async () => {
    const stored = await readPdf(document);
    return stored ? new File([stored.bytes], info.name, { type: stored.type }) : null;
  };

  const remove = async () => {
    const stored = await readPdf(document);
    await removePdf(document);
    onChange();
    if (stored) offerUndo(t('documents.pdf.deleted', { name: info.name }), () => void savePdf(stored, info).then(onChange));
  };

  return (
    <div className="stored-pdf">
      <p>
        <strong>{info.name}</strong>{' '}
        {t('documents.pdf.about', { size: formatBytes(info.size), count: info.pages, day: formatDay(info.savedOn) })}
      </p>
      <PdfFileActions name={info.name} read={read} />
      <div className="actions">
        <a className="button quiet" href={builder} aria-label={t('documents.pdf.replaceNamed', { name: info.name })}>
          {t('documents.pdf.replace')}
        </a>
        <button
          type="button"
          className="button quiet"
          aria-label={t('documents.pdf.deleteNamed', { name: info.name })}
          onClick={() => void remove()}
        >
          {t('documents.pdf.delete')}
        </button>
      </div>
    </div>
  );
}
