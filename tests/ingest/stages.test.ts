import { describe, expect, it } from 'vitest';
import { decodePage, PageDecodeError } from '../../src/ingest/normalize/decode';
import { normalizePage } from '../../src/ingest/normalize/punctuation';
import { looksLikeHeadline } from '../../src/ingest/segment/classify';
import { parseCreditLine, splitTrailingCredit } from '../../src/ingest/segment/credit-lines';
import { parseLead } from '../../src/ingest/segment/leads';
import { dropRepeats, joinColumnBreaks, RepeatMemory } from '../../src/ingest/repair/paragraphs';
import { parseCreditPeople } from '../../src/ingest/repair/byline';
import { headlineRoles } from '../../src/ingest/repair/headlines';
import { gb18030 } from './page-variants';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('decode', () => {
  it('reads GB18030 pages that are not valid UTF-8', () => {
    expect(decodePage(gb18030('本报讯（记者 白莹）近日'))).toEqual({
      text: '本报讯（记者 白莹）近日',
      encoding: 'gb18030',
    });
  });
  it('refuses files with NUL bytes as binary', () => {
    expect(() => decodePage(new Uint8Array([0x41, 0, 0x42]))).toThrow(PageDecodeError);
  });
});

describe('normalize', () => {
  it('restores full-width punctuation between Chinese characters but keeps decimals', () => {
    const { lines: out } = normalizePage('达94.58%.会上,他说:"要推进"产改"工作(试点)!"');
    expect(out[0]?.text).toBe('达94.58%。会上，他说：“要推进”产改“工作（试点）！”');
  });
  it('keeps a quote opened before a column break open on the next line', () => {
    const { lines: out } = normalizePage('推介"北京\n\n工会i会员"小程序.');
    expect(out.map((l) => l.text)).toEqual(['推介“北京', '工会i会员”小程序。']);
    expect(out.map((l) => l.no)).toEqual([1, 3]);
  });
});

describe('classify', () => {
  it('parses leads with and without a space after the bracket, and 实习记者', () => {
    expect(parseLead('本报讯（记者 周美玉 通讯员 王星月） 近日，北京市')).toMatchObject({
      dateline: '本报讯',
      credit: '记者 周美玉 通讯员 王星月',
      rest: '近日，北京市',
    });
    expect(parseLead('本报讯（实习记者 宗晓畅）近日')?.credit).toBe('实习记者 宗晓畅');
  });
  it('tells photo-report credits from plain photo credits', () => {
    expect(parseCreditLine('本报记者 孙妍 通讯员 孙钰 摄影报道')).toMatchObject({
      kind: 'photo',
      report: true,
    });
    expect(parseCreditLine('实习记者 曹立栋 摄')).toMatchObject({ kind: 'photo', report: false });
    expect(parseCreditLine('本报记者在现场采访')).toBeNull();
  });
  it('splits a credit printed at the end of a paragraph', () => {
    expect(splitTrailingCredit('现场讲述自己的奋斗故事。 本报记者 孙妍 摄')).toMatchObject({
      body: '现场讲述自己的奋斗故事。',
      credit: { raw: '本报记者 孙妍 摄', people: { reporters: ['孙妍'] } },
    });
  });
  it('does not take a body fragment with a comma for a headline', () => {
    expect(looksLikeHeadline('随后，该地区工会工作人员')).toBe(false);
    expect(looksLikeHeadline('走访慰问 联乡帮扶村')).toBe(true);
  });
});

describe('repair', () => {
  it('joins pieces cut mid-word by a column break and keeps finished paragraphs apart', () => {
    const { paragraphs, joins } = joinColumnBreaks(
      lines('素质上提', '高、权益上维护。', '会上，昌平区总工会汇报。'),
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      '素质上提高、权益上维护。',
      '会上，昌平区总工会汇报。',
    ]);
    expect(joins).toEqual([{ line: 2, seam: '素质上提|高、权益上维' }]);
  });
  it('drops a repeat that starts mid-sentence and an exact repeat', () => {
    const p = (text: string) => ({ text, lines: [1] });
    const { kept, dropped } = dropRepeats(
      [
        p('他指出，要进一步加强组织领导，拧成一股绳。'),
        p('进一步加强组织领导，拧成一股绳。'),
        p('他指出，要进一步加强组织领导，拧成一股绳。'),
      ],
      new RepeatMemory(),
    );
    expect(kept).toHaveLength(1);
    expect(dropped).toHaveLength(2);
  });
  it('reads bylines with or without spaces between role and name', () => {
    expect(parseCreditPeople('记者周美玉通讯员王星月')).toEqual({
      reporters: ['周美玉'],
      correspondents: ['王星月'],
    });
    expect(parseCreditPeople('本报记者 盛丽 通讯员 李文汐 任闻')).toEqual({
      reporters: ['盛丽'],
      correspondents: ['李文汐', '任闻'],
    });
  });
  it('picks the title of a two-line headline group by its shape', () => {
    expect(
      headlineRoles([
        '西城区围绕产业工人特点和需求谋划推进改革 激发广大产业工人主人翁意识',
        '以“产改”凝聚职工推动高质量发展强大合力',
      ]),
    ).toEqual(['kicker', 'title']);
    expect(
      headlineRoles(['昌平区总工会成立7个创新工作室联盟', '提出有效建议100余条 解决操作难题70个']),
    ).toEqual(['title', 'subtitle']);
  });
});

describe('banners', () => {
  it('strips a banner only at the top of a page, not a recurring headline lower down', async () => {
    const { segmentPage } = await import('../../src/ingest/segment/segment-page');
    const banner = '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面';
    const page = segmentPage(
      lines(
        banner,
        '朝阳区举办职工知识竞赛',
        '本报讯（记者 刘欣欣）近日，竞赛举行。',
        banner,
        '本报讯（记者 白莹）近日，活动举行。',
      ),
      new Set([banner]),
    );
    expect(page.banner.map((l) => l.text)).toEqual([banner]);
    expect(page.articles.map((a) => a.headlines.map((h) => h.text))).toEqual([
      ['朝阳区举办职工知识竞赛'],
      [banner],
    ]);
  });
});

describe('banner detection', () => {
  it('takes a first line shared by many pages for a banner, but not a headline that opens two of a hundred', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { detectBanners } = await import('../../src/ingest/input/banners');
    const dir = mkdtempSync(join(tmpdir(), 'banners-'));
    const paths = Array.from({ length: 100 }, (_, i) => {
      const first =
        i < 2
          ? '市推进产业工人队伍建设改革工作评价组赴昌平调研'
          : i < 60
            ? '奋进新征程 建功新时代'
            : `第${i}版要闻`;
      const path = join(dir, `${i}.txt`);
      writeFileSync(path, `${first}\n\n本报讯（记者 白莹）近日，活动举行。\n`);
      return path;
    });
    expect([...detectBanners(paths, [])]).toEqual(['奋进新征程 建功新时代']);
  });
});
