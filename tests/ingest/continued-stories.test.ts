/**
 * A long seed story printed across two pages with jump markers comes out as
 * one article equal to the hand-checked one, whatever the markers look like
 * and wherever the rest is printed on the second page.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { extract } from './ingest-context';
import { structureOf } from './seed-fixtures';
import { splitAcrossPages, type SplitPlan } from './jump-variants';

const taxonomy = loadEventTaxonomy();
const bannersFile = join(import.meta.dirname, '../../data/banners.json');

async function ingestIssue(pages: Record<string, string>, manifest: boolean) {
  const input = mkdtempSync(join(tmpdir(), 'jumps-'));
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(join(input, name, '..'), { recursive: true });
    writeFileSync(join(input, name), text);
  }
  if (manifest)
    writeFileSync(
      join(input, 'pages.json'),
      JSON.stringify(
        Object.keys(pages).map((file, i) => ({ file, date: '2023-02-10', page: i + 1 })),
      ),
    );
  const output = mkdtempSync(join(tmpdir(), 'jumps-out-'));
  return runIngest({ input, output, taxonomy, extract, bannersFile });
}

const SEED = {
  a: '000_4042bde3bc384a6e.txt',
  b: '001_2f9c6d379adf344b.txt',
  c: '002_31f1b2df397274cc.txt',
  d: '003_7dcc9af707f72cfe.txt',
  e: '004_f3dbaeb64c3ec268.txt',
};

const plans: [string, SplitPlan][] = [
  [
    'own-line markers, the rest at the top of page 2 under its title',
    {
      from: SEED.a,
      story: 0,
      onto: SEED.b,
      cut: 'between-paragraphs',
      outMarker: 'own-line',
      inMarker: 'own-line',
      repeat: 'title',
      place: 'top',
    },
  ],
  [
    'inline markers, a sentence cut at the page edge, no headline over the rest',
    {
      from: SEED.c,
      story: 0,
      onto: SEED.d,
      cut: 'mid-paragraph',
      outMarker: 'inline',
      inMarker: 'inline',
      repeat: 'none',
      place: 'middle',
    },
  ],
  [
    'a shortened headline over the rest, printed at the foot of page 2',
    {
      from: SEED.e,
      story: 0,
      onto: SEED.a,
      cut: 'mid-paragraph',
      outMarker: 'own-line',
      inMarker: 'inline',
      repeat: 'shortened',
      place: 'bottom',
    },
  ],
  [
    'markers in Chinese numerals, the rest between two stories under its title',
    {
      from: SEED.d,
      story: 1,
      onto: SEED.e,
      cut: 'between-paragraphs',
      outMarker: 'inline',
      inMarker: 'own-line',
      repeat: 'title',
      place: 'middle',
      numerals: 'chinese',
    },
  ],
  [
    'no headline over the rest at the top of page 2, after a story stopped mid-sentence',
    {
      from: SEED.a,
      story: 2,
      onto: SEED.c,
      cut: 'mid-paragraph',
      outMarker: 'own-line',
      inMarker: 'own-line',
      repeat: 'none',
      place: 'top',
    },
  ],
];

describe.each(plans)('a story split across two pages: %s', (_name, plan) => {
  const split = splitAcrossPages(plan);
  const pages = { '2023-02-10/01.txt': split.page1, '2023-02-10/02.txt': split.page2 };

  it('comes out as one article equal to the hand-checked one, pages matched by pages.json', async () => {
    const { articles } = await ingestIssue(pages, true);
    expect(articles.map(structureOf)).toEqual(split.expected.map(structureOf));
    expect(articles[plan.story]).toMatchObject({ origin: { file: '2023-02-10/01.txt' } });
  });

  it('matches the pages by the date and 版次 in their headers when there is no pages.json', async () => {
    const head = (n: number) => `劳动午报\n2023年2月10日 星期五 第${n}版 要闻\n`;
    const { articles } = await ingestIssue(
      { '2023-02-10/01.txt': head(1) + split.page1, '2023-02-10/02.txt': head(2) + split.page2 },
      false,
    );
    expect(articles.map(structureOf)).toEqual(split.expected.map(structureOf));
  });

  it('joins the parts by page order when the pages carry no date or 版次 at all', async () => {
    const { articles } = await ingestIssue(
      { 'issue/a.txt': split.page1, 'issue/b.txt': split.page2 },
      false,
    );
    expect(articles.map(structureOf)).toEqual(split.expected.map(structureOf));
  });

  it('removes both markers from the text and reports the join with both files and lines', async () => {
    const { articles, report } = await ingestIssue(pages, true);
    for (const a of articles) expect(a.paragraphs.join('')).not.toMatch(/[下上]接|[下转]第|转第/);
    const [one, two] = report.pages;
    const joined = articles[plan.story]!;
    for (const page of [one!, two!]) {
      const join = page.repairs.find((r) => r.kind === 'joined-continuation');
      expect(join).toMatchObject({ articleId: joined.id });
      expect(join?.detail).toMatch(
        /2023-02-10\/01\.txt:\d+ （下转第.版） \+ 2023-02-10\/02\.txt:\d+ （上接第.版）/,
      );
      expect(page.dropped.filter((d) => d.kind === 'jump-marker')).toHaveLength(1);
    }
    expect(two!.articles).not.toContain(undefined);
    // Neither page calls the joined story cut off, nor its second part headline-less.
    const warnings = [...one!.warnings, ...two!.warnings].join('\n');
    expect(warnings).not.toContain(`「${joined.title}」 stops mid-sentence`);
    expect(warnings).not.toMatch(/has no headline/);
  });
});
