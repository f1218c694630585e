import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PATH, PATHS } from '../domain/paths';
import { useApp } from '../store/store-context';

/** The four paths as radio buttons; a change is saved at once. */
export function PathChoice() {
  const { t } = useTranslation();
  const path = useApp((s) => s.path);
  const choosePath = useApp((s) => s.choosePath);
  const name = useId();
  const selected = path ?? DEFAULT_PATH;
  return (
    <fieldset className="choice-group">
      <legend>{t('paths.question')}</legend>
      {PATHS.map((id) => (
        <label key={id} className="choice">
          <input
            type="radio"
            name={name}
            value={id}
            checked={selected === id}
            onChange={() => choosePath(id)}
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
