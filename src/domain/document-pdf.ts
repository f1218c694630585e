import type { DocumentId } from './documents';

/**
 * The rules of the one PDF a student makes for a document slot (domain.md §3, §10): one file per slot, kept
 * small. The site publishes no size limit: the default target is a prudent guess, said as such in the app.
 */

/** A file over this is refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A PDF over this many pages is refused: no slot needs more, and each page costs memory on the phone. */
export const MAX_PAGES = 30;
export const DEFAULT_TARGET_BYTES = 2 * 1024 * 1024;
/** What the student can choose as a target, in bytes. */
export const TARGET_CHOICES = [1, 2, 3, 5, 10].map((mb) => mb * 1024 * 1024);

/** The name of a document's PDF, the same in every language: the site shows it back as uploaded. */
export function pdfFileName(document: DocumentId): string {
  return `${document}.pdf`;
}

/** How photos are re-encoded: JPEG quality and the longest side in pixels. */
export interface SizeStep {
  quality: number;
  longEdge: number;
}

/**
 * From best to smallest: quality goes down first (text stays sharp), then resolution. The last step is the
 * readable floor: 1250 px on the long side of an A4 page is about 150 dpi, small print still legible.
 */
export const SIZE_STEPS: readonly SizeStep[] = [
  { quality: 0.85, longEdge: 2000 },
  { quality: 0.75, longEdge: 2000 },
  { quality: 0.65, longEdge: 2000 },
  { quality: 0.55, longEdge: 2000 },
  { quality: 0.55, longEdge: 1700 },
  { quality: 0.55, longEdge: 1450 },
  { quality: 0.55, longEdge: 1250 },
];
export const FLOOR_STEP = SIZE_STEPS.length - 1;

/** How a photo is kept once read, before any size step: the largest size, in a high-quality JPEG. */
export const MASTER: SizeStep = { quality: 0.92, longEdge: 2000 };

/** A JPEG's size relative to quality 0.85, roughly, for photos of paper documents. */
const QUALITY_SIZE: Record<number, number> = { 0.92: 1.4, 0.85: 1, 0.75: 0.72, 0.65: 0.58, 0.55: 0.49 };
/** What a page adds to the file beyond its image, in bytes. */
export const PAGE_OVERHEAD_BYTES = 1024;

function relativeSize(step: SizeStep): number {
  const scale = step.longEdge / SIZE_STEPS[0]!.longEdge;
  return (QUALITY_SIZE[step.quality] ?? 1) * scale * scale;
}

export interface MeasuredBuild {
  /** The step the photos were encoded at. */
  step: number;
  /** Each photo page's JPEG, in bytes. */
  photoBytes: readonly number[];
  /** Everything else in the file: pages copied from PDFs, the file's own structure. */
  otherBytes: number;
  target: number;
}

/** The file's size if the photos measured at `measured.step` (-1: as masters) were encoded at `step` instead. */
export function estimateBytes(measured: MeasuredBuild, step: number): number {
  const from = measured.step < 0 ? MASTER : SIZE_STEPS[measured.step]!;
  const ratio = relativeSize(SIZE_STEPS[step]!) / relativeSize(from);
  return measured.otherBytes + measured.photoBytes.reduce((sum, bytes) => sum + bytes * ratio, 0);
}

/**
 * The step to encode the photos at first, judged from their masters and the other pages' size, so that most
 * files are made in one pass: the first step expected to fit with a margin, or the floor.
 */
export function firstSizeStep(masters: Omit<MeasuredBuild, 'step'>): number {
  for (let step = 0; step < FLOOR_STEP; step += 1) {
    if (estimateBytes({ ...masters, step: -1 }, step) <= masters.target * 0.92) return step;
  }
  return FLOOR_STEP;
}

/**
 * The step to encode the photos at next, or null when this build is final: it fits the target, there are
 * no photos to shrink, or it is already at the floor. Skips steps that cannot fit by the estimate, and
 * always moves on by at least one, so the loop ends.
 */
export function nextSizeStep(measured: MeasuredBuild): number | null {
  const total = measured.otherBytes + measured.photoBytes.reduce((sum, bytes) => sum + bytes, 0);
  if (total <= measured.target || measured.photoBytes.length === 0 || measured.step >= FLOOR_STEP) return null;
  for (let step = measured.step + 1; step < FLOOR_STEP; step += 1) {
    // A margin: the estimate is rough, and one more pass costs more than a slightly smaller file.
    if (estimateBytes(measured, step) <= measured.target * 0.92) return step;
  }
  return FLOOR_STEP;
}

/** A4 in PDF points. */
export const A4 = { short: 595.28, long: 841.89 } as const;

export interface PagePlacement {
  pageWidth: number;
  pageHeight: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An image fitted on an A4 page turned its way (portrait or landscape), centred, its proportions kept. */
export function fitOnA4(imageWidth: number, imageHeight: number): PagePlacement {
  const landscape = imageWidth > imageHeight;
  const pageWidth = landscape ? A4.long : A4.short;
  const pageHeight = landscape ? A4.short : A4.long;
  const scale = Math.min(pageWidth / imageWidth, pageHeight / imageHeight);
  const width = imageWidth * scale;
  const height = imageHeight * scale;
  return { pageWidth, pageHeight, x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width, height };
}

/** The pixel size to encode a photo at: its long side at most `longEdge`, never enlarged. */
export function scaledSize(width: number, height: number, longEdge: number): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
