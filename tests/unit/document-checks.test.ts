import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_CONFIDENCE, checksFor, DOCUMENT_CHECKS, isCheckOf, uncheckedPoints, withPoint } from '../../src/domain/document-checks';
import { DOCUMENTS } from '../../src/domain/documents';

const english = JSON.parse(readFileSync('locales/en/documents.json', 'utf8')).documents.checks;
const french = JSON.parse(readFileSync('locales/fr/documents.json', 'utf8')).documents.checks;

describe('the points to check on each document', () => {
  it('cover every document with a few points, each with its source and its words in English and French', () => {
    for (const document of DOCUMENTS) {
      const points = DOCUMENT_CHECKS[document];
      expect(points.length, document).toBeGreaterThan(0);
      expect(points.length, document).toBeLessThanOrEqual(5);
      expect(new Set(points).size).toBe(points.length);
      for (const point of points) {
        expect(CHECK_CONFIDENCE[`${document}/${point}`], `${document}/${point}`).toBeDefined();
        expect(english[document][point], `${document}/${point}`).toBeDefined();
        expect(french[document][point], `${document}/${point}`).toBeDefined();
      }
    }
    expect(Object.keys(CHECK_CONFIDENCE)).toHaveLength(Object.values(DOCUMENT_CHECKS).flat().length);
  });

  it('hold what the guidance says makes each one accepted the first time', () => {
    expect(DOCUMENT_CHECKS['vital-record']).toEqual(['parents-names', 'translation', 'sworn-translator', 'apostille', 'one-file']);
    expect(DOCUMENT_CHECKS.enrolment).toContain('not-admission-letter');
    expect(DOCUMENT_CHECKS['residence-permit']).toContain('not-visa-again');
    expect(DOCUMENT_CHECKS['bank-details']).toContain('own-name');
    expect(DOCUMENT_CHECKS.identity).toContain('all-pages');
  });

  it('say who needs a translation for each path, and hedge every point that is not an official rule', () => {
    expect(Object.keys(english['vital-record'].translation).sort()).toEqual([
      'greek-bulgarian-only',
      'if-not-french',
      'needed-unless-exempt',
    ]);
    expect(english['vital-record'].translation['greek-bulgarian-only']).toMatch(/Greek or Bulgarian/);
    expect(english['vital-record'].translation['needed-unless-exempt']).toMatch(/unless a treaty/);
    expect(english['vital-record']['sworn-translator']).toMatch(/Many universities/);
    expect(english['vital-record']['sworn-translator']).toMatch(/no official text/);
    expect(english['vital-record'].apostille).toMatch(/check/);
    const hedge = /usually|often|many|students|check|report|mix/i;
    for (const [key, confidence] of Object.entries(CHECK_CONFIDENCE)) {
      const [document, point] = key.split('/') as [string, string];
      if (confidence === '3rd' || confidence === 'unconfirmed') {
        const text = english[document][point];
        // Plain facts a student can see on the paper (their name, the year) need no hedge; claims about refusals do.
        if (/refus|not|twice|mix/i.test(text) || confidence === 'unconfirmed') expect(text, key).toMatch(hedge);
      }
    }
  });

  it('tick and untick one point at a time, kept in the listed order, refusing points of another document', () => {
    expect(withPoint('vital-record', [], 'one-file', true)).toEqual(['one-file']);
    expect(withPoint('vital-record', ['one-file'], 'parents-names', true)).toEqual(['parents-names', 'one-file']);
    expect(withPoint('vital-record', ['parents-names', 'one-file'], 'one-file', false)).toEqual(['parents-names']);
    expect(withPoint('vital-record', ['parents-names'], 'parents-names', true)).toEqual(['parents-names']);
    expect(withPoint('identity', [], 'parents-names', true)).toBeNull();
    expect(isCheckOf('identity', 'all-pages')).toBe(true);
    expect(isCheckOf('identity', 7)).toBe(false);
  });

  it('list the points still to tick', () => {
    expect(uncheckedPoints('identity', 'non-eu', {})).toEqual(['passport-or-id', 'all-pages']);
    expect(uncheckedPoints('identity', 'non-eu', { identity: ['all-pages'] })).toEqual(['passport-or-id']);
    expect(uncheckedPoints('identity', 'non-eu', { identity: ['passport-or-id', 'all-pages'] })).toEqual([]);
  });

  it('ask about a sworn translator and an apostille only where a translation is needed', () => {
    expect(checksFor('vital-record', 'non-eu')).toEqual(['parents-names', 'translation', 'sworn-translator', 'apostille', 'one-file']);
    expect(checksFor('vital-record', 'eu-no-card')).toEqual(['parents-names', 'translation', 'one-file']);
    expect(checksFor('vital-record', 'french-abroad')).toEqual(['parents-names', 'translation', 'one-file']);
    expect(uncheckedPoints('vital-record', 'eu-s1', { 'vital-record': ['parents-names', 'translation'] })).toEqual(['one-file']);
  });
});
