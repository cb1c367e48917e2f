/**
 * Stories continued on another page, on a hand-written three-page issue
 * (tests/fixtures/real-pages/jumps) and on small pages written for one case
 * each: a missing part, a story over three pages, two stories jumping to the
 * same page. The join must give the same output with and without workers.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { parseJumpIn, parseJumpOut } from '../../src/ingest/segment/jump-markers';
import { extract } from './ingest-context';
import { structureOf, type ExpectedArticle } from './seed-fixtures';

const ISSUE = join(import.meta.dirname, '../fixtures/real-pages/jumps');
const expected = JSON.parse(readFileSync(join(ISSUE, 'expected.json'), 'utf8')) as {
  articles: (Omit<ExpectedArticle, 'districts' | 'unions'> & {
    file: string;
    page: { number: number; name: string; paper?: string };
  })[];
  joins: { title: string; from: string; to: string; seam: boolean }[];
};
const taxonomy = loadEventTaxonomy();
const bannersFile = join(import.meta.dirname, '../../data/banners.json');

async function ingest(input: string, workers = 0) {
  const output = mkdtempSync(join(tmpdir(), 'join-out-'));
  return runIngest({ input, output, taxonomy, extract, bannersFile, workers });
}

function folderWith(files: Record<string, string>, manifest?: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'join-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  if (manifest) writeFileSync(join(dir, 'pages.json'), JSON.stringify(manifest));
  return dir;
}

describe('a three-page issue with two stories continued on later pages', () => {
  it('yields each story once, whole, on the page where it starts', async () => {
    const { articles } = await ingest(ISSUE);
    expect(articles.map(structureOf)).toEqual(expected.articles.map(structureOf));
    expect(articles.map((a) => [a.origin.file, a.page, a.date])).toEqual(
      expected.articles.map((a) => [a.file, a.page, '2023-03-15']),
    );
  });

  it('reports each join with both files, lines and markers', async () => {
    const { report } = await ingest(ISSUE);
    const joins = report.pages.flatMap((p) =>
      p.repairs.filter((r) => r.kind === 'joined-continuation').map((r) => [p.file, r.detail]),
    );
    const detail = (j: (typeof expected.joins)[number]) =>
      `「${j.title}」: ${j.from} + ${j.to}${j.seam ? '; the paragraph cut at the page edge is joined' : ''}`;
    expect(joins).toEqual([
      ['2023-03-15/01.txt', detail(expected.joins[0]!)],
      ['2023-03-15/01.txt', detail(expected.joins[1]!)],
      ['2023-03-15/02.txt', detail(expected.joins[0]!)],
      ['2023-03-15/03.txt', detail(expected.joins[1]!)],
    ]);
    expect(report.pages.flatMap((p) => p.warnings)).toEqual([]);
    expect(report.totals.articles).toBe(6);
  });

  it('gives the same articles and report with worker threads', async () => {
    const inline = await ingest(ISSUE, 0);
    const threaded = await ingest(ISSUE, 2);
    expect(threaded.articles).toEqual(inline.articles);
    // Everything but the account of how each build was made (timings, bytes written).
    const same = (r: typeof inline.report) => ({ ...r, generatedAt: '', build: undefined });
    expect(same(threaded.report)).toEqual(same(inline.report));
  }, 30_000);

  it('keeps a part whose other part is missing, without its marker, and says which page is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'join-'));
    cpSync(ISSUE, dir, { recursive: true });
    rmSync(join(dir, '2023-03-15/02.txt'));
    const { articles, report } = await ingest(dir);
    const first = articles.find((a) => a.title === '全市职工技能竞赛启动')!;
    expect(first.paragraphs).toEqual(
      expected.articles[0]!.paragraphs.slice(0, 2).map((p, i) =>
        i === 1 ? p.replace('并可优先推荐参加全国职工技能大赛。', '') : p,
      ),
    );
    expect(first.truncated).toBe(true);
    expect(report.pages[0]!.warnings).toEqual([
      '2023-03-15/01.txt:11: 「全市职工技能竞赛启动」 continues on page 2 (（下转第2版）), but page 2 of the 2023-03-15 issue is not in the input; the marker was removed and the story ends where this page ends (marked truncated).',
    ]);
    expect(
      report.pages[0]!.dropped.filter((d) => d.kind === 'jump-marker').map((d) => d.text),
    ).toEqual(['（下转第2版）', '（下转第三版）']);
    // The other story still finds its rest on page 3.
    expect(
      articles.find((a) => a.title === '市总工会部署春季劳动保护工作')?.paragraphs,
    ).toHaveLength(3);
  });
});

describe('joining parts', () => {
  const head = (page: number) => `2023年3月15日 星期三 第${page}版\n\n`;

  it('keeps the rest of a story as a story of its own when its first page is missing', async () => {
    const dir = folderWith({
      'p3.txt': `${head(3)}（上接第1版）各基层工会要把好事办实。\n\n海淀区举办法律咨询\n\n本报讯（记者 黄蕾）近日，咨询活动举行。\n`,
    });
    const { articles, report } = await ingest(dir);
    expect(articles.map((a) => [a.title, a.untitled, a.paragraphs])).toEqual([
      // An untitled story's title is its first sentence without the full stop.
      ['各基层工会要把好事办实', true, ['各基层工会要把好事办实。']],
      ['海淀区举办法律咨询', false, ['近日，咨询活动举行。']],
    ]);
    expect(report.pages[0]!.warnings).toEqual([
      'p3.txt:3: the text under （上接第1版） continues a story from page 1, but page 1 of the 2023-03-15 issue is not in the input; the marker was removed and the text is kept as a story of its own, 「各基层工会要把好事办实」.',
    ]);
  });

  it('follows a story over three pages', async () => {
    const dir = folderWith({
      'a.txt': `${head(1)}职工之家建设提速\n\n本报讯（记者 孟然）今年以来，全市新建职工之家三百余个，\n\n（下转第2版）\n`,
      'b.txt': `${head(2)}（上接第1版）覆盖建筑、物流等多个行业。各区还为职工之家配备了健身器材，（下转第3版）\n`,
      'c.txt': `${head(3)}（上接第2版）让职工下班后有了好去处。\n`,
    });
    const { articles, report } = await ingest(dir);
    expect(articles.map((a) => [a.origin.file, a.paragraphs, a.truncated])).toEqual([
      [
        'a.txt',
        [
          '今年以来，全市新建职工之家三百余个，覆盖建筑、物流等多个行业。各区还为职工之家配备了健身器材，让职工下班后有了好去处。',
        ],
        false,
      ],
    ]);
    expect(report.pages.map((p) => p.articles)).toEqual([[articles[0]!.id], [], []]);
    expect(report.pages.flatMap((p) => p.warnings)).toEqual([]);
  });

  it('pairs two stories continued on the same page by their repeated headlines', async () => {
    const dir = folderWith(
      {
        '1.txt': [
          '朝阳区职工篮球赛开赛',
          '本报讯（记者 白莹）近日，朝阳区职工篮球赛开赛，来自四十家单位的球队参赛。（转第2版）',
          '丰台区工会送法进工地',
          '本报讯（记者 韩冰）近日，丰台区总工会律师团走进建筑工地。（转第2版）',
        ].join('\n\n'),
        '2.txt': [
          '送法进工地',
          '（接第1版）律师们现场解答了工资支付等问题。',
          '职工篮球赛开赛',
          '（接第1版）比赛将持续一个月。',
        ].join('\n\n'),
      },
      [
        { file: '1.txt', date: '2023-03-15', page: 1 },
        { file: '2.txt', date: '2023-03-15', page: 2 },
      ],
    );
    const { articles } = await ingest(dir);
    expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
      [
        '朝阳区职工篮球赛开赛',
        ['近日，朝阳区职工篮球赛开赛，来自四十家单位的球队参赛。', '比赛将持续一个月。'],
      ],
      [
        '丰台区工会送法进工地',
        ['近日，丰台区总工会律师团走进建筑工地。', '律师们现场解答了工资支付等问题。'],
      ],
    ]);
  });

  it('does not join undated pages of different folders, nor a part printed before its start', async () => {
    const dir = folderWith({
      'a/1.txt': '标题甲\n\n本报讯（记者 白莹）近日，活动举行，\n\n（下转第2版）\n',
      'b/2.txt': '（上接第1版）职工踊跃参加。\n',
      'c/1.txt': '（上接第1版）比赛持续一周。\n',
      'c/2.txt': '标题乙\n\n本报讯（记者 白莹）近日，比赛开幕，\n\n（下转第2版）\n',
    });
    const { articles } = await ingest(dir);
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['近日，活动举行，'],
      ['职工踊跃参加。'],
      ['比赛持续一周。'],
      ['近日，比赛开幕，'],
    ]);
  });

  it('does not join pages of different dates', async () => {
    const dir = folderWith(
      {
        '1.txt': '标题甲\n\n本报讯（记者 白莹）近日，活动举行，\n\n（下转第2版）\n',
        '2.txt': '（上接第1版）职工踊跃参加。\n',
      },
      [
        { file: '1.txt', date: '2023-03-15', page: 1 },
        { file: '2.txt', date: '2023-03-16', page: 2 },
      ],
    );
    const { articles, report } = await ingest(dir);
    expect(articles.map((a) => a.paragraphs)).toEqual([['近日，活动举行，'], ['职工踊跃参加。']]);
    expect(report.pages.map((p) => p.warnings.length)).toEqual([1, 1]);
  });
});

describe('jump markers', () => {
  it('reads the outgoing marker in the forms papers print it, at the end of a line', () => {
    for (const [line, page, before] of [
      ['（下转第2版）', 2, ''],
      ['职工们纷纷表示（下转2版）', 2, '职工们纷纷表示'],
      ['（转第二版）', 2, ''],
      ['下转第12版', 12, ''],
      ['（下转第A2版）', 2, ''],
      ['要抓紧抓实。（下转第十二版左下）', 12, '要抓紧抓实。'],
    ] as const) {
      expect(parseJumpOut(line)).toMatchObject({ page, before });
    }
    expect(parseJumpOut('详见第2版的报道。')).toBeNull();
    expect(parseJumpOut('（下转第2版）的说法')).toBeNull();
  });

  it('reads the incoming marker at the start of a line, after a repeated headline or alone', () => {
    for (const [line, page, headline, after] of [
      ['（上接第1版）', 1, '', ''],
      ['（上接第一版）职工们纷纷表示，', 1, '', '职工们纷纷表示，'],
      ['上接第1版', 1, '', ''],
      ['（紧接第1版）', 1, '', ''],
      ['（接1版）会议要求，', 1, '', '会议要求，'],
      ['评价组赴昌平调研（上接第1版）', 1, '评价组赴昌平调研', ''],
    ] as const) {
      expect(parseJumpIn(line)).toMatchObject({ page, headline, after });
    }
    expect(parseJumpIn('会上，他说（上接第1版）')).toBeNull();
  });
});
