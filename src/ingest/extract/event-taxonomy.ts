/**
 * The event-type taxonomy (data/event-types.json): which kinds of event the
 * paper reports (调研, 技能竞赛, 慰问 …) and the trigger words that signal each.
 * Users edit the file, so it is validated with the shared contract plus the
 * checks the contract can't express (unique ids, no empty triggers).
 */
import { z } from 'zod/mini';
import { eventTaxonomySchema, type EventTaxonomy } from '../../shared/schema';
import { dataFile } from './data-paths';
import { readValidatedJson, validateData } from './read-validated-json';

export const DEFAULT_EVENT_TAXONOMY_FILE = dataFile('event-types.json');
/** Used when a type has no headlineWeight: a headline hit counts as three body hits. */
export const DEFAULT_HEADLINE_WEIGHT = 3;

const checkedTaxonomySchema = eventTaxonomySchema.check(
  z.superRefine((taxonomy: EventTaxonomy, ctx) => {
    const seen = new Set<string>();
    taxonomy.types.forEach((type, i) => {
      if (seen.has(type.id))
        ctx.addIssue({
          code: 'custom',
          path: ['types', i, 'id'],
          message: `duplicate event type id "${type.id}"`,
        });
      seen.add(type.id);
      type.triggers.forEach((trigger, j) => {
        if (trigger.trim().length === 0)
          ctx.addIssue({
            code: 'custom',
            path: ['types', i, 'triggers', j],
            message: 'empty trigger',
          });
      });
      if (type.headlineWeight !== undefined && type.headlineWeight < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['types', i, 'headlineWeight'],
          message: 'headlineWeight must not be negative',
        });
      }
    });
  }),
);

/** Reads and validates an event taxonomy file (default data/event-types.json). */
export function loadEventTaxonomy(path: string = DEFAULT_EVENT_TAXONOMY_FILE): EventTaxonomy {
  return readValidatedJson(path, checkedTaxonomySchema);
}

/** Validates a taxonomy given in code (createFacetExtractor's option). */
export function checkEventTaxonomy(taxonomy: unknown, source = 'event taxonomy'): EventTaxonomy {
  return validateData(source, taxonomy, checkedTaxonomySchema);
}
