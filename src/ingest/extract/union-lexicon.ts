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
];

/**
 * A name that starts with one of these is a generic reference, not a union:
 * 各级工会, 该街道总工会, 全区镇街总工会, 基层工会, 区级工会, 广大工会干部.
 */
// prettier-ignore
export const GENERIC_PREFIXES: readonly string[] = [
  '该', '各', '全区', '全市', '全体', '全国各', '广大', '本单位', '本公司', '本企业', '其他', '所属', '有关', '相关',
  '上级', '基层', '区级', '市级', '县级', '镇街', '乡镇', '直属', '下属', '非公', '新就业', '两新',
];

/**
 * A name made only of these words is generic: 公司工会, 子公司工会, 医院工会,
 * 集团各级工会, 单位工会.
 */
// prettier-ignore
export const GENERIC_NAME_WORDS: readonly string[] = [
  '子公司', '分公司', '公司', '集团', '企业', '单位', '医院', '机关', '学校', '街道', '地区', '社区', '乡镇', '镇街',
  '镇', '乡', '区', '市', '县', '村', '行业', '产业', '基层', '园区', '楼宇', '项目部', '项目', '车间', '分会', '各级',
  '各', '直属', '下属', '所属', '部门', '女职工', '职工', '会员',
];

/**
 * Words that mark an organisation's name (北京建博海公司, 金隅集团, 北京友谊医院).
 * A name containing one is accepted as an enterprise or institution union.
 */
// prettier-ignore
export const ORGANISATION_WORDS: readonly string[] = [
  '集团', '公司', '医院', '企业', '学校', '学院', '大学', '中学', '小学', '幼儿园', '银行', '支行', '分行', '中心',
  '研究院', '研究所', '设计院', '机关', '协会', '酒店', '宾馆', '商场', '报社', '出版社', '电视台', '厂', '局',
  '院', '所', '站', '馆',
];

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

/** 市场监管局工会 is not 北京市场…: a leading 市 is Beijing only when not one of these words. */
export const NOT_BEIJING_SHI: readonly string[] = ['市场', '市民', '市区', '市级', '市属', '市辖'];
