import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a prepared answer so it can be pasted into the registration site. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };
  return (
    <span className="copy">
      <button
        type="button"
        className="button"
        onClick={() => void copy()}
        disabled={value.trim() === ''}
        aria-label={t('common.copyWhat', { what: label })}
      >
        {t('common.copy')}
      </button>
      <span role="status" className="copy-result">
        {result === 'copied' && t('common.copied')}
        {result === 'failed' && t('common.copyFailed')}
      </span>
    </span>
  );
}
