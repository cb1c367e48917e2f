import { describe, expect, it } from 'vitest';
import { expectedFor, readSeed, seedFiles } from './seed-fixtures';
import { runPage } from './ingest-context';
import { LEAD_FORMS, rewriteLeads, type RewrittenStory } from './lead-forms';
import { halfWidth, singleLineBreaks, utf8 } from './page-variants';
import type { Article } from '../../src/shared/schema';

const sorted = (xs: string[]) => [...xs].sort();

/** The article the rewritten page must give: the fixture's text, the form's credits. */
function expectedArticle({ article, form, result }: RewrittenStory) {
  const photo = article.kind === 'photo';
  return {
    form,
    headlines: article.headlines,
    title: article.title,
    kind: article.kind,
    paragraphs: article.paragraphs,
    truncated: article.truncated,
    reporters: sorted(photo ? article.byline.reporters : result.reporters),
    correspondents: sorted(photo ? article.byline.correspondents : result.correspondents),
    authors: sorted(result.authors),
    photographers: sorted([...article.byline.photographers, ...result.photographers]),
    source: result.source ?? null,
    dateline: photo ? '' : result.dateline,
  };
}

function actualArticle(a: Article, form: string) {
  return {
    form,
    headlines: a.headlines,
    title: a.title,
    kind: a.kind,
    paragraphs: a.paragraphs,
    truncated: a.truncated,
    reporters: sorted(a.byline.reporters),
    correspondents: sorted(a.byline.correspondents),
    authors: sorted(a.byline.authors),
    photographers: sorted([...new Set(a.byline.photographers)]),
    source: a.source ?? null,
    dateline: a.dateline,
  };
}

const offsets = LEAD_FORMS.map((_, i) => i);

describe.each(seedFiles())('seed page %s with its leads rewritten', (file) => {
  const expected = expectedFor(file);

  it.each(offsets)(
    'gives the same articles, credits in byline or source, with forms rotated by %i',
    (offset) => {
      const { text, stories } = rewriteLeads(readSeed(file), expected, offset);
      const { articles } = runPage(file, utf8(text));
      expect(articles.map((a, i) => actualArticle(a, stories[i]?.form ?? '?'))).toEqual(
        stories.map(expectedArticle),
      );
    },
  );

  it('gives the same articles when the rewritten page is also saved half-width with single line breaks', () => {
    for (const offset of [0, 7, 14]) {
      const { text, stories } = rewriteLeads(readSeed(file), expected, offset);
      const { articles } = runPage(file, utf8(singleLineBreaks(halfWidth(text))));
      expect(articles.map((a, i) => actualArticle(a, stories[i]?.form ?? '?'))).toEqual(
        stories.map(expectedArticle),
      );
    }
  });
});

describe('lead forms', () => {
  it('cover every dateline, byline and source form of issue 7', () => {
    const names = LEAD_FORMS.map((f) => f.name).join('\n');
    for (const form of [
      '本报讯(',
      '本报北京2月10日讯',
      '电',
      '中工网讯',
      '新华社',
      '工人日报-中工网',
      '据X报道',
      '□本报记者',
      '文/X',
      '文·图/X',
      '（X Y）',
      '（特约记者 X）',
      '本报记者 X on the last line',
      '来源',
      '（北京邮政工会）',
      'no dateline and no byline',
    ]) {
      expect(names).toContain(form);
    }
  });
});
