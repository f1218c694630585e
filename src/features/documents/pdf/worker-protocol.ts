// What the page and the PDF worker say to each other. The worker does every heavy step (decoding photos,
// encoding JPEGs, reading and writing PDFs) so the screen stays responsive.

export type Refusal = 'password' | 'heic' | 'unreadable' | 'too-large' | 'not-supported';

export type Inspected =
  | { kind: 'photo'; width: number; height: number; thumbnail: ImageBitmap; master: Blob }
  | { kind: 'pdf'; pages: number }
  | { kind: 'refused'; reason: Refusal };

export type Rotation = 0 | 90 | 180 | 270;

/** One page of the file to make, in order. Photos come as their prepared master (already oriented and scaled). */
export type BuildPage =
  | { kind: 'photo'; master: Blob; rotation: Rotation }
  | { kind: 'pdf'; file: File; index: number; rotation: Rotation };

export type ToWorker = { id: number; type: 'inspect'; file: File } | { id: number; type: 'build'; pages: BuildPage[]; target: number };

export interface Built {
  bytes: ArrayBuffer;
  pages: number;
  /** The size step the photos ended at (SIZE_STEPS). */
  step: number;
  overTarget: boolean;
}

export type FromWorker =
  | { id: number; type: 'inspected'; result: Inspected }
  | { id: number; type: 'progress'; done: number; total: number; pass: number }
  | { id: number; type: 'built'; result: Built }
  | { id: number; type: 'failed'; reason: Refusal | 'build' };
