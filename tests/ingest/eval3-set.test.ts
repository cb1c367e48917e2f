import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue7Targets } from '../fixtures/eval/issue7-targets';
import { f1, recall, scoreEval } from '../fixtures/eval/scoring';
import { perfectReading } from '../fixtures/eval2/perfect-reading';
import { EVAL3_DIR, loadExpected3 } from '../fixtures/eval3/expected';
import { verifyEval3Set } from '../fixtures/eval3/verify';

describe('evaluation set 3 (independent pages in real-page conventions)', () => {
  it('accounts for every character of every page in its hand-checked expectations', () => {
    const { problems, pages, stories } = verifyEval3Set();
    expect(problems).toEqual([]);
    expect([pages, stories]).toEqual([21, 53]);
  });

  it('scores a perfect reading as perfect', () => {
    const pages = loadExpected3();
    const report = scoreEval(pages, perfectReading(pages));
    expect(report.found).toBe(report.expected);
    expect(report.extra).toEqual([]);
    expect(report.bodiesExact).toBe(report.expected);
    expect(f1(report.districts)).toBe(1);
    expect(recall(report.unions)).toBe(1);
    expect(report.mismatches).toEqual([]);
  });

  it('counts a caption kept in the body, a brief glued to its neighbour and a 长春 朝阳区 read as Beijing', () => {
    const pages = loadExpected3();
    const articles = perfectReading(pages);
    const withCaption = articles.find(
      (a) => a.origin.file === 'ldwb/2024-11-06/04.txt' && a.title === '展览路街道职工乒乓球赛开拍',
    )!;
    withCaption.paragraphs.unshift('▲男子单打比赛现场');
    const briefs = articles.filter((a) => a.origin.file === 'ldwb/2024-10-16/03.txt');
    const [first, second] = [briefs[2]!, briefs[3]!];
    first.paragraphs = [...first.paragraphs, ...second.paragraphs];
    articles.splice(articles.indexOf(second), 1);
    const changchun = articles.find((a) => a.unions.includes('吉林省长春市朝阳区总工会'))!;
    changchun.unions = [];
    changchun.districts = ['朝阳区'];
    const report = scoreEval(pages, articles);
    expect(report.missing.map((e) => e.story.title)).toEqual(['空港街道总工会组织职工健步走']);
    expect(report.bodiesExact).toBe(report.expected - 3);
    expect(report.districts.fp).toBe(1);
    expect(report.unions.fn).toBe(1 + second.unions.length);
    expect(report.mismatches.join('\n')).toMatch(/paragraph 1 differs at 0: expected …11月2日/);
  });
});

// The issue 7 targets on set 3, scored through `npm run ingest` as a black box (met since parser
// round 3, h17-parser3; tests/fixtures/eval3/README.md has the baseline and the scores).
// `npx tsx tests/fixtures/eval3/score.ts` lists the mismatches.
describeIssue7Targets('evaluation set 3', loadExpected3, join(EVAL3_DIR, 'pages'));
