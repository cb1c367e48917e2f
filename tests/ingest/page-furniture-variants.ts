/**
 * Print a seed page the way papers and their exports frame it: a running
 * head above (date, 版次, page name, paper) and the editors' line or site
 * footer below, in the forms real e-paper and website copies use. The lines
 * added are returned too, so tests can check each one lands in the report.
 */

export interface PrintedPage {
  /** YYYY-MM-DD */
  date: string;
  page: number;
  name: string;
  paper: string;
}

export interface Framed {
  text: string;
  /** The furniture lines added, as the ingest should report them. */
  added: string[];
  /** What the header says about the page (fields the style prints). */
  header: { date?: string; page?: number; pageName?: string; paper?: string };
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function weekday(date: string): string {
  const [y, m, d] = parts(date);
  return `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 12 → 十二, 20 → 二十, 3 → 三 (counts up to 99, as months, days and pages need). */
function chineseCount(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

function chineseDate(date: string): string {
  const [y, m, d] = parts(date);
  const year = Array.from(String(y), (c) => CN_DIGITS[Number(c)]).join('');
  return `${year}年${chineseCount(m)}月${chineseCount(d)}日`;
}

function ymd(date: string): string {
  const [y, m, d] = parts(date);
  return `${y}年${m}月${d}日`;
}

export type FrameStyle = (seed: string, p: PrintedPage) => Framed;

/** The seed's text starts with blank lines and its banner; a header goes above it. */
function frame(seed: string, head: string[], foot: string[], header: Framed['header']): Framed {
  return {
    text: `${head.join('\n')}\n${seed.trimEnd()}\n\n${foot.join('\n\n')}\n`,
    added: [...head, ...foot].filter((l) => l.trim() !== ''),
    header,
  };
}

export const FRAME_STYLES: [string, FrameStyle][] = [
  [
    'a printed running head and an editors’ line',
    (seed, p) =>
      frame(
        seed,
        [p.paper, '', `${ymd(p.date)} ${weekday(p.date)} 第${p.page}版 ${p.name}`],
        ['责任编辑：周敏 美术编辑：吴桐 校对：郑岚'],
        { date: p.date, page: p.page, pageName: p.name, paper: p.paper },
      ),
  ],
  [
    'an e-paper export with its navigation bar and site footer',
    (seed, p) =>
      frame(
        seed,
        [
          `第${pad(p.page)}版：${p.name}`,
          '3上一版 下一版4',
          `${p.paper} ${p.date.replace(/-/g, '.')} ${weekday(p.date)}`,
        ],
        ['返回目录 打印本页', `主办：${p.paper}社 版权所有 京ICP备00000000号`],
        { date: p.date, page: p.page, pageName: p.name, paper: p.paper },
      ),
  ],
  [
    'a website copy with the paper’s credit line, font switch and bracketed editor',
    (seed, p) =>
      frame(
        seed,
        [`《${p.paper}》（${ymd(p.date)} ${pad(p.page)}版）`, '【字体：大 中 小】'],
        ['（责任编辑：周敏）', '分享到：微信 微博 QQ空间'],
        { date: p.date, page: p.page, paper: p.paper },
      ),
  ],
  [
    'a running head broken over several lines',
    (seed, p) =>
      frame(
        seed,
        [ymd(p.date), weekday(p.date), p.paper, `第${p.page}版`, p.name],
        ['本版编辑 周敏', p.paper],
        { date: p.date, page: p.page, pageName: p.name, paper: p.paper },
      ),
  ],
  [
    'a running head in Chinese numerals under the banner',
    (seed, p) => {
      const head = `${chineseDate(p.date)} ${weekday(p.date)} 第${chineseCount(p.page)}版（${p.name}）`;
      const [banner, ...rest] = seed.trimStart().split('\n');
      return {
        text: `${banner}\n${head}\n${rest.join('\n').trimEnd()}\n\n编辑：周敏 校对：郑岚 审核：吴桐\n`,
        added: [head, '编辑：周敏 校对：郑岚 审核：吴桐'],
        header: { date: p.date, page: p.page, pageName: p.name },
      };
    },
  ],
];

/** A different issue date, page number and page name for each seed page. */
export function printedPageFor(index: number): PrintedPage {
  const names = ['区县工会', '要闻', '基层动态', '职工生活', '综合新闻'];
  return {
    date: `2023-0${1 + (index % 9)}-${pad(3 + index * 5)}`,
    page: 1 + ((index * 3) % 12),
    name: names[index % names.length]!,
    paper: index % 2 === 0 ? '劳动午报' : '工人日报',
  };
}
