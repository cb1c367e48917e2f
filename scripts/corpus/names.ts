/**
 * People in bylines. A paper has a stable desk of reporters (the seed pages'
 * names plus invented ones, fixed per corpus seed) and an open-ended crowd of
 * correspondents, so byline facets look like the real ones: few frequent
 * names, many rare ones.
 */
import type { Random } from './prng';

/** Reporters and photographers named on the seed pages. */
export const SEED_REPORTERS = [
  '周美玉',
  '白莹',
  '孙艳',
  '刘欣欣',
  '盛丽',
  '王路曼',
  '余翠平',
  '马超',
  '崔欣',
  '孙妍',
  '边磊',
  '张晶',
  '陈曦',
] as const;
export const SEED_INTERNS = ['宗晓畅', '曹立栋'] as const;

const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文樊牛',
);
const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建波宁欣雪琳晨阳晶颖博文浩宇思雨佳悦婷然凯丹琪慧晓彤远蕾星月斌钰汐闻',
);

export function personName(rng: Random): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

export interface Desk {
  reporters: string[];
  interns: string[];
}

/** The corpus's reporters: the seed desk plus new hires, so a big corpus has more bylines than five pages do. */
export function makeDesk(rng: Random): Desk {
  const reporters = new Set<string>(SEED_REPORTERS);
  while (reporters.size < SEED_REPORTERS.length + 27) reporters.add(personName(rng));
  const interns = new Set<string>(SEED_INTERNS);
  while (interns.size < 8) interns.add(personName(rng));
  return { reporters: [...reporters], interns: [...interns] };
}
