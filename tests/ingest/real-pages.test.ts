import { describe, expect, it } from 'vitest';
import { runPage } from './ingest-context';
import { crlfWithBom, gb18030, halfWidth, singleLineBreaks, utf8 } from './page-variants';
import {
  expectedRealPage,
  expectedStructureOf,
  readRealPage,
  realPageFiles,
  realStructureOf,
} from './real-page-fixtures';

describe.each(realPageFiles())('real-convention page %s', (file) => {
  const expected = expectedRealPage(file);
  const { articles, report } = runPage(file, utf8(readRealPage(file)));

  it(`finds every story whole, with credits out of the text (${expected.convention})`, () => {
    expect(articles.map(realStructureOf)).toEqual(expected.articles.map(expectedStructureOf));
  });

  it('reports every credit and source line it moved, and every untitled story', () => {
    const lines = [
      ...report.repairs.map((r) => r.detail),
      ...report.dropped.map((d) => d.text),
    ].join('\n');
    for (const printed of expected.articles.flatMap((a) => a.reported)) {
      expect(lines).toContain(printed);
    }
    const untitled = articles.filter((a) => a.untitled).map((a) => a.id);
    const reportedUntitled = report.repairs
      .filter((r) => r.kind === 'untitled-story')
      .map((r) => r.articleId);
    expect(reportedUntitled).toEqual(untitled);
    expect(report.error).toBeUndefined();
  });

  it.each([
    ['half-width punctuation', (t: string) => utf8(halfWidth(t))],
    ['single line breaks', (t: string) => utf8(singleLineBreaks(t))],
    ['CRLF and a BOM', (t: string) => crlfWithBom(t)],
    [
      'GB18030, half-width, single line breaks and CRLF',
      (t: string) => gb18030(singleLineBreaks(halfWidth(t)).replace(/\n/g, '\r\n')),
    ],
  ])('gives the same stories when saved with %s', (_name, variant) => {
    const saved = runPage(file, variant(readRealPage(file)));
    expect(saved.articles.map(realStructureOf)).toEqual(expected.articles.map(expectedStructureOf));
  });
});
