import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../../components/screen-heading';
import { useOfferUndo } from '../../../components/undo-notice';
import { DEFAULT_TARGET_BYTES, MAX_PAGES, pdfFileName } from '../../../domain/document-pdf';
import { documentNameKey, translationRule, type DocumentId } from '../../../domain/documents';
import type { PathId } from '../../../domain/paths';
import { today } from '../../../device/today';
import { hrefFor } from '../../../navigation/routes';
import { listPdfs, readPdf, savePdf } from '../../../store/database';
import { PdfFileActions } from '../pdf-file-actions';
import { AddFiles } from './add-files';
import { BuildPanel } from './build-panel';
import { PageList } from './page-list';
import { createWorkerEngine, type PdfEngine, type Progress } from './pdf-engine';
import { inFileOrder, movePage, removePage, restorePage, rotatePage, type Page, type Part } from './pages';
import type { BuildPage, Built, Inspected, Refusal } from './worker-protocol';
import './pdf-builder.css';

interface Props {
  document: DocumentId;
  path: PathId;
  /** Called once a PDF was saved, replaced or put back. */
  onSaved(): void;
  /** The worker in the app; a stand-in in tests. */
  engine?: PdfEngine;
}

type Problem = { name: string; reason: Refusal | 'too-many-pages' };

let lastId = 0;
const newPageId = () => `page-${++lastId}`;

/** Makes the one PDF of a document from photos and PDFs, on the device; the vital record in two parts. */
export default function PdfBuilder({ document, path, onSaved, engine: given }: Props) {
  const { t } = useTranslation();
  const offerUndo = useOfferUndo();
  const [engine] = useState<PdfEngine>(() => given ?? createWorkerEngine());
  const parts: Part[] = document === 'vital-record' ? ['original', 'translation'] : ['main'];
  const [pages, setPages] = useState<Page[]>([]);
  const [reading, setReading] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [target, setTarget] = useState(DEFAULT_TARGET_BYTES);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; button: 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pagesNow = useRef(pages);
  pagesNow.current = pages;
  const name = pdfFileName(document);

  // The worker stops and every thumbnail is released when the builder closes.
  useEffect(
    () => () => {
      engine.dispose();
      for (const page of pagesNow.current) if (page.source.kind === 'photo') page.source.thumbnail?.close();
    },
    [engine],
  );

  const changePages = (update: (pages: Page[]) => Page[]) => {
    setPages(update);
    setBuilt(null);
    setSaved(false);
  };

  const addFiles = async (part: Part, files: File[]) => {
    setReading(true);
    setProblems([]);
    const refused: Problem[] = [];
    let count = pagesNow.current.length;
    // Two files in the worker at a time: decoding one photo overlaps encoding the other, on a second core.
    const inspections: Promise<Inspected>[] = [];
    const inspect = (index: number) => (inspections[index] ??= engine.inspect(files[index]!));
    for (const [index, file] of files.entries()) {
      if (index + 1 < files.length) void inspect(index + 1);
      const result = await inspect(index);
      if (result.kind === 'refused') {
        refused.push({ name: file.name, reason: result.reason });
        continue;
      }
      const adding = result.kind === 'pdf' ? result.pages : 1;
      if (count + adding > MAX_PAGES) {
        if (result.kind === 'photo') result.thumbnail.close();
        refused.push({ name: file.name, reason: 'too-many-pages' });
        continue;
      }
      count += adding;
      const added: Page[] =
        result.kind === 'photo'
          ? [
              {
                id: newPageId(),
                part,
                rotation: 0,
                source: { kind: 'photo', name: file.name, thumbnail: result.thumbnail, master: result.master },
              },
            ]
          : Array.from({ length: result.pages }, (_, index) => ({
              id: newPageId(),
              part,
              rotation: 0 as const,
              source: { kind: 'pdf' as const, name: file.name, file, index, count: result.pages },
            }));
      changePages((now) => [...now, ...added]);
      setAnnouncement(t('pdf.add.added', { count: adding, name: file.name }));
    }
    setProblems(refused);
    setReading(false);
  };

  const ordered = inFileOrder(pages, parts);

  const move = (id: string, delta: -1 | 1) => {
    const next = movePage(pages, id, delta);
    changePages(() => next);
    setFocusAfterMove({ id, button: delta < 0 ? 'up' : 'down' });
    const at = inFileOrder(next, parts).findIndex((p) => p.id === id) + 1;
    setAnnouncement(t('pdf.page.moved', { number: at }));
  };

  const remove = (id: string) => {
    const number = ordered.findIndex((p) => p.id === id) + 1;
    const { pages: next, removed } = removePage(pages, id);
    if (!removed) return;
    changePages(() => next);
    offerUndo(t('pdf.page.removed', { number }), () => changePages((now) => restorePage(now, removed)));
  };

  const make = async () => {
    setFailed(false);
    setBuilt(null);
    setProgress({ done: 0, total: ordered.length, pass: 0 });
    const request: BuildPage[] = ordered.map((page) =>
      page.source.kind === 'photo'
        ? { kind: 'photo', master: page.source.master, rotation: page.rotation }
        : { kind: 'pdf', file: page.source.file, index: page.source.index, rotation: page.rotation },
    );
    const outcome = await engine.build(request, target, setProgress);
    setProgress(null);
    if (outcome.ok) setBuilt(outcome.built);
    else if (outcome.reason !== 'cancelled') setFailed(true);
  };

  const save = async () => {
    if (!built) return;
    const earlier = (await listPdfs()).find((info) => info.document === document);
    const earlierFile = earlier ? await readPdf(document) : null;
    await savePdf(
      { bytes: built.bytes, type: 'application/pdf' },
      { document, name, size: built.bytes.byteLength, pages: built.pages, savedOn: today() },
    );
    setSaved(true);
    onSaved();
    if (earlier && earlierFile) {
      offerUndo(t('pdf.saved.replaced', { name }), () => {
        void savePdf(earlierFile, earlier).then(onSaved);
        setSaved(false);
      });
    }
  };

  const translationEmpty = document === 'vital-record' && !pages.some((p) => p.part === 'translation');

  return (
    <>
      <p>
        <a href={hrefFor('documents')}>{t('pdf.back')}</a>
      </p>
      <ScreenHeading>{t('pdf.title', { name: t(documentNameKey(document, path)) })}</ScreenHeading>
      <p>{t('pdf.intro', { name, max: MAX_PAGES })}</p>
      <p className="note">{t('pdf.private')}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {parts.map((part) => {
        const inPart = ordered.filter((p) => p.part === part);
        const first = ordered.findIndex((p) => p.part === part) + 1;
        return (
          <section key={part} className="card" aria-labelledby={`part-${part}`}>
            <h2 id={`part-${part}`}>{t(`pdf.parts.${part}`, { count: inPart.length })}</h2>
            {part === 'translation' && translationEmpty && (
              <p className="message warning">{t(`pdf.translationEmpty.${translationRule(path)}`)}</p>
            )}
            {inPart.length === 0 ? (
              <p className="note">{t('pdf.empty')}</p>
            ) : (
              <PageList
                pages={inPart}
                firstNumber={first}
                focusAfterMove={focusAfterMove}
                onMove={move}
                onRotate={(id) => changePages((now) => rotatePage(now, id))}
                onRemove={remove}
              />
            )}
            <AddFiles disabled={reading || progress !== null} onFiles={(files) => void addFiles(part, files)} />
          </section>
        );
      })}
      {reading && <p role="status">{t('pdf.add.reading')}</p>}
      {problems.length > 0 && (
        <ul className="message error pdf-problems" role="alert">
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole at each try, never reordered
            <li key={index}>{t(`pdf.refused.${problem.reason}`, { name: problem.name, max: MAX_PAGES })}</li>
          ))}
        </ul>
      )}
      <BuildPanel
        pageCount={ordered.length}
        target={target}
        onTarget={(bytes) => {
          setTarget(bytes);
          setBuilt(null);
        }}
        progress={progress}
        built={saved ? null : built}
        failed={failed}
        onBuild={() => void make()}
        onCancel={() => engine.cancel()}
        onSave={() => void save()}
      />
      {saved && built && (
        <section className="card" aria-labelledby="pdf-saved">
          <h2 id="pdf-saved">{t('pdf.saved.title')}</h2>
          <p role="status">{t('pdf.saved.where', { name })}</p>
          <PdfFileActions name={name} read={async () => new File([built.bytes], name, { type: 'application/pdf' })} />
          <p>
            <a href={hrefFor('documents')}>{t('pdf.back')}</a>
          </p>
        </section>
      )}
    </>
  );
}
