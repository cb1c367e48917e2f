/**
 * Lines (and line ends) that credit people or a source rather than tell the
 * story: a byline above the text (□本报记者 X, 文/X 图/Y), names or a unit at
 * the end (（张衍 桂子）, （北京邮政工会）, 本报记者 X), a source (来源：X,
 * （据新华社）), an editor (责编：X), 完, and photo credits (X 摄, 摄影报道).
 * Whether a byline-shaped line opens the story below or closes the one above
 * is decided by segment-page.ts from its position.
 */
import { endsSentence } from '../normalize/punctuation';
import { readCredit, type CreditPeople } from './credit-grammar';

export type CreditLine =
  /** People with roles, or a byline marked with □: above the text or at the end. */
  | { kind: 'people'; raw: string; people: CreditPeople }
  /** 摄 names photographers; 摄影报道 names writers and photographers and marks a photo item. */
  | { kind: 'photo'; raw: string; people: CreditPeople; report: boolean }
  /**
   * 来源：X, （据新华社）, （北京邮政工会）: the story's source. `released`: a
   * picture's agency (新华社发), printed under a photo like a photo credit.
   */
  | { kind: 'source'; raw: string; source: string; people: CreditPeople; released?: boolean }
  | { kind: 'editor'; raw: string; people: CreditPeople }
  /** （完） */
  | { kind: 'end-mark'; raw: string };

const BULLET = /^[□■●◆▲△◇○☆★◎]\s*/u;
const SOURCE_KEY = /^(?:稿件来源|信息来源|文章来源|新闻来源|来源|转自|供稿单位|供稿)[：:]\s*(.+)$/u;
/** 来源：X 作者：Y: a second key makes it a publication line (classify.ts's parseMetaLine). */
const SECOND_KEY = /\s(?:作者|编辑|责任编辑|日期|时间|发布时间|浏览|点击)[：:]/u;
const REPORTED_BY = /^据(.{2,24}?)(?:\d{1,2}月\d{1,2}日)?(?:报道|消息|电)?$/u;
const EDITOR_LINE = /^(?:责任编辑|责编|编辑|美术编辑|美编|校对|审核|审校|终审|初审)[：:]/u;
const PHOTO_TAIL = /\s*(摄影报道|摄)$/u;
/** 新华社发: a picture released by an agency, the agency is the source. */
const RELEASED_BY = /^(新华社|中新社|人民视觉|视觉中国)发(?:[（(][^）)]*[）)])?$/u;

/** Cheap first test: credit lines are short and never end a sentence with 。！？. */
function couldBeCredit(text: string): boolean {
  return text.length <= 80 && !/[。！？]/u.test(text);
}

function cleanSource(name: string): string {
  return name.replace(/^《(.+)》$/u, '$1').trim();
}

/**
 * A line holding only a credit, or null. `（…）` lines are end credits: names
 * without a role are authors, units are the source.
 */
export function parseCreditLine(text: string): CreditLine | null {
  if (!couldBeCredit(text)) return null;
  const bracketed = /^[（(](.+)[）)]$/u.exec(text);
  if (bracketed) return parseBracketCredit(bracketed[1]!.trim(), text);
  const source = SOURCE_KEY.exec(text);
  if (source) return SECOND_KEY.test(source[1]!) ? null : sourceLine(text, source[1]!);
  if (EDITOR_LINE.test(text)) {
    const people = readCredit(text, { bare: 'reject', units: true });
    return people ? { kind: 'editor', raw: text, people } : null;
  }
  const bullet = BULLET.exec(text);
  const body = bullet ? text.slice(bullet[0].length) : text;
  const photo = body.endsWith('摄') || body.endsWith('摄影报道') ? PHOTO_TAIL.exec(body) : null;
  if (photo) {
    const names = body.slice(0, photo.index);
    // Bare names need a space before 摄 (王小伍 摄), so 全员参与拍摄 is no credit.
    const spaced = /\s$/u.test(body.slice(0, body.length - photo[1]!.length));
    const people = readCredit(names, { bare: spaced ? 'author' : 'reject', units: false });
    if (!people) return null;
    return {
      kind: 'photo',
      raw: text,
      people: asPhotographers(people),
      report: photo[1] === '摄影报道',
    };
  }
  const released = RELEASED_BY.exec(body);
  if (released) return releasedBy(text, released[1]!);
  // 本报记者 X 报道: the credit of the words, like the lead's.
  const credited = body.replace(/\s*报[道导]$/u, '');
  // A bulleted line may name people without roles (□张三); otherwise a role word is needed.
  const people = readCredit(credited, {
    bare: bullet ? 'author' : 'reject',
    units: Boolean(bullet),
  });
  if (!people) return null;
  if (!bullet && people.units.length > 0) return null;
  return { kind: 'people', raw: text, people };
}

function parseBracketCredit(inner: string, raw: string): CreditLine | null {
  if (/^完$/u.test(inner)) return { kind: 'end-mark', raw };
  const released = RELEASED_BY.exec(inner);
  if (released) return releasedBy(raw, released[1]!);
  const source = SOURCE_KEY.exec(inner);
  if (source) return sourceLine(raw, source[1]!);
  const reported = REPORTED_BY.exec(inner);
  if (reported && inner.startsWith('据')) return sourceLine(raw, reported[1]!);
  if (EDITOR_LINE.test(inner)) {
    const people = readCredit(inner, { bare: 'reject', units: true });
    return people ? { kind: 'editor', raw, people } : null;
  }
  const photo = PHOTO_TAIL.exec(inner);
  if (photo) {
    const people = readCredit(inner.slice(0, photo.index), { bare: 'author', units: false });
    if (!people) return null;
    return { kind: 'photo', raw, people: asPhotographers(people), report: photo[1] === '摄影报道' };
  }
  const people = readCredit(inner, { bare: 'author', units: true });
  if (!people) return null;
  const hasPeople =
    people.reporters.length +
      people.correspondents.length +
      people.authors.length +
      people.photographers.length >
    0;
  if (!hasPeople && people.units.length > 0) {
    return { kind: 'source', raw, source: people.units.join('、'), people };
  }
  return { kind: 'people', raw, people };
}

function sourceLine(raw: string, value: string): CreditLine | null {
  const source = cleanSource(value);
  if (source.length === 0 || source.length > 40) return null;
  return { kind: 'source', raw, source, people: { ...emptyCredit() } };
}

function releasedBy(raw: string, agency: string): CreditLine {
  return { kind: 'source', raw, source: agency, people: emptyCredit(), released: true };
}

function emptyCredit(): CreditPeople {
  return {
    reporters: [],
    correspondents: [],
    photographers: [],
    authors: [],
    editors: [],
    units: [],
  };
}

/** Bare names before 摄 are the photographers, not authors. */
function asPhotographers(people: CreditPeople): CreditPeople {
  if (people.authors.length === 0) return people;
  return { ...people, photographers: [...people.photographers, ...people.authors], authors: [] };
}

/** Does this credit line end the story it follows (rather than sit inside it)? */
export function closesStory(credit: CreditLine): boolean {
  switch (credit.kind) {
    case 'photo':
      return credit.report;
    case 'editor':
      return false;
    case 'source':
      return !credit.released;
    default:
      return true;
  }
}

const SENTENCE_END_BEFORE = /[。！？…][”’」』]*$/u;

/**
 * A credit printed at the end of a paragraph: …奋斗故事。 本报记者 孙妍 摄,
 * …活动。（张衍 桂子）, …活动。（北京邮政工会）. The credit must follow a
 * finished sentence, so a bracket inside the text is never taken.
 */
export function splitTrailingCredit(text: string): { body: string; credit: CreditLine } | null {
  const last = text[text.length - 1];
  if (text.endsWith('社发') || text.endsWith('视觉发') || text.endsWith('中国发')) {
    const at = text.search(/\s*(?:新华社|中新社|人民视觉|视觉中国)发$/u);
    const body = text.slice(0, at);
    const credit = at > 0 && endsSentence(body) ? parseCreditLine(text.slice(at).trim()) : null;
    return credit ? { body, credit } : null;
  }
  if (last === '）' || last === ')') return splitTrailingBracket(text);
  if (!text.endsWith('摄') && !text.endsWith('摄影报道')) return null; // cheap test before the scan
  // The credit starts after the last sentence end; everything before it is text.
  let cut = -1;
  for (let i = text.length - 2; i >= 0 && i >= text.length - 60; i--) {
    if (/[。！？”’）]/u.test(text[i]!)) {
      cut = i + 1;
      break;
    }
  }
  if (cut <= 0) return null;
  const body = text.slice(0, cut);
  if (!endsSentence(body)) return null;
  const credit = parseCreditLine(text.slice(cut).trim());
  if (!credit || credit.kind !== 'photo') return null;
  return { body, credit };
}

function splitTrailingBracket(text: string): { body: string; credit: CreditLine } | null {
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  if (open <= 0 || text.length - open > 60) return null;
  const body = text.slice(0, open).trimEnd();
  if (!SENTENCE_END_BEFORE.test(body)) return null;
  const credit = parseCreditLine(text.slice(open));
  if (!credit) return null;
  return { body, credit };
}
