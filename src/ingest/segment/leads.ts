/**
 * The lead: the dateline and credit a news story opens with, printed before
 * the first words of its text. Forms seen in union news:
 *   本报讯（记者 X）…, 本报讯(记者 X)…, 本报讯 近日…, 本报北京2月10日讯（记者 X）…,
 *   本报2月10日电…, 中工网讯（通讯员 X）…, 新华社北京2月10日电（记者 X）…,
 *   又讯（记者 X）… (a second item under the same headline),
 *   据《北京日报》报道，… (the source), （特约记者 X）日前，… (credit only),
 *   工人日报-中工网记者 X 通讯员 Y 近日，… (credit printed inline).
 */
import { OUTLET, readCredit } from './credit-grammar';

export interface Lead {
  /** The dateline as printed (本报讯, 本报北京2月10日讯, 新华社北京2月10日电, 又讯, 据X报道); '' for a credit-only lead. */
  dateline: string;
  /** The credit inside the brackets or printed inline; '' when there is none. */
  credit: string;
  /** The text after the dateline and credit: the start of the first paragraph. */
  rest: string;
  /** The printed prefix taken off the text, kept in byline.raw. */
  raw: string;
  /** 又讯: a second item under the headline above. */
  continuation: boolean;
  /** 据X报道: X is the story's source. */
  source?: string;
  /**
   * Strong leads (a dateline or a credit bracket) always start a story. Weak
   * ones (据X报道, an inline credit) also open ordinary paragraphs, so they
   * only start a story right under a headline or after a finished story.
   */
  strong: boolean;
}

const CJK = '\\u4e00-\\u9fa5';
const DATE = '(?:\\d{1,2}月\\d{1,2}日)?';
/** Where the story was filed: a place of a few characters that is not a role word. */
const PLACE = `(?:(?!记者|通讯)[${CJK}]){0,6}?`;
const NAMED_OUTLET =
  '(?:新华社|中新社|中工网|京工网|人民网|新华网|央视网|央广网|中新网|中国新闻网|千龙网|光明网|北青网|北京日报客户端|工人日报客户端|北京日报|北京晚报|北京青年报|劳动午报|工人日报|人民日报|光明日报|经济日报|中国青年报|法治日报|首都之窗)';
/** 本报…讯/电 and the named outlets: any text may follow. */
const OWN_DATELINE = new RegExp(
  `^(?:本报${PLACE}${DATE}(?:讯|电)|${NAMED_OUTLET}${PLACE}${DATE}(?:讯|电|消息))`,
  'u',
);
/** Other outlets (…网, …报, …社): only before a bracket, a space or the line end, so 国网北京电力… is text. */
const OTHER_DATELINE = new RegExp(
  `^[${CJK}]{2,8}?(?:网|报|社|台)${PLACE}${DATE}(?:讯|电)(?=[\\s（(]|$)`,
  'u',
);
const CREDIT_BRACKET = /^\s*[（(]([^（()）]{1,60})[）)]/u;
const CONTINUATION = /^又讯(?=[\s（(]|[\u4e00-\u9fa5“]|$)/u;
const REPORTED = new RegExp(
  `^据(《[^》]{1,20}》|[${CJK}]{2,12}?)${DATE}(?:报道|消息)[，,]\\s*`,
  'u',
);
/** Lines that may be the first piece of a lead cut by a column break. */
const LEAD_START = new RegExp(
  `^(?:本报|又讯|${NAMED_OUTLET}|[（(](?:${OUTLET})?(?:特约|首席|全媒体|融媒体|见习|实习)?(?:记者|通讯员))`,
  'u',
);

export function parseLead(text: string): Lead | null {
  const continuation = CONTINUATION.exec(text);
  if (continuation) return afterDateline(text, continuation[0], true);
  // Cheap test first: a dateline has 讯, 电 or 消息 within its first characters.
  const head = text.slice(0, 32);
  const mayHaveDateline = head.includes('讯') || head.includes('电') || head.includes('消息');
  const dateline = mayHaveDateline ? (OWN_DATELINE.exec(text) ?? OTHER_DATELINE.exec(text)) : null;
  if (dateline) return afterDateline(text, dateline[0], false);
  const reported = text.startsWith('据') ? REPORTED.exec(text) : null;
  if (reported) {
    const rest = text.slice(reported[0].length).trim();
    if (!rest) return null;
    const dl = reported[0].replace(/[，,]\s*$/u, '');
    return {
      dateline: dl,
      credit: '',
      rest,
      raw: reported[0].trim(),
      continuation: false,
      source: reported[1]!.replace(/^《(.+)》$/u, '$1'),
      strong: false,
    };
  }
  const bracket = CREDIT_BRACKET.exec(text);
  if (bracket) {
    const rest = text.slice(bracket[0].length).trim();
    const credit = bracket[1]!.trim();
    if (rest && readCredit(credit, { bare: 'reject', units: false })) {
      return {
        dateline: '',
        credit,
        rest,
        raw: bracket[0].trim(),
        continuation: false,
        strong: true,
      };
    }
    return null;
  }
  const inline = splitInlineCredit(text);
  if (inline) return { dateline: '', ...inline, continuation: false, strong: false };
  return null;
}

function afterDateline(text: string, dateline: string, continuation: boolean): Lead {
  let at = dateline.length;
  let credit = '';
  const bracket = CREDIT_BRACKET.exec(text.slice(at));
  if (bracket) {
    credit = bracket[1]!.trim();
    at += bracket[0].length;
  }
  let rest = text.slice(at).trim();
  if (!bracket) {
    // 本报讯 记者 X 通讯员 Y 近日，… : a credit printed without brackets.
    const inline = splitInlineCredit(rest);
    if (inline) {
      credit = inline.credit;
      rest = inline.rest;
    }
  }
  // 中工网讯 据劳动午报消息，…: a site passing on another paper's story names it as the source.
  const reported = rest.startsWith('据') ? REPORTED.exec(rest) : null;
  let source: string | undefined;
  if (reported && rest.length > reported[0].length) {
    source = reported[1]!.replace(/^《(.+)》$/u, '$1');
    rest = rest.slice(reported[0].length).trim();
  }
  const raw = text.slice(0, text.length - rest.length).trim();
  return { dateline, credit, rest, raw, continuation, strong: true, ...(source ? { source } : {}) };
}

/**
 * `工人日报-中工网记者 X 通讯员 Y 近日，…`: the leading space-separated words
 * that read as a credit (a role word first), then the text. The text must
 * hold punctuation, so a byline line on its own is left to credit-lines.ts.
 */
function splitInlineCredit(text: string): { credit: string; rest: string; raw: string } | null {
  const head = text.slice(0, 16); // cheap test first: this runs on every line
  if (!head.includes('记者') && !head.includes('通讯员')) return null;
  if (!/^(?:[\u4e00-\u9fa5-]{0,12})?(?:记者|通讯员)/u.test(text)) return null;
  const words = text.split(' ');
  for (let k = Math.min(words.length - 1, 8); k >= 1; k--) {
    let rest = words.slice(k).join(' ');
    if (!/[，。、；：！？]/u.test(rest)) continue;
    const credit = words.slice(0, k).join(' ');
    if (readCredit(credit, { bare: 'reject', units: false })) {
      // 记者 X 报道：… / 记者 X 报道 近日…: 报道 closes the credit.
      const reported = /^报[道导][：:]?\s*/u.exec(rest);
      if (reported) rest = rest.slice(reported[0].length);
      return { credit, rest, raw: text.slice(0, text.length - rest.length).trim() };
    }
  }
  return null;
}

/**
 * The first piece of a lead cut by a column break (本报讯（记者 边磊 通讯员 /
 * 王小彤）近日，…, 本报北京2月1 / 0日讯…): it opens like a lead but does not
 * parse, and has no finished sentence.
 */
export function couldBeCutLead(text: string): boolean {
  return LEAD_START.test(text) && text.length <= 60 && !/[。！？]/u.test(text);
}
