/**
 * Word lists for reading union names. Chinese has no spaces, so the start of a
 * name like 慈爱嘉工会 in 随行听取慈爱嘉工会和… is found by walking back from 工会
 * to punctuation or to one of the function words and verbs below, which in
 * news prose come right before an organisation's name.
 */

/** Characters that always end a name when walking backwards. */
export const NAME_BREAK_CHARS: ReadonlySet<string> = new Set([
  ...'，。、；：？！“”‘’（）《》〈〉【】「」『』—…·',
  ...',.;:?!"\'()<>[]{}|/\\',
  ' ',
  '\u3000',
  '\t',
  '\n',
]);

/**
 * Words that end right before a name: prepositions, conjunctions, particles,
 * time words and reporting verbs. Single characters are only those that do not
 * occur inside organisation names in practice (no 同, 经, 中, 于 …); names of
 * places (和平里, 将台) are protected by the gazetteer, not by this list.
 */
// prettier-ignore
export const NAME_LEAD_WORDS: readonly string[] = [
  // prepositions, conjunctions, particles
  '由', '在', '从', '向', '对', '与', '和', '及', '为', '据', '把', '被', '让', '将', '到', '了', '的', '是', '暨', '并', '等', '或',
  '以及', '关于',
  // time words
  '近日', '日前', '目前', '年来', '以来', '今年', '去年', '随后', '同时', '其中', '今后', '下一步',
  // verbs that take an organisation as object
  '代表', '听取', '组织', '邀请', '联合', '会同', '协同', '指导', '带领', '带队', '推动', '推进', '加强', '深化',
  '开展', '来到', '走进', '前往', '走访', '慰问', '加入', '成立', '建立', '发挥', '实现', '落实', '依托', '通过',
  '截至', '包括', '支持', '帮助', '号召', '要求', '表示', '介绍', '获悉', '了解', '感谢', '参加', '出席', '召开',
  '举办', '主办', '承办', '协办', '宣传', '享受', '围绕', '确保', '完成', '扩大', '提升', '彰显', '赋予', '汇聚',
  '组建', '重视', '关心', '关注', '参与', '依靠', '信任', '认可', '感受到', '推举', '推选', '选举', '表彰', '授予',
  '命名', '收获',
  // round 2: verbs and prepositions seen right before a union's name in real stories
  '来自', '协调', '说起', '按照', '依照', '遵照', '根据', '贯彻', '携手', '牵头', '督促', '指导下',
  '讲解', '宣讲', '解读', '也有', '既有', '还有', '都有', '辖区', '辖区内', '设立', '设置',
];

/**
 * Words inside organisation names that hold a lead character (北京协和医院,
 * 华为, 北京三快在线科技有限公司, 对外经济贸易大学): the walk back from 工会 does
 * not stop inside them, as it does not stop inside a place name.
 */
// prettier-ignore
export const NAME_WORDS_WITH_LEAD_CHARS: readonly string[] = [
  '协和', '华为', '在线', '对外', '和谐', '为民', '共和', '祥和', '中和', '人和', '东和', '同和', '和信', '和光',
  '到家', '从业', '及时', '并购', '所在', '数据',
];

/** 科学城内各院所工会, 集团所属各单位工会: every such union, not one. */
export const EACH_OF = /各(?:级|类|个|家|单位|院所|部门|企业|基层|分会|成员|会员|子|分)/;

/**
 * A name that starts with one of these is a generic reference, not a union:
 * 各级工会, 该街道总工会, 全区镇街总工会, 基层工会, 区级工会, 广大工会干部.
 */
// prettier-ignore
export const GENERIC_PREFIXES: readonly string[] = [
  '该', '各', '全区', '全市', '全体', '全国各', '广大', '本单位', '本公司', '本企业', '其他', '所属', '有关', '相关',
  '上级', '基层', '区级', '市级', '县级', '镇街', '乡镇', '直属', '下属', '非公', '新就业', '两新',
  '辖区', '属地', '当地', '所在', '本地', '我区', '我市', '本区', '本市', '两级', '三地', '两地', '多家', '部分',
  '全镇', '全乡', '全街', '全县', '全省', '全园', '全行业', '全系统', '全公司', '全集团', '全院', '全校',
  '区域', '区内', '区属', '市内', '市属',
  // 镇里新建企业工会11家, 新组建的工会: newly founded ones, counted, not named
  '镇里', '乡里', '村里', '街道里', '区里', '市里', '新建', '新组建', '新成立',
  // this/that one, the first one: 这家企业工会, 首家楼宇工会联合会 (a kind, not a name)
  '这家', '这个', '这所', '那家', '那个', '此', '首家', '首个', '首批', '第一家', '第一个',
  // regions, not one union: 京津冀工会, 通武廊三地工会, 长三角城市工会
  '京津冀', '津冀', '通武廊', '长三角', '珠三角', '粤港澳', '成渝',
];

/**
 * A name made only of these words is generic: 公司工会, 子公司工会, 医院工会,
 * 集团各级工会, 单位工会.
 */
// prettier-ignore
export const GENERIC_NAME_WORDS: readonly string[] = [
  '子公司', '分公司', '公司', '集团', '企业', '单位', '医院', '机关', '学校', '街道', '地区', '社区', '乡镇', '镇街',
  '镇', '乡', '区', '市', '县', '村', '行业', '产业', '基层', '园区', '楼宇', '项目部', '项目', '车间', '分会', '各级',
  '各', '直属', '下属', '所属', '部门', '女职工', '职工', '会员', '校园', '家园', '商圈',
];

/**
 * Words that mark an organisation's name (北京建博海公司, 金隅集团, 北京友谊医院).
 * A name containing one is accepted as an enterprise or institution union.
 */
// prettier-ignore
export const ORGANISATION_WORDS: readonly string[] = [
  '集团', '公司', '医院', '企业', '学校', '学院', '大学', '中学', '小学', '幼儿园', '银行', '支行', '分行', '中心',
  '研究院', '研究所', '设计院', '机关', '协会', '酒店', '宾馆', '商场', '报社', '出版社', '电视台', '厂', '局',
  '院', '所', '站', '馆', '委员会', '管委会', '委', '园', '大厦', '项目部', '车间', '商圈', '楼宇',
];

/**
 * What a name made only of a generic word refers back to: 该公司工会, 街道总工会 and
 * 地区工会 printed after the company, street or town was named are that unit's
 * union. Keys are the core with 该/本/其 removed.
 */
export const ANAPHOR_CORES: ReadonlyMap<string, AnaphorKind> = new Map<string, AnaphorKind>([
  ['街道', 'street'],
  ['镇', 'town'],
  ['乡', 'township'],
  ['地区', 'area'],
  ['社区', 'community'],
  ['公司', 'company'],
  ['集团公司', 'group'],
  ['总公司', 'company'],
  ['集团', 'group'],
  ['医院', 'hospital'],
  ['院', 'hospital'],
  ['学校', 'school'],
  ['校', 'school'],
  ['局', 'bureau'],
  ['县', 'county'],
  ['区', 'district'],
]);
export type AnaphorKind =
  | 'street'
  | 'town'
  | 'township'
  | 'area'
  | 'community'
  | 'company'
  | 'group'
  | 'hospital'
  | 'school'
  | 'bureau'
  | 'county'
  | 'district';
/** Determiners stripped before looking a core up in ANAPHOR_CORES. */
export const ANAPHOR_DETERMINERS: readonly string[] = [
  '咱们',
  '我们',
  '这家',
  '这所',
  '这个',
  '该',
  '本',
  '其',
  '咱',
  '我',
];

/**
 * The trades of industry unions: 北京市教育工会, 海淀区教育工会, 市农林水工会. A core
 * after a Beijing place that is one of these (or ends in 产业/行业/系统) is an
 * industry union, not an enterprise.
 */
// prettier-ignore
export const INDUSTRY_WORDS: readonly string[] = [
  '教育', '卫生', '卫生健康', '卫健', '建设', '建筑', '金融', '农林水', '服务', '商业', '财贸', '机械', '冶金',
  '电子', '纺织', '交通', '邮电', '能源', '化工', '国防', '科技', '文化', '体育', '旅游', '传媒', '轻工', '铁路',
  '民航', '汽车', '电力', '水务', '市政', '环卫', '物流', '快递', '餐饮', '家政', '物业', '保安', '医药', '石油',
  '石化', '航空', '航天', '政法', '政法卫生文化', '城建', '国资',
];
export const INDUSTRY_SUFFIXES: readonly string[] = ['产业', '行业'];

/**
 * 工会 followed by these is a facility (中航技工业园工会服务站, 步行街工会驿站):
 * only a union that is sure anyway (清河街道工会服务站 → the street's) is read.
 */
export const FACILITY_AFTER: readonly string[] = [
  '服务站',
  '驿站',
  '服务点',
  '爱心驿站',
  '户外劳动者',
];

/** 工会 followed by these is part of another body's name (汽车行业工会工作研究会). */
export const NOT_A_UNION_AFTER: readonly string[] = [
  '工作研究会',
  '研究会',
  '学会',
  '工作协会',
  '联盟', // 汽车产业链工会联盟: an alliance of unions
  '小组', // 在项目部设立工会小组: a group inside a union, not one
];

/** 联东U谷园成立了工会联合会: the subject of these verbs names the new union. */
export const FOUNDING_VERBS: readonly string[] = [
  '成立了',
  '成立',
  '组建了',
  '组建',
  '建立了',
  '建立',
];

/** Bracketed words that stay inside a company's name: 施耐德（北京）…, ABB（中国）有限公司. */
export const NAME_BRACKET_WORDS: readonly string[] = ['中国', '集团', '控股', '股份'];

/**
 * Multi-character organisation words used to confirm a short name found once
 * (慈爱嘉工会) by another mention of the same name as an organisation
 * (北京慈爱嘉养老服务有限公司, 慈爱嘉培训学校). Single characters are too loose here.
 */
export const CONFIRMING_ORGANISATION_WORDS: readonly string[] = [
  '公司',
  '集团',
  '学校',
  '医院',
  '中心',
  '大学',
  '学院',
  '银行',
  '研究院',
  '研究所',
  '酒店',
];

/** A name ending like this is a kind of place that the gazetteer did not know, so no name. */
export const UNKNOWN_PLACE_ENDINGS: readonly string[] = ['街道', '地区', '社区', '镇', '乡', '村'];

/** A legal form after a short name: 北京发行集团 and 北京发行集团有限责任公司 are one company. */
export const LEGAL_FORM =
  /^(?:（[^）]{1,6}）)?(?:(?:集团)?(?:股份)?有限(?:责任)?公司|(?:集团)?公司)$/;

/** 市场监管局工会 is not 北京市场…: a leading 市 is Beijing only when not one of these words. */
export const NOT_BEIJING_SHI: readonly string[] = ['市场', '市民', '市区', '市级', '市属', '市辖'];
