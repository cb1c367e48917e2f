/**
 * The words of a printed credit: role words (记者, 通讯员, 文/, 图/, 摄影, 责编…),
 * the names they introduce, and units (北京邮政工会) credited instead of people.
 * One scanner serves the lead bracket, a byline line above the text, names at
 * the end of a story and photo credits, so every form gives the same roles.
 * It walks the text once with sticky regexes: no backtracking over a page.
 */

export interface CreditPeople {
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  /** Writers without a reporter role: 文/X, 作者 X, bare names in brackets. */
  authors: string[];
  /** 责编 / 编辑 / 校对: kept for the report, not a byline role. */
  editors: string[];
  /** Units credited instead of a person (北京邮政工会): the story's source. */
  units: string[];
}

type Role = 'reporter' | 'correspondent' | 'photographer' | 'author' | 'author+photo' | 'editor';

/** Outlets whose staff sign as 工人日报-中工网记者 X; 本报 is this paper. */
export const OUTLET =
  '(?:工人日报-?中工网|中工网|工人日报|劳动午报|京工网|新华社|中新社|人民日报|北京日报|北京晚报|北京青年报|光明日报|经济日报|本报)';

const CJK = '\\u4e00-\\u9fa5';
/** Role words, longest first. Single-character 文 / 图 only count before a slash or colon. */
const ROLE = new RegExp(
  [
    `(?<both>文[·・/／]图|图[·・/／]文|图文|文图)(?=[/／:：\\s]|$)`,
    `(?<editor>责任编辑|美术编辑|责编|美编|编辑|校对|审核|审校|终审|初审)`,
    `(?<photo>(?:${OUTLET})?(?:特约)?摄影记者|特约摄影|摄影|摄像|图片|供图|绘画|绘图|漫画|插图|制图|图(?=[/／:：]))`,
    `(?<correspondent>(?:${OUTLET})?(?:特约)?通讯员)`,
    `(?<reporter>(?:${OUTLET})?(?:驻[${CJK}]{1,4})?(?:[${CJK}]{1,4}记者站|(?:特约|首席|全媒体|融媒体|见习|实习)?记者|实习生))`,
    `(?<author>(?:本报|特约)?评论员|文字|撰稿|撰文|作者|供稿|文(?=[/／:：]))`,
  ].join('|'),
  'uy',
);
/** Between tokens: spaces, enumeration marks, and the slash or colon after a role word. */
const SEPARATOR = /[\s、，,；;/／:：]+/uy;
/** A name or unit runs until the next separator or role word. */
const WORD = new RegExp(
  `(?:(?!记者|通讯员|实习生|摄影|本报|特约|文[·・/／:：]|图[/／:：])[${CJK}·A-Za-z0-9（）()])+`,
  'uy',
);

/** What a picture credit says when it names no photographer: 受访者提供, 资料图片. */
const COURTESY =
  /(?:(?:受访者|受访单位|受访企业|采访对象|主办方|主办单位)(?:提供|供图)|资料(?:图片|照片|图))(?=[\s、，,；;]|$)/uy;

const UNIT_SUFFIX =
  /(?:工会|工会联合会|联合会|委员会|公司|集团|中心|办公室|协会|学会|研究会|街道|社区|医院|学校|大学|学院|银行|报社|杂志社|电视台|网站|出版社|[局委办部处科厅室站所院校厂矿队馆宫会社台网报镇乡村区县市])$/u;

/**
 * Common surnames. A name printed without a role word (（张衍 桂子）, □X) must
 * start with one, so bracketed words such as （试点） are not taken for people.
 */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭晏滑荀赖洪钮郦邴糜蔚暴钭',
  ),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '夏侯',
  '令狐',
  '端木',
  '西门',
  '宇文',
  '司徒',
  '申屠',
  '呼延',
];

export function looksLikeName(word: string): boolean {
  if (word.includes('·')) return /^[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5·]{1,12}$/u.test(word);
  if (!/^[\u4e00-\u9fa5]{2,4}$/u.test(word)) return false;
  return SURNAMES.has(word[0]!) || COMPOUND_SURNAMES.some((s) => word.startsWith(s));
}

/** Column words that follow 记者 in headlines (记者手记, 记者观察) are not names. */
const NOT_A_NAME =
  /^(?:手记|观察|调查|札记|随笔|笔记|探访|体验|追踪|连线|现场|视角|感言|感悟|见闻|日记|走基层|来信|节|报道|报导)/u;

/**
 * A word after a role word: any two to four characters (rare surnames
 * included), or several names glued together (李文汐任闻) when it starts
 * with a common surname.
 */
function startsLikeName(word: string): boolean {
  if (word.includes('·')) return looksLikeName(word);
  if (NOT_A_NAME.test(word)) return false;
  if (/^[\u4e00-\u9fa5]{2,4}$/u.test(word)) return true;
  if (!/^[\u4e00-\u9fa5]{5,12}$/u.test(word)) return false;
  return SURNAMES.has(word[0]!) || COMPOUND_SURNAMES.some((s) => word.startsWith(s));
}

export function looksLikeUnit(word: string): boolean {
  return Array.from(word).length >= 4 && UNIT_SUFFIX.test(word) && !/^\d/.test(word);
}

function roleOf(groups: Record<string, string | undefined>): Role {
  if (groups.both) return 'author+photo';
  if (groups.editor) return 'editor';
  if (groups.photo) return 'photographer';
  if (groups.correspondent) return 'correspondent';
  if (groups.reporter) return 'reporter';
  return 'author';
}

export function emptyPeople(): CreditPeople {
  return {
    reporters: [],
    correspondents: [],
    photographers: [],
    authors: [],
    editors: [],
    units: [],
  };
}

export interface ReadCreditOptions {
  /**
   * What a name printed before any role word is: inside a lead bracket the
   * writers (`reporter`, as the seeds print 本报讯（记者 X）), in brackets at
   * the end an author; `reject` where only role words make a line a credit.
   */
  bare: 'reporter' | 'author' | 'reject';
  /** Units (北京邮政工会) may stand in the credit. */
  units: boolean;
}

/**
 * Read `记者 周美玉 通讯员 王星月`, `文/X 图/Y`, `文·图/X`, `张衍 桂子`,
 * `北京邮政工会`… into roles. Null when any word is neither a role, a name
 * nor (where allowed) a unit: the text is then not a credit at all.
 */
export function readCredit(text: string, options: ReadCreditOptions): CreditPeople | null {
  const people = emptyPeople();
  let role: Role | null = null;
  /** The last role word was written with a slash or colon (文/, 图：). */
  let slashRole = false;
  let found = false;
  let at = 0;
  const s = text.trim();
  while (at < s.length) {
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.exec(s)) {
      at = SEPARATOR.lastIndex;
      continue;
    }
    ROLE.lastIndex = at;
    const roleMatch = ROLE.exec(s);
    if (roleMatch) {
      const next = roleOf(roleMatch.groups ?? {});
      // 文/本报记者 X, 图/本报记者 Y: the slash says what X did; the staff title only who X is.
      const qualifies: boolean =
        slashRole &&
        (next === 'reporter' || next === 'correspondent') &&
        (role === 'author' || role === 'photographer' || role === 'author+photo');
      if (!qualifies) role = next;
      slashRole = !qualifies && /^[/／:：]/u.test(s.slice(ROLE.lastIndex));
      at = ROLE.lastIndex;
      continue;
    }
    // 图/受访者提供, 图/资料图片: the picture is credited to no one the credit names.
    COURTESY.lastIndex = at;
    if (role === 'photographer' && COURTESY.exec(s)) {
      at = COURTESY.lastIndex;
      slashRole = false;
      continue;
    }
    WORD.lastIndex = at;
    const wordMatch = WORD.exec(s);
    if (!wordMatch) return null;
    at = WORD.lastIndex;
    const word = wordMatch[0];
    if (!place(people, word, role, options)) return null;
    slashRole = false;
    found = true;
  }
  return found ? people : null;
}

function place(
  people: CreditPeople,
  word: string,
  role: Role | null,
  options: ReadCreditOptions,
): boolean {
  if (role === null) {
    if (options.units && looksLikeUnit(word)) {
      people.units.push(word);
      return true;
    }
    if (options.bare === 'reject' || !looksLikeName(word)) return false;
    (options.bare === 'reporter' ? people.reporters : people.authors).push(word);
    return true;
  }
  if ((role === 'author' || role === 'editor') && looksLikeUnit(word)) {
    people.units.push(word);
    return true;
  }
  // After a role word several names may be glued (李文汐任闻); the first must still read as a name.
  if (!startsLikeName(word)) return false;
  switch (role) {
    case 'reporter':
      people.reporters.push(word);
      break;
    case 'correspondent':
      people.correspondents.push(word);
      break;
    case 'photographer':
      people.photographers.push(word);
      break;
    case 'author':
      people.authors.push(word);
      break;
    case 'author+photo':
      people.authors.push(word);
      people.photographers.push(word);
      break;
    case 'editor':
      people.editors.push(word);
      break;
  }
  return true;
}

/** Every person the credit names, in print order by role. */
export function namesIn(people: CreditPeople): string[] {
  return [
    ...people.reporters,
    ...people.correspondents,
    ...people.authors,
    ...people.photographers,
  ].filter((n, i, all) => all.indexOf(n) === i);
}
