import { readFileSync } from 'node:fs';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import i18n from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTermFinder, TermsText } from '../../src/components/terms-text';
import GlossaryScreen from '../../src/features/glossary/glossary-screen';
import ShowScreen from '../../src/features/show/show-screen';
import { createAppStores } from '../../src/store/app-store';
import { englishI18n, renderWithStore } from '../support/render-app';

const frenchCards = JSON.parse(readFileSync('locales/fr/show.json', 'utf8'));

beforeEach(async () => {
  await clear();
  window.location.hash = '';
  // The cards' French lines, which the app loads in French whatever its language.
  await englishI18n();
  i18n.addResourceBundle('fr', 'translation', frenchCards, true, true);
});

async function registeredStudent() {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  stores.app.getState().choosePath('non-eu');
  stores.app.getState().setNumber('provisional', '295109912611193', '2026-09-20');
  await stores.flush();
  return stores;
}

describe('the French cards to show', () => {
  it('list the cards of the path, each named in French with its meaning', async () => {
    window.location.hash = '#/show';
    await renderWithStore(<ShowScreen />, await registeredStudent());
    expect(await screen.findByRole('link', { name: /Au guichet de la CPAM/ })).toHaveAttribute('href', '#/show/cpam');
    expect(screen.getByRole('link', { name: /At the CPAM counter/ })).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('show a card in French, large, with the saved number and the day of registering, and keep the screen on', async () => {
    const request = vi.fn(async () => ({ release: vi.fn(async () => undefined) }));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    window.location.hash = '#/show/cpam';
    const { unmount } = await renderWithStore(<ShowScreen />, await registeredStudent());
    const card = screen.getByRole('article', { name: 'Card to show, in French' });
    expect(card).toHaveTextContent('Je me suis inscrit(e) sur etudiant-etranger.ameli.fr le 20 septembre 2026.');
    expect(card).toHaveTextContent('Voici mon numéro provisoire : 2 95 10 99 126 111 93');
    expect(card).toHaveTextContent("Je n'ai pas encore reçu mon numéro définitif.");
    expect(card).toHaveTextContent('I have not received my definitive number.');
    expect(card.querySelector('[lang="fr"]')).toHaveAttribute('dir', 'ltr');
    expect(request).toHaveBeenCalledWith('screen');
    unmount();
    delete (navigator as { wakeLock?: unknown }).wakeLock;
  });

  it('leave a blank, and say where to save it, while no number is saved', async () => {
    window.location.hash = '#/show/pharmacy';
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().choosePath('non-eu');
    await renderWithStore(<ShowScreen />, stores);
    expect(screen.getByRole('article')).toHaveTextContent('Mon numéro de sécurité sociale provisoire : ……………');
    expect(screen.getByRole('link', { name: 'Save your number' })).toHaveAttribute('href', '#/numbers');
  });
});

describe('the glossary', () => {
  it('finds a word as the student types, says when nothing matches, and shows every word again', async () => {
    const user = userEvent.setup();
    await renderWithStore(<GlossaryScreen />);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(29);
    await user.type(screen.getByRole('searchbox', { name: 'Find a word' }), 'feuille de soins');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['feuille de soins']);
    expect(screen.getByText('1 word')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'blue moon');
    expect(screen.getByText('No word matches “blue moon”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show every word' }));
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(29);
  });
});

describe('French words in the app texts', () => {
  it('link to their glossary entry, in French, once the list of words is there', async () => {
    await loadTermFinder();
    await renderWithStore(<p>{<TermsText>Send the care sheet (feuille de soins) to your CPAM.</TermsText>}</p>);
    await act(async () => undefined);
    expect(screen.getByRole('link', { name: 'feuille de soins' })).toHaveAttribute('href', '#/glossary/feuille-de-soins');
    expect(screen.getByRole('link', { name: 'CPAM' })).toHaveAttribute('lang', 'fr');
  });
});
