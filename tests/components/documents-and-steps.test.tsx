import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import DocumentsScreen from '../../src/features/documents/documents-screen';
import StepsScreen from '../../src/features/steps/steps-screen';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
  window.location.hash = '';
});

const SEED_DOCUMENT_NAMES = [
  'Proof of registration for the current academic year',
  'Proof of identity',
  'Student visa',
  'Vital record (original and translation combined into one document)',
  'Residence permit (attestation of visa validation)',
  'RIB (bank account identity)',
];

describe('the documents screen', () => {
  it('names each checkbox as the guide names the document', async () => {
    await renderWithStore(<DocumentsScreen />);
    for (const name of SEED_DOCUMENT_NAMES) expect(screen.getByRole('checkbox', { name })).not.toBeChecked();
    expect(screen.getByText(/One PDF per document/)).toBeInTheDocument();
  });

  it('keeps a ticked document in a fresh store, with the day it was ticked', async () => {
    const user = userEvent.setup();
    const { unmount, stores } = await renderWithStore(<DocumentsScreen />);
    await user.click(screen.getByRole('checkbox', { name: 'Student visa' }));
    expect(screen.getByText('1 of 6 documents ready')).toBeInTheDocument();
    expect(screen.getByText(/Ready since/)).toBeInTheDocument();
    await stores.flush();
    unmount();

    await renderWithStore(<DocumentsScreen />, createAppStores());
    expect(screen.getByRole('checkbox', { name: 'Student visa' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Proof of identity' })).not.toBeChecked();
  });

  it('offers to undo an untick, bringing the original day back', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<DocumentsScreen />);
    stores.app.getState().setDocument('identity', '2026-08-20');
    const identity = await screen.findByRole('checkbox', { name: 'Proof of identity' });
    await user.click(identity);
    expect(identity).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(identity).toBeChecked();
    expect(stores.app.getState().documents.identity).toBe('2026-08-20');
  });
});

describe('the steps screen', () => {
  it('records the day a step is done and keeps it in a fresh store', async () => {
    const user = userEvent.setup();
    const { unmount, stores } = await renderWithStore(<StepsScreen />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
    await user.click(screen.getByRole('checkbox', { name: /Connect to the registration site/ }));
    expect(screen.getByText('1 of 6 steps done')).toBeInTheDocument();
    expect(screen.getByText(/^Done on /)).toBeInTheDocument();
    await stores.flush();
    unmount();

    await renderWithStore(<StepsScreen />, createAppStores());
    expect(screen.getByRole('checkbox', { name: /Connect to the registration site/ })).toBeChecked();
  });
});
