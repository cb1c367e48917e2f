/**
 * Recognisers for the kinds of line a page holds. They only look at one line
 * (or two, for a credit broken over a line end); grouping lines into articles
 * is segment-page.ts's job.
 */
import { endsSentence } from '../normalize/punctuation';

const NAME = '[\\u4e00-\\u9fa5·]{2,5}';
const NAMES = `${NAME}(?:[ 、，]${NAME})*`;
const ROLE = '(?:本报|特约)?(?:实习)?记者|通讯员|摄影';
const CREDIT_PART = `(?:${ROLE}) ?${NAMES}`;

/** 本报讯（记者 X 通讯员 Y）正文… and dated variants such as 本报北京1月5日讯（…）. */
const LEAD = /^(本报(?:[^\s（(]{0,16})?讯)\s*[（(]([^）)]{1,60})[）)]\s*(.*)$/u;
/** A credit line on its own: 本报记者 孙妍 通讯员 孙钰 摄影报道 / 实习记者 曹立栋 摄. */
const CREDIT_LINE = new RegExp(`^(${CREDIT_PART}(?: ${CREDIT_PART})*) ?(摄影报道|摄)$`, 'u');
/** The first half of a credit broken over two lines: 本报记者 崔欣 */
const CREDIT_HEAD = new RegExp(`^${CREDIT_PART}(?: ${CREDIT_PART})*$`, 'u');
/** A credit printed at the end of a paragraph: …奋斗故事。 本报记者 孙妍 摄 */
const TRAILING_CREDIT = new RegExp(
  `^(.*[。！？”’）])\\s*(${CREDIT_PART}(?: ${CREDIT_PART})*) ?(摄影报道|摄)$`,
  'u',
);

export interface Lead {
  dateline: string;
  credit: string;
  rest: string;
}

export function parseLead(text: string): Lead | null {
  const m = LEAD.exec(text);
  if (!m) return null;
  return { dateline: m[1]!, credit: m[2]!.trim(), rest: m[3]!.trim() };
}

export interface Credit {
  /** The credit as printed, e.g. 本报记者 孙妍 通讯员 孙钰 摄影报道 */
  raw: string;
  people: string;
  /** 摄影报道 marks a photo item; 摄 alone is a photo credit inside a story. */
  photoReport: boolean;
}

export function parseCreditLine(text: string): Credit | null {
  const m = CREDIT_LINE.exec(text);
  if (!m) return null;
  return { raw: text, people: m[1]!, photoReport: m[2] === '摄影报道' };
}

export function isCreditHead(text: string): boolean {
  return CREDIT_HEAD.test(text) && !CREDIT_LINE.test(text);
}

export function splitTrailingCredit(text: string): { body: string; credit: Credit } | null {
  if (!text.endsWith('摄') && !text.endsWith('摄影报道')) return null; // cheap test before the regex
  const m = TRAILING_CREDIT.exec(text);
  if (!m) return null;
  const raw = text.slice(m[1]!.length).trim();
  return { body: m[1]!, credit: { raw, people: m[2]!, photoReport: m[3] === '摄影报道' } };
}

/**
 * Headline lines are short and carry no sentence punctuation. A body fragment
 * left by a column break (随后，该地区工会工作人员) usually has a comma, which
 * is what keeps it out; segment-page.ts handles the fragments that don't.
 */
export function looksLikeHeadline(text: string): boolean {
  const length = Array.from(text).length;
  if (length < 2 || length > 64) return false;
  if (/[，。；：！？,;:!?、]/u.test(text)) return false;
  if (endsSentence(text)) return false;
  if (parseLead(text) || parseCreditLine(text) || isCreditHead(text)) return false;
  return true;
}
