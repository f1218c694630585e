// Files a student would add to a document PDF, made in the test: photos drawn in the browser (there is no image
// library in Node), an EXIF orientation tag written by hand, and PDFs made and encrypted with the app's library.
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { Page } from '@playwright/test';

/** A photo of a paper page, `width`×`height` pixels as stored, drawn with text-like lines so it compresses like one. */
export async function drawPhoto(page: Page, width: number, height: number, type: 'image/jpeg' | 'image/png'): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height, type }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      const paper = context.createLinearGradient(0, 0, width, height);
      paper.addColorStop(0, '#f4f1ea');
      paper.addColorStop(1, '#d9d4c8');
      context.fillStyle = paper;
      context.fillRect(0, 0, width, height);
      const unit = Math.max(4, Math.round(height / 90));
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      context.fillStyle = '#1d2433';
      for (let y = unit * 6; y < height - unit * 4; y += unit * 2.2) {
        for (let x = unit * 4; x < width - unit * 6; ) {
          const word = unit * (1 + random() * 5);
          context.fillRect(x, y, word, unit * 0.9);
          x += word + unit * 0.8;
        }
      }
      // Camera noise, so the JPEG is as hard to compress as a real photo.
      const image = context.getImageData(0, 0, width, height);
      for (let i = 0; i < image.data.length; i += 4) {
        const n = (random() - 0.5) * 18;
        image.data[i]! += n;
        image.data[i + 1]! += n;
        image.data[i + 2]! += n;
      }
      context.putImageData(image, 0, 0);
      context.fillStyle = '#c0392b';
      context.fillRect(unit, unit, unit * 8, unit * 4);
      const blob = await canvas.convertToBlob({ type, quality: 0.92 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    { width, height, type },
  );
  return Buffer.from(base64, 'base64');
}

/** The JPEG with an EXIF APP1 segment carrying only an orientation tag (6: turn 90° clockwise to view). */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // big-endian TIFF header, first IFD at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    orientation >> 8,
    orientation & 0xff,
    0x00,
    0x00, // Orientation, SHORT
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, payload, jpeg.subarray(2)]);
}

/** An A4 PDF of `pages` pages, encrypted with `userPassword` ('' opens without asking, as bank PDFs do). */
export async function encryptedPdf(pages: number, userPassword: string | null): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) {
    document.addPage([595.28, 841.89]).drawText(`Translation page ${n}`, { x: 60, y: 760, size: 24, font });
  }
  if (userPassword !== null) document.encrypt({ userPassword, ownerPassword: 'owner-only', permissions: { printing: 'highResolution' } });
  return Buffer.from(await document.save());
}
