import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canShareFile, downloadFile, shareFile } from '../../device/save-file';

interface Props {
  /** The PDF's name and type; its bytes are read only when the student asks for them. */
  name: string;
  read(): Promise<File | null>;
}

/** Share and Download for a PDF kept on the device, with the iPhone hint that makes the site's upload button find it. */
export function PdfFileActions({ name, read }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<'missing' | 'share' | null>(null);
  const shareable = canShareFile(new File([], name, { type: 'application/pdf' }));

  const withFile = async (use: (file: File) => Promise<unknown> | void) => {
    setProblem(null);
    const file = await read();
    if (!file) return setProblem('missing');
    await use(file);
  };

  return (
    <>
      <div className="actions">
        {shareable && (
          <button
            type="button"
            className="button primary"
            aria-label={t('documents.pdf.shareNamed', { name })}
            onClick={() => void withFile(async (file) => (await shareFile(file)) === 'failed' && setProblem('share'))}
          >
            {t('documents.pdf.share')}
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-label={t('documents.pdf.downloadNamed', { name })}
          onClick={() => void withFile(downloadFile)}
        >
          {t('documents.pdf.download')}
        </button>
      </div>
      <p className="hint">{t('documents.pdf.iosHint')}</p>
      {problem && (
        <p className="message error" role="alert">
          {t(`documents.pdf.problem.${problem}`)}
        </p>
      )}
    </>
  );
}
