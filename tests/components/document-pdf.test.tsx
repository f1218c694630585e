import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import DocumentsScreen from '../../src/features/documents/documents-screen';
import PdfBuilder from '../../src/features/documents/pdf/pdf-builder';
import type { BuildOutcome, PdfEngine } from '../../src/features/documents/pdf/pdf-engine';
import type { BuildPage, Inspected } from '../../src/features/documents/pdf/worker-protocol';
import { createAppStores } from '../../src/store/app-store';
import { listPdfs, readPdf } from '../../src/store/database';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
  window.location.hash = '';
});

describe('the points to check before a document is ready', () => {
  it('are native checkboxes, kept in a fresh store', async () => {
    const user = userEvent.setup();
    const { unmount, stores } = await renderWithStore(<DocumentsScreen />);
    const card = screen
      .getByRole('checkbox', { name: 'Vital record (original and translation combined into one document)' })
      .closest('li')!;
    const group = within(card).getByRole('group', { name: 'Check before marking it ready (0 of 5)' });
    await user.click(within(group).getByRole('checkbox', { name: /both your parents' names/ }));
    expect(within(card).getByRole('group', { name: 'Check before marking it ready (1 of 5)' })).toBeInTheDocument();
    expect(
      within(card).getByRole('checkbox', { name: /French translation is attached. It is needed unless a treaty/ }),
    ).toBeInTheDocument();
    await stores.flush();
    unmount();

    const fresh = createAppStores();
    await renderWithStore(<DocumentsScreen />, fresh);
    expect(fresh.app.getState().documentChecks).toEqual({ 'vital-record': ['parents-names'] });
    expect(screen.getByRole('checkbox', { name: /both your parents' names/ })).toBeChecked();
  });

  it('say who is exempt from the translation on a European path', async () => {
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().choosePath('eu-no-card');
    await renderWithStore(<DocumentsScreen />, stores);
    expect(screen.getByRole('checkbox', { name: /A Greek or Bulgarian record has its French translation attached/ })).toBeInTheDocument();
    await stores.flush();
  });

  it('ask once whether a document is ready anyway when points are left, never blocking', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<DocumentsScreen />);
    const identity = screen.getByRole('checkbox', { name: 'Proof of identity' });
    await user.click(identity);
    expect(identity).toBeChecked();
    expect(stores.app.getState().documents.identity).toBeDefined();
    expect(screen.getByText('2 points below are not ticked yet. Is it ready anyway?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, it is ready' }));
    expect(screen.queryByText(/Is it ready anyway/)).not.toBeInTheDocument();
    expect(identity).toBeChecked();

    const visa = screen.getByRole('checkbox', { name: 'Student visa' });
    await user.click(visa);
    await user.click(screen.getByRole('button', { name: 'Not yet' }));
    expect(visa).not.toBeChecked();
    expect(stores.app.getState().documents.visa).toBeUndefined();

    // Every point ticked: nothing to ask.
    const card = screen.getByRole('checkbox', { name: 'RIB (bank account identity)' }).closest('li')!;
    for (const point of within(card).getByRole('group').querySelectorAll('input')) await user.click(point);
    await user.click(within(card).getByRole('checkbox', { name: 'RIB (bank account identity)' }));
    expect(screen.queryByText(/Is it ready anyway/)).not.toBeInTheDocument();
  });

  it('offer to make one PDF from each card', async () => {
    await renderWithStore(<DocumentsScreen />);
    const link = screen.getByRole('link', { name: 'Make one PDF: Proof of identity' });
    expect(link).toHaveAttribute('href', '#/documents/pdf/identity');
  });
});

const bitmap = () => ({ width: 0, height: 0, close: vi.fn() }) as unknown as ImageBitmap;

/** A stand-in for the worker: what each file "is" comes from its name. */
function fakeEngine() {
  let finish: ((outcome: BuildOutcome) => void) | null = null;
  const builds: BuildPage[][] = [];
  const engine: PdfEngine = {
    async inspect(file): Promise<Inspected> {
      if (file.name.startsWith('locked')) return { kind: 'refused', reason: 'password' };
      if (file.name.endsWith('.txt')) return { kind: 'refused', reason: 'not-supported' };
      if (file.name.startsWith('long')) return { kind: 'pdf', pages: 29 };
      if (file.name.endsWith('.pdf')) return { kind: 'pdf', pages: 2 };
      return { kind: 'photo', width: 4000, height: 3000, thumbnail: bitmap(), master: new Blob(['jpeg']) };
    },
    build(pages, _target, onProgress) {
      builds.push(pages);
      onProgress({ done: 1, total: pages.length, pass: 0 });
      return new Promise((resolve) => {
        finish = resolve;
      });
    },
    cancel() {
      finish?.({ ok: false, reason: 'cancelled' });
    },
    dispose: vi.fn(),
  };
  return { engine, builds, finish: (outcome: BuildOutcome) => finish?.(outcome) };
}

const pageTitles = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('listitem')
    .map((item) => item.textContent?.replace(/[↑↓↻✕]/g, '').trim());

async function openBuilder(document: 'vital-record' | 'identity' = 'vital-record') {
  const fake = fakeEngine();
  const onSaved = vi.fn();
  const rendered = await renderWithStore(<PdfBuilder document={document} path="non-eu" onSaved={onSaved} engine={fake.engine} />);
  const region = (name: RegExp) => screen.getByRole('region', { name });
  const add = async (name: RegExp, ...files: File[]) => {
    const input = region(name).querySelector<HTMLInputElement>('input[type=file][multiple]')!;
    await userEvent.upload(input, files, { applyAccept: false });
    await screen.findByText(/added/);
  };
  return { ...rendered, fake, onSaved, region, add };
}

const file = (name: string, type = 'image/jpeg') => new File(['x'], name, { type });

describe('the one-PDF builder', () => {
  it('shows photos and PDF pages, the original then the translation, and says when the translation is missing', async () => {
    const { region, add } = await openBuilder();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('One PDF: Vital record');
    expect(region(/^French translation/)).toHaveTextContent(/needs its French translation, unless a treaty exempts it/);
    await add(/^Original/, file('front.jpg'), file('back.jpg'));
    await add(/^French translation/, file('translation.pdf', 'application/pdf'));
    expect(pageTitles(region(/^Original/))).toEqual(['Page 1Photo front.jpg', 'Page 2Photo back.jpg']);
    expect(pageTitles(region(/^French translation/))).toEqual([
      '1Page 3translation.pdf, page 1 of 2',
      '2Page 4translation.pdf, page 2 of 2',
    ]);
    expect(region(/^French translation/)).not.toHaveTextContent(/needs its French translation/);
    expect(within(region(/^Original/)).getByRole('button', { name: 'Take a photo' })).toBeInTheDocument();
    expect(region(/^Original/).querySelector('input[capture=environment]')).toHaveAttribute('accept', 'image/*');
  });

  it('reorders with buttons that keep the focus on the moved page, and turns a page', async () => {
    const user = userEvent.setup();
    const { region, add } = await openBuilder('identity');
    await add(/^Pages/, file('a.jpg'), file('b.jpg'), file('c.jpg'));
    await user.click(screen.getByRole('button', { name: 'Move page 1 down' }));
    expect(pageTitles(region(/^Pages/))).toEqual(['Page 1Photo b.jpg', 'Page 2Photo a.jpg', 'Page 3Photo c.jpg']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move page 2 down' }));
    await user.keyboard('{Enter}');
    expect(pageTitles(region(/^Pages/))).toEqual(['Page 1Photo b.jpg', 'Page 2Photo c.jpg', 'Page 3Photo a.jpg']);
    // At the end its down arrow is disabled: focus goes to its up arrow.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move page 3 up' }));
    expect(screen.getByRole('button', { name: 'Move page 3 down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move page 1 up' })).toBeDisabled();
    expect(screen.getByText('Now page 3.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Turn page 2 a quarter turn' }));
    await user.click(screen.getByRole('button', { name: 'Turn page 2 a quarter turn' }));
    expect(pageTitles(region(/^Pages/))[1]).toBe('Page 2Photo c.jpg · turned 180°');
  });

  it('removes a page with undo', async () => {
    const user = userEvent.setup();
    const { region, add } = await openBuilder('identity');
    await add(/^Pages/, file('a.jpg'), file('b.jpg'));
    await user.click(screen.getByRole('button', { name: 'Remove page 1' }));
    expect(pageTitles(region(/^Pages/))).toEqual(['Page 1Photo b.jpg']);
    expect(screen.getByText('Page 1 removed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(pageTitles(region(/^Pages/))).toEqual(['Page 1Photo a.jpg', 'Page 2Photo b.jpg']);
  });

  it('refuses a PDF with a password, a file that is not a photo or PDF, and going over 30 pages, changing nothing', async () => {
    const { region, add } = await openBuilder('identity');
    await add(/^Pages/, file('a.jpg'));
    const input = region(/^Pages/).querySelector<HTMLInputElement>('input[type=file][multiple]')!;
    await userEvent.upload(input, [file('locked.pdf', 'application/pdf'), file('notes.txt', 'text/plain')], { applyAccept: false });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“locked.pdf” is protected by a password');
    expect(alert).toHaveTextContent('“notes.txt” is neither a photo nor a PDF.');
    expect(pageTitles(region(/^Pages/))).toEqual(['Page 1Photo a.jpg']);

    await add(/^Pages/, file('long.pdf', 'application/pdf'));
    await userEvent.upload(input, [file('more.pdf', 'application/pdf')], { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('“more.pdf” would take the file over 30 pages.');
    expect(pageTitles(region(/^Pages/))).toHaveLength(30);
  });

  it('makes the file with progress and cancel, shows its size, and keeps it on the device', async () => {
    const user = userEvent.setup();
    const { add, fake, onSaved } = await openBuilder('identity');
    await add(/^Pages/, file('a.jpg'), file('scan.pdf', 'application/pdf'));
    expect(screen.getByRole('combobox', { name: 'Size to aim for' })).toHaveValue(String(2 * 1024 * 1024));
    expect(screen.getByText('2 MB is a prudent size: the site does not publish its limit.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make the PDF (3 pages)' }));
    expect(screen.getByText('Page 2 of 3…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/Page 2 of 3/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make the PDF (3 pages)' }));
    expect(fake.builds.at(-1)!.map((page) => page.kind)).toEqual(['photo', 'pdf', 'pdf']);
    const bytes = new Uint8Array(1_500_000).fill(7).buffer;
    await act(async () => fake.finish({ ok: true, built: { bytes, pages: 3, step: 2, overTarget: false } }));
    expect(screen.getByText('Ready: 1.4 MB, 3 pages.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep it on this device' }));
    expect(await screen.findByText('identity.pdf is kept on this device, ready to upload on the site.')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalled();
    expect(await listPdfs()).toEqual([expect.objectContaining({ document: 'identity', name: 'identity.pdf', size: 1_500_000, pages: 3 })]);
    expect((await readPdf('identity'))?.bytes.byteLength).toBe(1_500_000);
    expect(screen.getByRole('button', { name: 'Download identity.pdf' })).toBeInTheDocument();
    expect(screen.getByText(/Save to Files/)).toBeInTheDocument();
  });
});

describe('a kept PDF on its card', () => {
  it('can be deleted, with undo', async () => {
    const user = userEvent.setup();
    const { savePdf } = await import('../../src/store/database');
    await savePdf(
      { bytes: new ArrayBuffer(2048), type: 'application/pdf' },
      { document: 'visa', name: 'visa.pdf', size: 2048, pages: 1, savedOn: '2026-09-10' },
    );
    await renderWithStore(<DocumentsScreen />);
    expect(await screen.findByText('visa.pdf')).toBeInTheDocument();
    expect(screen.getByText(/2 kB, 1 page, made on/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete visa.pdf' }));
    expect(await screen.findByText('visa.pdf deleted from this device.')).toBeInTheDocument();
    expect(await listPdfs()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Delete visa.pdf' })).toBeInTheDocument();
    expect((await readPdf('visa'))?.bytes.byteLength).toBe(2048);
  });
});
