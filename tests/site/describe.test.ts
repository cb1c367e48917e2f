import { describe, expect, test } from 'vitest';
import { describeArticle } from '../../src/site/describe';

// Hand-written text in the manner of union news (not copied from any paper).
const lead =
  '近日，区总工会在职工服务中心举办青年职工技能交流会，来自十二家企业的六十余名一线职工参加。'; // 45
const host = '活动由区总工会职工服务中心承办，邀请了三位市级技术能手到场指导。'; // 32
const long =
  '交流会上，获得市级技术能手称号的职工代表分享了在岗位上钻研工艺、带徒传艺的经历，现场还设置了实操体验区，' +
  '让青年职工近距离了解新设备的使用方法和安全要点，并由师傅们逐一讲解操作规范和常见故障的排查办法';

describe('the description of an article', () => {
  test('a short opening is the description as it is', () => {
    expect(describeArticle({ title: '标题', paragraphs: ['区总工会开展慰问活动。'] })).toBe(
      '区总工会开展慰问活动。',
    );
  });

  test('a long opening ends at the last sentence end within about 100 characters', () => {
    // The second sentence ends at character 77, the third runs past 100.
    expect(describeArticle({ title: '标题', paragraphs: [lead, host, long] })).toBe(lead + host);
  });

  test('without a sentence end late enough, it is cut at 100 characters with an ellipsis', () => {
    // The first sentence end (45) is too early to stop at.
    const text = describeArticle({ title: '标题', paragraphs: [lead, long] });
    expect(Array.from(text)).toHaveLength(100);
    expect(text.endsWith('…')).toBe(true);
    expect((lead + long).startsWith(text.slice(0, -1))).toBe(true);
  });

  test('runs of white space become one space; a story without text is described by its title', () => {
    expect(describeArticle({ title: '标题', paragraphs: ['  第一段\n 内容。 ', ' '] })).toBe(
      '第一段 内容。',
    );
    expect(describeArticle({ title: '图片新闻标题', paragraphs: [] })).toBe('图片新闻标题');
  });

  test('characters outside the BMP count once and are never split', () => {
    const text = describeArticle({ title: 't', paragraphs: ['𠀀'.repeat(120)] });
    expect(Array.from(text)).toHaveLength(100);
    expect(text.slice(0, -1)).toBe('𠀀'.repeat(99));
  });
});
