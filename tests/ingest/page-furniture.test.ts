/**
 * Page furniture on hand-written pages modelled on real e-paper, print and
 * website copies (tests/fixtures/real-pages/furniture), and the furniture
 * stage's decisions on single lines.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFurniture } from '../../src/ingest/segment/furniture';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { extract, runPage } from './ingest-context';
import { BANNERS, SEEDS_DIR, expectedFor, readSeed, seedFiles, structureOf } from './seed-fixtures';
import { FRAME_STYLES, printedPageFor } from './page-furniture-variants';

const FIXTURES = join(import.meta.dirname, '../fixtures/real-pages/furniture');
const FURNITURE = new Set(['page-header', 'page-navigation', 'page-footer', 'page-guide']);

interface FurnitureFixture {
  banner: string[];
  header: Record<string, unknown>;
  furniture: { line: number; kind: string; text: string }[];
  articles: Parameters<typeof structureOf>[0][];
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe.each(fixtures)('real-page fixture %s', (file) => {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.json')), 'utf8'),
  ) as FurnitureFixture;
  const { articles, report } = runPage(file, readFileSync(join(FIXTURES, file)), BANNERS);

  it('yields exactly the stories, with no furniture in headlines or text', () => {
    expect(articles.map(structureOf)).toEqual(expected.articles.map(structureOf));
  });

  it('lists every furniture line in the report with its kind and line number', () => {
    const furniture = report.dropped.filter((d) => FURNITURE.has(d.kind));
    expect(furniture.map((d) => ({ line: d.line, kind: d.kind, text: d.text }))).toEqual(
      expected.furniture,
    );
    expect(report.banner).toEqual(expected.banner);
    expect(report.orphanHeadings).toEqual([]);
    expect(report.dropped.filter((d) => d.kind === 'unassigned-text')).toEqual([]);
  });

  it('takes the page metadata from the header', () => {
    expect(report.header).toEqual(expected.header);
    for (const a of articles) expect(a.date).toBe(expected.header.date);
  });
});

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const furnitureOf = (...texts: string[]) =>
  readFurniture(lines(...texts)).furniture.map((f) => [f.text, f.kind]);

describe('the furniture stage', () => {
  it('reads the running head in the forms papers print it', () => {
    for (const [line, header] of [
      [
        '2023年2月10日 星期五 第3版 区县工会',
        { date: '2023-02-10', page: 3, pageName: '区县工会' },
      ],
      ['第03版：区县工会', { page: 3, pageName: '区县工会' }],
      ['A3版（要闻）', { page: 3, pageName: '要闻' }],
      ['二〇二三年二月十日 星期五 第十二版', { date: '2023-02-10', page: 12 }],
      ['《工人日报》（2023年02月10日 03版）', { date: '2023-02-10', page: 3, paper: '工人日报' }],
      ['第8686期：第01版 首版', { page: 1, pageName: '首版' }],
      ['出版日期：2023-02-10', { date: '2023-02-10' }],
      [
        '4 2023年2月10日 星期五 责编 王小明 美编 李红 要闻',
        { date: '2023-02-10', page: 4, pageName: '要闻' },
      ],
      [
        '劳动午报 2025.03.19 星期三 07 基层风采',
        { date: '2025-03-19', page: 7, pageName: '基层风采', paper: '劳动午报' },
      ],
    ] as const) {
      const page = readFurniture(lines(line, '本报讯（记者 白莹）近日，活动举行。'));
      expect(page.header).toEqual(header);
      expect(page.lines.map((l) => l.text)).toEqual(['本报讯（记者 白莹）近日，活动举行。']);
    }
  });

  it('takes a bar listing several pages or issues for navigation, not for this page’s number or date', () => {
    const page = readFurniture(
      lines(
        '第01版：要闻 第02版：综合新闻 第03版：区县工会',
        '上一期 2023-02-09 下一期 2023-02-11',
        '第3版 区县工会',
        '标题',
      ),
    );
    expect(page.furniture.map((f) => f.kind)).toEqual([
      'page-navigation',
      'page-navigation',
      'page-header',
    ]);
    expect(page.header).toEqual({ page: 3, pageName: '区县工会' });
  });

  it('takes the titles listed under an e-paper’s 标题导航 bar for navigation', () => {
    expect(
      furnitureOf(
        '第3版：区县工会',
        '本版标题导航',
        '丰台区工会送清凉',
        '西城区职工书屋开放',
        '丰台区工会送清凉',
        '本报讯（记者 韩冰）近日，活动举行。',
        '西城区职工书屋开放',
        '本报讯（记者 韩冰）近日，书屋开放。',
      ),
    ).toEqual([
      ['第3版：区县工会', 'page-header'],
      ['本版标题导航', 'page-navigation'],
      ['丰台区工会送清凉', 'page-guide'],
      ['西城区职工书屋开放', 'page-guide'],
    ]);
  });

  it('never takes the website’s own clock (今天是…) for the paper’s date', () => {
    const page = readFurniture(lines('今天是2023年5月7日 星期日', '第2版 要闻', '标题'));
    expect(page.header).toEqual({ page: 2, pageName: '要闻' });
  });

  it('takes a page line (the page’s number and name alone) under the date for the page, not a story', () => {
    const page = readFurniture(
      lines(
        '2025年3月19日 星期三',
        '7 地方工会',
        '北京顺义：骑手驿站添了充电柜',
        '近日，活动举行。',
      ),
    );
    expect(page.header).toEqual({ date: '2025-03-19', page: 7, pageName: '地方工会' });
    expect(page.lines.map((l) => l.text)).toEqual([
      '北京顺义：骑手驿站添了充电柜',
      '近日，活动举行。',
    ]);
  });

  it('keeps the 来源 of a website date line without the site’s print and close links', () => {
    const page = readFurniture(
      lines(
        '标题',
        '日期：2025-03-07 来源：北京市西城区人民政府德胜街道办事处 打印页面 关闭页面',
        '正文。',
      ),
    );
    expect(page.lines.map((l) => l.text)).toEqual([
      '标题',
      '来源：北京市西城区人民政府德胜街道办事处',
      '正文。',
    ]);
    expect(page.furniture).toEqual([
      { no: 2, text: '日期：2025-03-07 打印页面 关闭页面', kind: 'page-header' },
    ]);
  });

  it('keeps the 来源 of a website meta line for the story and drops the rest', () => {
    const page = readFurniture(
      lines('标题', '发布时间：2023-04-12 10:20 来源：北京市总工会 浏览次数：88', '正文。'),
    );
    expect(page.lines.map((l) => [l.no, l.text])).toEqual([
      [1, '标题'],
      [2, '来源：北京市总工会'],
      [3, '正文。'],
    ]);
    expect(page.furniture).toEqual([
      { no: 2, text: '发布时间：2023-04-12 10:20 浏览次数：88', kind: 'page-header' },
    ]);
  });

  it('leaves a notice’s 时间 line and signature date in the story', () => {
    const notice = [
      '关于开展职工健步走活动的通知',
      '活动时间：2023年4月15日',
      '请各基层工会认真组织。',
      '北京市某区总工会',
      '2023年3月1日',
    ];
    expect(readFurniture(lines(...notice)).furniture).toEqual([]);
  });

  it('takes a short line under 第3版 for the page name, but not a headline right above its lead', () => {
    expect(
      furnitureOf('第3版', '区县工会', '职工运动会开幕', '本报讯（记者 白莹）近日，活动举行。'),
    ).toEqual([
      ['第3版', 'page-header'],
      ['区县工会', 'page-header'],
    ]);
    expect(furnitureOf('第3版', '职工风采', '本报讯（记者 白莹）近日，活动举行。')).toEqual([
      ['第3版', 'page-header'],
    ]);
  });

  it('takes a paper’s name or a bare date as furniture only at the top or foot of the page', () => {
    const middle = readFurniture(
      lines('标题', '本报讯（记者 白莹）近日，活动举行。', '工人日报', '2023年2月10日', '正文。'),
    );
    expect(middle.furniture).toEqual([]);
  });

  it('ends a 本版导读 list at the first line that is neither a marked item nor a title printed lower down', () => {
    expect(
      furnitureOf(
        '本版导读',
        '朝阳区职工运动会开幕',
        '·海淀区举办技能竞赛 3版',
        '工会动态',
        '△某区总工会举办培训班，80余人参加。（通讯员 李明）',
        '朝阳区职工运动会开幕',
        '本报讯（记者 白莹）近日，活动举行。',
      ),
    ).toEqual([
      ['本版导读', 'page-guide'],
      ['朝阳区职工运动会开幕', 'page-guide'],
      ['·海淀区举办技能竞赛 3版', 'page-guide'],
    ]);
  });

  it('recognises the paper’s imprint at the foot of its last page', () => {
    expect(
      furnitureOf('正文。', '本报地址：北京市丰台区某路12号 邮政编码：100079 定价：1.00元'),
    ).toEqual([['本报地址：北京市丰台区某路12号 邮政编码：100079 定价：1.00元', 'page-footer']]);
  });

  it('recognises the editors’ line with or without colons, and a web editor after the last sentence', () => {
    expect(
      furnitureOf(
        '正文。',
        '责任编辑 周敏 美术编辑 吴桐 校对 郑岚',
        '审核 通过',
        '编辑部开展读书活动',
        '最后一句。（责任编辑：周敏）',
      ),
    ).toEqual([
      ['责任编辑 周敏 美术编辑 吴桐 校对 郑岚', 'page-footer'],
      ['（责任编辑：周敏）', 'page-footer'],
    ]);
  });
});

describe('page metadata from the header across a folder', () => {
  const taxonomy = loadEventTaxonomy();

  async function ingest(files: Record<string, string>, banners: string[] = []) {
    const input = mkdtempSync(join(tmpdir(), 'furniture-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(input, name), text);
    const bannersFile = join(input, '.banners.json');
    writeFileSync(bannersFile, JSON.stringify(banners));
    const output = mkdtempSync(join(tmpdir(), 'furniture-out-'));
    return runIngest({ input, output, taxonomy, extract, bannersFile });
  }

  it('detects a banner printed under every page’s running head, with no known banners', async () => {
    const [, style] = FRAME_STYLES[0]!;
    const files = Object.fromEntries(
      seedFiles().map((f, i) => [f, style(readSeed(f), printedPageFor(i)).text]),
    );
    const { articles, report } = await ingest(files);
    expect(report.pages.map((p) => p.banner)).toEqual(
      seedFiles().map((f) => expectedFor(f).banner),
    );
    expect(articles.map(structureOf)).toEqual(
      seedFiles().flatMap((f) => expectedFor(f).articles.map(structureOf)),
    );
    expect(report.pages.map((p) => p.page?.date)).toEqual(
      seedFiles().map((_, i) => printedPageFor(i).date),
    );
  });

  it('prefers pages.json to the header and says where they disagree', async () => {
    const file = seedFiles()[0]!;
    const input = mkdtempSync(join(tmpdir(), 'furniture-'));
    copyFileSync(join(SEEDS_DIR, file), join(input, 'plain.txt'));
    writeFileSync(
      join(input, file),
      `劳动午报\n2023年2月10日 星期五 第3版 区县工会\n${readSeed(file)}`,
    );
    writeFileSync(
      join(input, 'pages.json'),
      JSON.stringify([{ file, date: '2023-02-11', page: 3 }]),
    );
    const output = mkdtempSync(join(tmpdir(), 'furniture-out-'));
    const { report, articles } = await runIngest({
      input,
      output,
      taxonomy,
      extract,
      bannersFile: join(import.meta.dirname, '../../data/banners.json'),
    });
    const page = report.pages.find((p) => p.file === file)!;
    expect(page.page).toEqual({
      date: '2023-02-11',
      dateSource: 'pages.json',
      number: 3,
      name: '区县工会',
      paper: '劳动午报',
    });
    expect(page.header).toMatchObject({ date: '2023-02-10', page: 3 });
    expect(page.warnings.join('\n')).toMatch(
      new RegExp(
        `${file}: pages.json gives date 2023-02-11 but the page's header prints 2023-02-10`,
      ),
    );
    expect(articles.find((a) => a.origin.file === file)).toMatchObject({
      date: '2023-02-11',
      dateSource: 'pages.json',
    });
    // A page without header or pages.json entry has no date at all.
    expect(articles.find((a) => a.origin.file === 'plain.txt')?.date).toBeUndefined();
  });
});
