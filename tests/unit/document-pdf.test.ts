import { describe, expect, it } from 'vitest';
import {
  A4,
  DEFAULT_TARGET_BYTES,
  estimateBytes,
  firstSizeStep,
  fitOnA4,
  FLOOR_STEP,
  nextSizeStep,
  pdfFileName,
  scaledSize,
  SIZE_STEPS,
  TARGET_CHOICES,
} from '../../src/domain/document-pdf';
import { DOCUMENTS } from '../../src/domain/documents';

const MB = 1024 * 1024;

describe('the name of a document PDF', () => {
  it('is the document slot, the same in every language, safe on every system', () => {
    expect(pdfFileName('vital-record')).toBe('vital-record.pdf');
    expect(pdfFileName('bank-details')).toBe('bank-details.pdf');
    for (const document of DOCUMENTS) expect(pdfFileName(document)).toMatch(/^[a-z0-9-]+\.pdf$/);
    expect(new Set(DOCUMENTS.map(pdfFileName)).size).toBe(DOCUMENTS.length);
  });
});

describe('the size planner', () => {
  it('aims for 2 MB by default, one of the choices offered', () => {
    expect(DEFAULT_TARGET_BYTES).toBe(2 * MB);
    expect(TARGET_CHOICES).toContain(DEFAULT_TARGET_BYTES);
  });

  it('lowers quality first, then resolution, never below a readable floor', () => {
    for (let step = 1; step < SIZE_STEPS.length; step += 1) {
      const [before, now] = [SIZE_STEPS[step - 1]!, SIZE_STEPS[step]!];
      expect(now.quality <= before.quality && now.longEdge <= before.longEdge).toBe(true);
      expect(now.quality < before.quality || now.longEdge < before.longEdge).toBe(true);
      if (now.longEdge < before.longEdge) expect(now.quality).toBe(SIZE_STEPS.at(-1)!.quality);
    }
    expect(SIZE_STEPS[FLOOR_STEP]!.longEdge).toBeGreaterThanOrEqual(1200);
    expect(SIZE_STEPS[FLOOR_STEP]!.quality).toBeGreaterThanOrEqual(0.5);
  });

  it('stops when the file fits, when there is no photo to shrink, or at the floor', () => {
    expect(nextSizeStep({ step: 0, photoBytes: [400_000, 500_000], otherBytes: 100_000, target: 2 * MB })).toBeNull();
    expect(nextSizeStep({ step: 0, photoBytes: [], otherBytes: 5 * MB, target: 2 * MB })).toBeNull();
    expect(nextSizeStep({ step: FLOOR_STEP, photoBytes: [3 * MB], otherBytes: 0, target: 2 * MB })).toBeNull();
  });

  it('jumps to the first step expected to fit, with a margin', () => {
    // 6 photos of 450 KB: 2.7 MB; quality 0.75 is expected at about 1.94 MB, too close; 0.65 at about 1.57 MB.
    const measured = { step: 0, photoBytes: Array(6).fill(450 * 1024), otherBytes: 20_000, target: 2 * MB };
    expect(estimateBytes(measured, 1)).toBeGreaterThan(2 * MB * 0.92);
    expect(nextSizeStep(measured)).toBe(2);
  });

  it('goes to the resolution steps only when quality alone cannot do it, and to the floor when nothing fits', () => {
    const big = { step: 0, photoBytes: Array(10).fill(600 * 1024), otherBytes: 0, target: 2 * MB };
    const step = nextSizeStep(big)!;
    expect(SIZE_STEPS[step]!.longEdge).toBeLessThan(2000);
    expect(nextSizeStep({ ...big, photoBytes: Array(30).fill(900 * 1024) })).toBe(FLOOR_STEP);
  });

  it('always moves on by at least one step, so making the file ends', () => {
    for (let step = 0; step < FLOOR_STEP; step += 1) {
      const next = nextSizeStep({ step, photoBytes: [2.1 * MB], otherBytes: 0, target: 2 * MB });
      expect(next).not.toBeNull();
      expect(next!).toBeGreaterThan(step);
    }
  });

  it('counts the pages copied from PDFs as they are', () => {
    const measured = { step: 0, photoBytes: [1 * MB], otherBytes: 1.5 * MB, target: 2 * MB };
    expect(estimateBytes(measured, 0)).toBe(2.5 * MB);
    expect(estimateBytes(measured, FLOOR_STEP)).toBeGreaterThan(1.5 * MB);
  });
});

describe('a photo on an A4 page', () => {
  it('turns the page the photo’s way and fits it whole, centred', () => {
    const portrait = fitOnA4(1500, 2000);
    expect([portrait.pageWidth, portrait.pageHeight]).toEqual([A4.short, A4.long]);
    expect(portrait.width).toBeCloseTo(A4.short);
    expect(portrait.y).toBeCloseTo((A4.long - portrait.height) / 2);
    const landscape = fitOnA4(2000, 1000);
    expect([landscape.pageWidth, landscape.pageHeight]).toEqual([A4.long, A4.short]);
    expect(landscape.width).toBeCloseTo(A4.long);
    expect(landscape.x).toBeCloseTo(0);
  });

  it('is scaled down to its long edge, never up', () => {
    expect(scaledSize(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(scaledSize(3000, 4000, 1250)).toEqual({ width: 938, height: 1250 });
    expect(scaledSize(800, 600, 2000)).toEqual({ width: 800, height: 600 });
  });
});

describe('the first size step', () => {
  it('is judged from the photos as kept once read, so most files are made in one pass', () => {
    const masters = (kb: number, count: number) => ({ photoBytes: Array(count).fill(kb * 1024), otherBytes: 30_000, target: 2 * MB });
    expect(firstSizeStep(masters(300, 4))).toBe(0);
    const six = firstSizeStep(masters(600, 6));
    expect(six).toBeGreaterThan(0);
    expect(estimateBytes({ ...masters(600, 6), step: -1 }, six)).toBeLessThanOrEqual(2 * MB * 0.92);
    expect(firstSizeStep(masters(1500, 30))).toBe(FLOOR_STEP);
  });
});
