import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS, type PathId } from '../domain/paths';

interface Props {
  value: PathId;
  onChange(path: PathId): void;
}

/** Every path as a native radio button, with who it is for. */
export function PathChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('paths.question')}</legend>
      {PATHS.map((id) => (
        <label key={id} className="choice">
          <input
            type="radio"
            name={name}
            value={id}
            checked={value === id}
            onChange={() => onChange(id)}
            aria-describedby={`${name}-${id}-hint`}
          />
          <span className="choice-text">
            <span className="choice-label">{t(`paths.${id}.label`)}</span>
            <span className="hint" id={`${name}-${id}-hint`}>
              {t(`paths.${id}.hint`)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
