/**
 * A company or institution named by a short form in front of 工会 (宏岳建工集团
 * 工会, 润和济康医院工会, SkyBridge天桥数据公司工会) takes the fullest name the
 * story prints for that unit elsewhere, even where the full name is not followed
 * by 工会 (…项目总承包单位北京宏岳建工集团有限公司共同建设…): a reader knows
 * 宏岳建工集团 is 北京宏岳建工集团有限公司. The full name must hold the short
 * one's characters in order, start with the same distinctive characters (after
 * an optional 北京/北京市/district prefix) and end in an organisation word;
 * a longer name that only starts with the short one is a branch or subsidiary
 * (北京公交集团北巴传媒公司), not a spelling, unless what follows is a legal form.
 */
import { LEGAL_FORM } from './union-lexicon';

/** How far a printed name may run on after its distinctive start. */
const MAX_FULL_NAME = 32;
/** The ends of an organisation's name. */
const ORGANISATION_END =
  /(?:有限责任公司|股份有限公司|有限公司|公司|集团|医院|大学|学院|学校|中学|小学|研究院|研究所|中心|银行|酒店)$/u;
/** A Beijing prefix a full name may carry that the short form drops. */
const PREFIX = /(?:北京市|北京|中国)$/u;
/** Characters a name is made of; anything else ends it. */
const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9（）()·&-]/u;
const BEIJING_START = /^(?:北京市|北京|市)/u;

export function fullestPrintedName(core: string, text: string): string | undefined {
  const distinctive = core.replace(BEIJING_START, '');
  if (distinctive.length < 3 || !ORGANISATION_END.test(core)) return undefined;
  const head = distinctive.slice(0, 2);
  let best: string | undefined;
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const prefix = PREFIX.exec(text.slice(Math.max(0, at - 3), at))?.[0] ?? '';
    let end = at;
    while (end < text.length && end - at < MAX_FULL_NAME && NAME_CHAR.test(text[end]!)) end++;
    // The longest stretch from here that ends in an organisation word and holds the short form.
    for (let stop = end; stop > at + distinctive.length - 1; stop--) {
      const name = prefix + text.slice(at, stop);
      if (!ORGANISATION_END.test(name) || !isSubsequence(distinctive, name)) continue;
      if (name.length <= core.length || name === core) break;
      if (isBranch(core, name)) break;
      if (best === undefined || name.length > best.length) best = name;
      break;
    }
  }
  return best;
}

function isBranch(core: string, name: string): boolean {
  const bare = name.replace(BEIJING_START, '');
  const short = core.replace(BEIJING_START, '');
  return bare.startsWith(short) && !LEGAL_FORM.test(bare.slice(short.length));
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}
