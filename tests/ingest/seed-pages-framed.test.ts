/**
 * The seed pages printed with a running head and a foot, in the forms real
 * e-paper and website copies use: the same articles come out, every added
 * line is in the report as furniture, and without pages.json the header's
 * date, page number, page name and paper become the articles' metadata.
 */
import { describe, expect, it } from 'vitest';
import { expectedFor, readSeed, seedFiles, structureOf } from './seed-fixtures';
import { runPage } from './ingest-context';
import { utf8 } from './page-variants';
import { FRAME_STYLES, printedPageFor } from './page-furniture-variants';

const FURNITURE = new Set(['page-header', 'page-navigation', 'page-footer', 'page-guide']);

describe.each(seedFiles().map((file, index) => [file, index] as const))(
  'seed page %s with page furniture',
  (file, index) => {
    const expected = expectedFor(file);
    const original = runPage(file, utf8(readSeed(file)));
    const printed = printedPageFor(index);

    it.each(FRAME_STYLES)('yields the same articles under %s', (_name, style) => {
      const framed = style(readSeed(file), printed);
      const { articles, report } = runPage(file, utf8(framed.text));
      expect(articles.map(structureOf)).toEqual(expected.articles.map(structureOf));
      // Links to the stories survive a re-export with a header.
      expect(articles.map((a) => a.id)).toEqual(original.articles.map((a) => a.id));
      expect(report.banner).toEqual(expected.banner);
      expect(report.orphanHeadings).toEqual(expected.orphanHeadings);
    });

    it.each(FRAME_STYLES)('reports every line of %s as furniture', (_name, style) => {
      const framed = style(readSeed(file), printed);
      const { report } = runPage(file, utf8(framed.text));
      const furniture = report.dropped.filter((d) => FURNITURE.has(d.kind));
      expect(furniture.map((d) => d.text)).toEqual(framed.added);
      expect(report.header).toEqual(framed.header);
    });

    it.each(FRAME_STYLES)(
      'dates and places the articles by the header of %s when there is no pages.json',
      (_name, style) => {
        const framed = style(readSeed(file), printed);
        const { articles, report } = runPage(file, utf8(framed.text));
        const page = {
          number: framed.header.page,
          ...(framed.header.pageName ? { name: framed.header.pageName } : {}),
          ...(framed.header.paper ? { paper: framed.header.paper } : {}),
        };
        for (const a of articles) {
          expect(a).toMatchObject({ date: printed.date, dateSource: 'header' });
          expect(a.page).toEqual(page);
        }
        expect(report.page).toEqual({ date: printed.date, dateSource: 'header', ...page });
      },
    );
  },
);
