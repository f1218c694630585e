import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  disabled: boolean;
  onFiles(files: File[]): void;
}

/**
 * Two ways in: the camera, and the file picker (several photos or PDFs at once). Two inputs, because since
 * Android 14 Chrome's picker for "image/*" has no camera entry. Each is opened by a visible button.
 */
export function AddFiles({ disabled, onFiles }: Props) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <div className="actions">
      <button type="button" className="button" disabled={disabled} onClick={() => camera.current?.click()}>
        {t('pdf.add.photo')}
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => picker.current?.click()}>
        {t('pdf.add.files')}
      </button>
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden onChange={(e) => take(e.currentTarget)} />
      <input ref={picker} type="file" accept="image/*,application/pdf,.pdf" multiple hidden onChange={(e) => take(e.currentTarget)} />
    </div>
  );
}
