import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../navigation/routes';

interface State {
  failed: boolean;
}

/** One screen failing (or its code not loading) must not blank the app: the rest and the data stay reachable. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <h1>{t('errors.screenTitle')}</h1>
      <p>{t('errors.screenBody')}</p>
      <p className="links">
        <a href={hrefFor('home')}>{t('errors.home')}</a>
        <a href={hrefFor('settings')}>{t('errors.backup')}</a>
      </p>
    </div>
  );
}
