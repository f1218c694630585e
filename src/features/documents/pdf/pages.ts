import type { Rotation } from './worker-protocol';

/** The parts of a file, in the order they are put together; only the vital record has two. */
export type Part = 'main' | 'original' | 'translation';

export type PageSource =
  | { kind: 'photo'; name: string; thumbnail: ImageBitmap | null; master: Blob }
  | { kind: 'pdf'; name: string; file: File; index: number; count: number };

export interface Page {
  id: string;
  part: Part;
  source: PageSource;
  rotation: Rotation;
}

/** Pages in file order: each part's pages together, parts in the order given. */
export function inFileOrder(pages: readonly Page[], parts: readonly Part[]): Page[] {
  return parts.flatMap((part) => pages.filter((page) => page.part === part));
}

/** Moves a page one place up (-1) or down (+1) among the pages of its part; unchanged at either end. */
export function movePage(pages: readonly Page[], id: string, delta: -1 | 1): Page[] {
  const page = pages.find((p) => p.id === id);
  if (!page) return [...pages];
  const samePart = pages.filter((p) => p.part === page.part);
  const at = samePart.indexOf(page);
  const to = at + delta;
  if (to < 0 || to >= samePart.length) return [...pages];
  const reordered = [...samePart];
  reordered.splice(at, 1);
  reordered.splice(to, 0, page);
  let next = 0;
  return pages.map((p) => (p.part === page.part ? reordered[next++]! : p));
}

/** Turns a page a quarter turn clockwise. */
export function rotatePage(pages: readonly Page[], id: string): Page[] {
  return pages.map((p) => (p.id === id ? { ...p, rotation: ((p.rotation + 90) % 360) as Rotation } : p));
}

export function removePage(pages: readonly Page[], id: string): { pages: Page[]; removed: { page: Page; index: number } | null } {
  const index = pages.findIndex((p) => p.id === id);
  if (index < 0) return { pages: [...pages], removed: null };
  return { pages: pages.filter((p) => p.id !== id), removed: { page: pages[index]!, index } };
}

/** Puts a removed page back where it was (or at the end when the list got shorter). */
export function restorePage(pages: readonly Page[], removed: { page: Page; index: number }): Page[] {
  if (pages.some((p) => p.id === removed.page.id)) return [...pages];
  const next = [...pages];
  next.splice(Math.min(removed.index, next.length), 0, removed.page);
  return next;
}
