import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue7Targets } from '../fixtures/eval/issue7-targets';
import { f1, recall, scoreEval } from '../fixtures/eval/scoring';
import { perfectReading } from '../fixtures/eval2/perfect-reading';
import { EVAL4_DIR, loadExpected4 } from '../fixtures/eval4/expected';
import { verifyEval4Set } from '../fixtures/eval4/verify';

describe('evaluation set 4 (independent pages: interviews, notices, honour rolls, comment, photo pages)', () => {
  it('accounts for every character of every page in its hand-checked expectations', () => {
    const { problems, pages, stories } = verifyEval4Set();
    expect(problems).toEqual([]);
    expect([pages, stories]).toEqual([14, 37]);
  });

  it('scores a perfect reading as perfect', () => {
    const pages = loadExpected4();
    const report = scoreEval(pages, perfectReading(pages));
    expect(report.found).toBe(report.expected);
    expect(report.extra).toEqual([]);
    expect(report.bodiesExact).toBe(report.expected);
    expect(f1(report.districts)).toBe(1);
    expect(recall(report.unions)).toBe(1);
    expect(report.mismatches).toEqual([]);
  });

  it('counts a notice glued to the honour roll above it and a city-wide story tagged 通州区', () => {
    const pages = loadExpected4();
    const articles = perfectReading(pages);
    const honour = articles.find((a) => a.title === '东城区表彰一批五一劳动奖状和奖章获得者')!;
    const notice = articles.find((a) => a.title === '倡议书')!;
    honour.paragraphs = [...honour.paragraphs, ...notice.paragraphs];
    articles.splice(articles.indexOf(notice), 1);
    const cityWide = articles.find((a) => a.title === '今年新建100家户外劳动者服务站点')!;
    cityWide.districts = ['通州区'];
    const report = scoreEval(pages, articles);
    expect(report.missing.map((e) => e.story.title)).toEqual(['倡议书']);
    expect(report.bodiesExact).toBe(report.expected - 2);
    expect(report.districts.fp).toBe(1);
    expect(report.unions.fn).toBe(notice.unions.length);
    expect(report.mismatches.join('\n')).toMatch(/东城区表彰一批五一劳动奖状和奖章获得者/);
  });
});

// The issue 7 targets on set 4, scored through `npm run ingest` as a black box (first contact at
// b953473 missed district F1, 94.5%; met since parser round 4, h19-parser4;
// tests/fixtures/eval4/README.md has the baseline and the scores).
// `npx tsx tests/fixtures/eval4/score.ts` lists the mismatches.
describeIssue7Targets('evaluation set 4', loadExpected4, join(EVAL4_DIR, 'pages'));
