import { describe, expect, it } from 'vitest';
import {
  checkCampaigns,
  createCampaignDetector,
  loadCampaigns,
} from '../../../src/ingest/extract/campaigns';

describe('campaign tags', () => {
  const detect = createCampaignDetector(loadCampaigns());

  it('tags 产改 by its full name or its short name in quotes', () => {
    expect(detect(['推进产业工人队伍建设改革工作。'])).toEqual(['产改']);
    expect(detect(['昌平区“产改”工作推进情况。'])).toEqual(['产改']);
  });

  it('tags the 区级/县级 union strengthening year under one tag', () => {
    expect(detect(['全国总工会赴门头沟调研“县级工会加强年”专项工作'])).toEqual(['区级工会加强年']);
    expect(detect(['门头沟区“工会加强年”专项工作'])).toEqual(['区级工会加强年']);
  });

  it('tags 送温暖 and 我为职工办实事', () => {
    expect(detect(['本年度送温暖活动中', '以“我为职工办实事”为依托'])).toEqual([
      '送温暖',
      '我为职工办实事',
    ]);
  });

  it('orders tags by how often they occur', () => {
    expect(detect(['区级工会加强年', '“产改”', '“产改”', '“产改”'])).toEqual([
      '产改',
      '区级工会加强年',
    ]);
  });

  it('returns [] without campaign phrases', () => {
    expect(detect(['职工乐享趣味游艺'])).toEqual([]);
  });

  it('rejects a list with a duplicate tag, naming the field', () => {
    const list = {
      version: 1,
      campaigns: [
        { tag: '产改', phrases: ['产改'] },
        { tag: '产改', phrases: ['产业工人'] },
      ],
    };
    expect(() => checkCampaigns(list)).toThrow(
      /campaign list: campaigns\.1\.tag: duplicate tag "产改"/,
    );
  });
});
