import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from './pages';

interface Props {
  /** This part's pages, in order. */
  pages: readonly Page[];
  /** The number of the first of them in the whole file. */
  firstNumber: number;
  /** The page whose buttons should hold focus after a move (its id and which button). */
  focusAfterMove: { id: string; button: 'up' | 'down' } | null;
  onMove(id: string, delta: -1 | 1): void;
  onRotate(id: string): void;
  onRemove(id: string): void;
}

/** The pages of one part: a thumbnail for a photo, a numbered tile for a PDF page; every action is a button. */
export function PageList({ pages, firstNumber, focusAfterMove, onMove, onRotate, onRemove }: Props) {
  const { t } = useTranslation();
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // A moved page keeps the focus of the button that moved it (or its other arrow once at either end).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again once the moved page is drawn in its new place
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, button } = focusAfterMove;
    const wanted = buttons.current.get(`${id}/${button}`);
    const other = buttons.current.get(`${id}/${button === 'up' ? 'down' : 'up'}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusAfterMove, pages]);

  const keep = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <ol className="pdf-pages">
      {pages.map((page, index) => {
        const number = firstNumber + index;
        const { source } = page;
        return (
          <li key={page.id} className="pdf-page">
            <div className="pdf-page-view" aria-hidden="true">
              {source.kind === 'photo' ? (
                <Thumbnail bitmap={source.thumbnail} rotation={page.rotation} />
              ) : (
                <span className={`pdf-tile turn-${page.rotation}`}>{source.index + 1}</span>
              )}
            </div>
            <div className="pdf-page-about">
              <p className="pdf-page-title">{t('pdf.page.number', { number })}</p>
              <p className="hint">
                {source.kind === 'photo'
                  ? t('pdf.page.photo', { name: source.name })
                  : t('pdf.page.fromPdf', { name: source.name, page: source.index + 1, count: source.count })}
                {page.rotation !== 0 && <> · {t('pdf.page.turned', { degrees: page.rotation })}</>}
              </p>
            </div>
            <div className="pdf-page-actions">
              <button
                type="button"
                className="button"
                ref={keep(`${page.id}/up`)}
                disabled={index === 0}
                aria-label={t('pdf.page.moveUp', { number })}
                onClick={() => onMove(page.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                ref={keep(`${page.id}/down`)}
                disabled={index === pages.length - 1}
                aria-label={t('pdf.page.moveDown', { number })}
                onClick={() => onMove(page.id, 1)}
              >
                ↓
              </button>
              <button type="button" className="button" aria-label={t('pdf.page.rotate', { number })} onClick={() => onRotate(page.id)}>
                ↻
              </button>
              <button type="button" className="button" aria-label={t('pdf.page.remove', { number })} onClick={() => onRemove(page.id)}>
                ✕
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** A photo's small preview, drawn from the bitmap the worker made: no blob: or data: address is created. */
function Thumbnail({ bitmap, rotation }: { bitmap: ImageBitmap | null; rotation: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element || !bitmap || bitmap.width === 0) return;
    const context = element.getContext('2d');
    if (!context) return;
    element.width = bitmap.width;
    element.height = bitmap.height;
    context.drawImage(bitmap, 0, 0);
  }, [bitmap]);
  return <canvas ref={canvas} className={`pdf-thumbnail turn-${rotation}`} />;
}
