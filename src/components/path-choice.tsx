import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PATH, PATHS, type PathId } from '../domain/paths';
import { useApp } from './store-context';

interface Props {
  /** Controlled use (the welcome screen keeps the choice until Continue); without it a change is saved at once. */
  value?: PathId;
  onChange?(path: PathId): void;
}

/** The four paths as radio buttons. */
export function PathChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  const saved = useApp((s) => s.path);
  const choosePath = useApp((s) => s.choosePath);
  const name = useId();
  const selected = value ?? saved ?? DEFAULT_PATH;
  const change = onChange ?? choosePath;
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
            onChange={() => change(id)}
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
