// The PDF worker: reads what the student adds, and makes the one PDF. It holds the PDF library, so the library
// is fetched only when a builder opens, and never on the page's main thread.
import { degrees, PDFDocument } from '@cantoo/pdf-lib';
import {
  firstSizeStep,
  fitOnA4,
  MASTER,
  MAX_FILE_BYTES,
  nextSizeStep,
  scaledSize,
  SIZE_STEPS,
  type SizeStep,
} from '../../../domain/document-pdf';
import type { BuildPage, FromWorker, Inspected, Refusal, ToWorker } from './worker-protocol';

const THUMBNAIL_EDGE = 240;

const reply = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

class Refused extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}

function isHeic(file: File): boolean {
  return /^image\/hei[cf]/i.test(file.type) || /\.hei[cf]$/i.test(file.name);
}

async function isPdf(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  return new TextDecoder('latin1').decode(head).includes('%PDF-');
}

function looksLikeImage(file: File): boolean {
  return file.type.startsWith('image/') || /\.(jpe?g|png|webp|gif|bmp|avif|hei[cf])$/i.test(file.name);
}

async function loadPdf(file: Blob): Promise<PDFDocument> {
  try {
    // An empty password opens the many bank and university PDFs encrypted without one.
    return await PDFDocument.load(await file.arrayBuffer(), { password: '', updateMetadata: false });
  } catch (error) {
    throw new Refused(error instanceof Error && /password/i.test(error.message) ? 'password' : 'unreadable');
  }
}

async function decode(file: Blob, heic: boolean): Promise<ImageBitmap> {
  try {
    // 'from-image' applies the photo's EXIF orientation.
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Refused(heic ? 'heic' : 'unreadable');
  }
}

/** Draws a bitmap at `width`×`height` pixels (before rotation) on white, turned by `rotation`. */
function draw(bitmap: ImageBitmap, width: number, height: number, rotation: number): OffscreenCanvas {
  const sideways = rotation === 90 || rotation === 270;
  const canvas = new OffscreenCanvas(sideways ? height : width, sideways ? width : height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingQuality = 'high';
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((rotation * Math.PI) / 180);
  context.drawImage(bitmap, -width / 2, -height / 2, width, height);
  return canvas;
}

async function inspect(file: File): Promise<Inspected> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'refused', reason: 'too-large' };
  if (await isPdf(file)) {
    const pdf = await loadPdf(file);
    return { kind: 'pdf', pages: pdf.getPageCount() };
  }
  if (!looksLikeImage(file)) return { kind: 'refused', reason: 'not-supported' };
  const bitmap = await decode(file, isHeic(file));
  try {
    const { width, height } = bitmap;
    // Photos are kept, once read, at the largest size in a high-quality JPEG: every pass starts from it.
    const master = scaledSize(width, height, MASTER.longEdge);
    const canvas = draw(bitmap, master.width, master.height, 0);
    bitmap.close();
    const masterBlob = await canvas.convertToBlob({ type: 'image/jpeg', quality: MASTER.quality });
    const small = scaledSize(width, height, THUMBNAIL_EDGE);
    const thumbnail = draw(canvas.transferToImageBitmap(), small.width, small.height, 0).transferToImageBitmap();
    return { kind: 'photo', width, height, thumbnail, master: masterBlob };
  } finally {
    bitmap.close();
  }
}

/** One photo at a size step, as JPEG bytes with its pixel size (after rotation). */
async function encodePhoto(master: Blob, rotation: number, step: SizeStep) {
  const bitmap = await decode(master, false);
  try {
    const size = scaledSize(bitmap.width, bitmap.height, step.longEdge);
    const canvas = draw(bitmap, size.width, size.height, rotation);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: step.quality });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
  } finally {
    bitmap.close();
  }
}

async function assemble(id: number, pages: BuildPage[], stepIndex: number, pass: number) {
  const out = await PDFDocument.create();
  const sources = new Map<File, PDFDocument>();
  const photoBytes: number[] = [];
  for (const [index, page] of pages.entries()) {
    reply({ id, type: 'progress', done: index, total: pages.length, pass });
    if (page.kind === 'photo') {
      const photo = await encodePhoto(page.master, page.rotation, SIZE_STEPS[stepIndex]!);
      photoBytes.push(photo.bytes.byteLength);
      const image = await out.embedJpg(photo.bytes);
      const place = fitOnA4(photo.width, photo.height);
      out.addPage([place.pageWidth, place.pageHeight]).drawImage(image, place);
    } else {
      let source = sources.get(page.file);
      if (!source) {
        source = await loadPdf(page.file);
        sources.set(page.file, source);
      }
      const [copied] = await out.copyPages(source, [page.index]);
      if (!copied) throw new Refused('unreadable');
      copied.setRotation(degrees((copied.getRotation().angle + page.rotation) % 360));
      out.addPage(copied);
    }
  }
  reply({ id, type: 'progress', done: pages.length, total: pages.length, pass });
  const bytes = await out.save({ useObjectStreams: true });
  return { bytes, photoBytes };
}

/** What the pages copied from PDFs will weigh at most: the size of each source file. */
function pdfPagesBytes(pages: BuildPage[]): number {
  const files = new Set(pages.flatMap((page) => (page.kind === 'pdf' ? [page.file] : [])));
  return [...files].reduce((sum, file) => sum + file.size, 0);
}

async function build(id: number, pages: BuildPage[], target: number) {
  const masterBytes = pages.flatMap((page) => (page.kind === 'photo' ? [page.master.size] : []));
  let step = firstSizeStep({ photoBytes: masterBytes, otherBytes: pdfPagesBytes(pages), target });
  for (let pass = 0; ; pass += 1) {
    const { bytes, photoBytes } = await assemble(id, pages, step, pass);
    const photos = photoBytes.reduce((sum, size) => sum + size, 0);
    const next = nextSizeStep({ step, photoBytes, otherBytes: Math.max(0, bytes.byteLength - photos), target });
    if (next === null) {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      reply({ id, type: 'built', result: { bytes: buffer, pages: pages.length, step, overTarget: bytes.byteLength > target } }, [buffer]);
      return;
    }
    step = next;
  }
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'inspect') {
      const result = await inspect(message.file);
      reply({ id: message.id, type: 'inspected', result }, result.kind === 'photo' ? [result.thumbnail] : []);
    } else {
      await build(message.id, message.pages, message.target);
    }
  } catch (error) {
    const reason = error instanceof Refused ? error.reason : message.type === 'inspect' ? 'unreadable' : 'build';
    if (message.type === 'inspect' && reason !== 'build') reply({ id: message.id, type: 'inspected', result: { kind: 'refused', reason } });
    else reply({ id: message.id, type: 'failed', reason });
  }
};
