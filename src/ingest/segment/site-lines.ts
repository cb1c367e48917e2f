/**
 * Single lines that website exports leave in a page and no printed paper
 * carries: pictures (an image's file name, 【图片】), the note of the original
 * title (原标题：…), a site's name in Latin letters (LAODONG WUBAO, 集团要闻
 * News of the group), a URL glued to the publication line, and lines spaced
 * out letter by letter (中 工 网 版 权 所 有). Each test reads one line; where
 * the line sits (above the title, after the story) is site-frame.ts's job.
 * See docs/decisions/0015-real-page-conventions.md.
 */

/** Image files as sites name them: 1.png, W020231121….jpg, res05_attpic_brief.jpg. */
const IMAGE_FILE = /^[\w\-.（）()\u4e00-\u9fa5]{1,80}\.(?:png|jpe?g|gif|bmp|webp|tiff?)$/iu;
/** Camera and chat-app names saved without an extension: 微信图片_20230612081022, IMG_2041. */
const IMAGE_NAME =
  /^(?:微信图片|微信截图|企业微信截图|截图|IMG|DSC|DSCN|DJI|mmexport)[_-]?\d{3,}(?:[_-]\d+)*$/iu;
/** Placeholders for a picture or video the export could not keep: 【图片】, [图片], （资料图）. */
const PICTURE_PLACEHOLDER =
  /^(?:[【[]\s*(?:图片|图|照片|组图|视频|音频)\s*[】\]]|[（(]\s*(?:资料图片?|资料照片|图片来源[:：].{1,20})(?:仅供参考)?\s*[）)])$/u;

/** A picture's file name or placeholder, on a line of its own. */
export function isPictureLine(text: string): boolean {
  if (text.length > 90) return false;
  return IMAGE_FILE.test(text) || IMAGE_NAME.test(text) || PICTURE_PLACEHOLDER.test(text);
}

/** 原标题：X, the note a reprinting site adds under its own title. */
export function isOriginalTitleNote(text: string): boolean {
  return /^[【[]?原标题[】\]]?\s*[:：]/u.test(text) && !/[。！？]$/u.test(text);
}

/**
 * A site's or paper's name in Latin letters (LAODONG WUBAO), alone or after a
 * short Chinese label it translates (集团要闻 News of the group).
 */
export function isLatinLabel(text: string): boolean {
  if (text.length > 60) return false;
  const m = /^(?:([\u4e00-\u9fa5]{2,8})\s+)?([A-Za-z][A-Za-z&'.-]*(?:\s+[A-Za-z&'.-]+)*)$/u.exec(
    text,
  );
  if (!m) return false;
  const latin = m[2]!;
  // One word alone could be a brand in a headline; a label is several words or capitals.
  return m[1] !== undefined || /\s/u.test(latin) || /^[A-Z]{4,}$/u.test(latin);
}

/** //www.workercn.cn or http://…: a page address glued before the publication line. */
const LEADING_URL =
  /^(?:https?:)?\/\/[A-Za-z0-9\-.]+\.(?:cn|com|net|org|gov|edu)(?:\/[\w\-./?=&%#]*)?/u;

/** The page address at the start of a line, and the rest of it. */
export function splitLeadingUrl(text: string): { url: string; rest: string } | null {
  if (!text.startsWith('//') && !text.startsWith('http')) return null;
  const m = LEADING_URL.exec(text);
  return m ? { url: m[0], rest: text.slice(m[0].length).trim() } : null;
}

/**
 * 中 工 网 版 权 所 有 ，未 经 …: a line whose Chinese characters are set one
 * by one with spaces, closed up so the footer tests can read it. Null when
 * the line is not spaced out.
 */
export function closeUpSpacedLine(text: string): string | null {
  if (text.length > 200 || !/[\u4e00-\u9fa5] [\u4e00-\u9fa5] [\u4e00-\u9fa5]/u.test(text))
    return null;
  const spaces = (text.match(/ /gu) ?? []).length;
  const cjk = (text.match(/[\u4e00-\u9fa5]/gu) ?? []).length;
  return spaces * 2 >= cjk ? text.replace(/ /gu, '') : null;
}

/**
 * A kicker printed over a website's title: two phrases set apart by a space
 * (工会加强年 基层在行动) or a line ending in ：. Channel names and site
 * labels are one short phrase, or carry a bar or Latin letters.
 */
export function hasKickerShape(text: string): boolean {
  if (/[|｜A-Za-z]/u.test(text) || Array.from(text).length > 40) return false;
  if (/[\u4e00-\u9fa5”》][：:]$/u.test(text)) return true;
  return /^[\u4e00-\u9fa5“”‘’《》·]{2,20} [\u4e00-\u9fa5“”‘’《》·]{2,20}$/u.test(text);
}

/** 日期:10-14, 字号:, 版面:第05版…: a short label and value of a site's article bar. */
export function isLabelValueLine(text: string): boolean {
  return /^[\u4e00-\u9fa5]{2,6}\s*[:：]\s*[^，。；！？:：]{0,24}$/u.test(text);
}

/** An outlet's or app's name alone (北京青年报客户端, 工人日报客户端): the source of a web story. */
export function isOutletName(text: string): boolean {
  return /^[\u4e00-\u9fa5]{2,12}(?:客户端|APP|App|网|日报|晚报|午报|工人报|青年报|报)$/u.test(text);
}

/** A notice or letter: 关于…的通知 / 倡议书, or a salutation (各直属基层工会：). */
export function isNoticeTitle(text: string): boolean {
  return /^关于.{2,60}的(?:通知|通告|公告|决定|意见|办法|倡议|倡议书|函|报告|请示|批复)$|(?:倡议书|公开信|慰问信|贺信|感谢信|通知)$/u.test(
    text,
  );
}

export function isSalutation(text: string): boolean {
  return /^(?:各|全体|尊敬的|亲爱的|广大|全(?:市|区|县|镇|乡|街道|系统|行业|公司|集团|校|院|厂)(?:广大|全体)?)[^。！？]{1,60}[：:]$/u.test(
    text,
  );
}

/** A unit signing a story or notice on its last line (北京润和济康医院工会, 朝阳区总工会). */
const SIGNING_UNIT =
  /^[\u4e00-\u9fa5（）()A-Za-z]{4,40}(?:工会|工会联合会|工会委员会|工委|委员会|人民政府|办公室|公司|集团|医院|学校|大学|学院)$/u;

export function isSigningUnit(text: string): boolean {
  return SIGNING_UNIT.test(text);
}

/** 2024年3月28日 / 2024-03-28 alone on a line: a notice's date. */
export function isBareDate(text: string): boolean {
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u.test(text);
}

/** Words that open a picture's caption: 图为…, 上图：…, 图片为…. */
const CAPTION_OPENING = /^(?:图为|图片为|上图|下图|左图|右图|中图|图一|图二|图：|图:)/u;
/** What a caption in brackets shows (（职工在比赛现场）): a scene, not a credit or a note. */
const CAPTION_SCENE = /(?:现场|合影|留念|一角|瞬间|场景|风采|掠影|剪影|场面|活动中|比赛中)$/u;

/**
 * A caption printed under a picture: ▲/▼ before it (▲职工在驿站休息。), or
 * 图为… right after the picture's file name or placeholder, or a scene in
 * brackets on a line of its own. One sentence at most: a paragraph that goes
 * on is text.
 */
export function isCaptionLine(text: string, afterPicture: boolean): boolean {
  if (text.length > 120) return false;
  // Cheap test first: this runs on every line and almost none is a caption. A
  // caption opens with ▲/▼, with a bracket, or (after a picture) with 图为…;
  // anything else is text whatever follows.
  const first = text[0];
  if (
    first !== '▲' &&
    first !== '▼' &&
    first !== '（' &&
    first !== '(' &&
    !(afterPicture && CAPTION_OPENING.test(text))
  )
    return false;
  const marks = (text.match(/[。！？]/gu) ?? []).length;
  if (
    marks > 1 ||
    (marks === 1 && !/[。！？][”’）)]*$/u.test(text.replace(/\s*\S{2,12}\s*摄$/u, '')))
  )
    return false;
  if (/^[▲▼]/u.test(text)) return Array.from(text).length >= 6;
  const bracketed = /^[（(]([^（）()]{4,60})[）)]$/u.exec(text);
  if (bracketed) return CAPTION_OPENING.test(bracketed[1]!) || CAPTION_SCENE.test(bracketed[1]!);
  return afterPicture && CAPTION_OPENING.test(text);
}
