import { screen } from '@testing-library/react';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '../../src/app/screen-error-boundary';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
});

function Broken(): never {
  throw new RangeError('Invalid time value');
}

describe('a screen that fails', () => {
  it('says so in plain words and keeps the way to the data open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderWithStore(
      <ScreenErrorBoundary>
        <Broken />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Your data has not been changed');
    expect(screen.getByRole('link', { name: 'Export a backup (Settings)' })).toHaveAttribute('href', '#/settings');
  });
});
