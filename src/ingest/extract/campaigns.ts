/**
 * Campaign tags (产改, 区级工会加强年, 送温暖 …) from data/campaigns.json: a tag
 * applies when any of its phrases occurs in a headline or paragraph. Tags are
 * ordered by how often their phrases occur, ties in file order.
 */
import { z } from 'zod/mini';
import { dataFile } from './data-paths';
import { PhraseCounter } from './phrase-counter';
import { readValidatedJson, validateData } from './read-validated-json';

export const DEFAULT_CAMPAIGNS_FILE = dataFile('campaigns.json');

const campaignListShape = z.object({
  version: z.int(),
  campaigns: z
    .array(
      z.object({
        tag: z.string().check(z.minLength(1)),
        phrases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export const campaignListSchema = campaignListShape.check(
  z.superRefine((list: z.infer<typeof campaignListShape>, ctx) => {
    const seen = new Set<string>();
    list.campaigns.forEach((c, i) => {
      if (seen.has(c.tag))
        ctx.addIssue({
          code: 'custom',
          path: ['campaigns', i, 'tag'],
          message: `duplicate tag "${c.tag}"`,
        });
      seen.add(c.tag);
    });
  }),
);
export type CampaignList = z.infer<typeof campaignListSchema>;

export function loadCampaigns(path: string = DEFAULT_CAMPAIGNS_FILE): CampaignList {
  return readValidatedJson(path, campaignListSchema);
}

export function checkCampaigns(list: unknown, source = 'campaign list'): CampaignList {
  return validateData(source, list, campaignListSchema);
}

export interface CampaignScorer {
  /** One phrase group per campaign, in file order. */
  phraseGroups: readonly (readonly string[])[];
  /**
   * @param firstIds phrase id of each campaign's first phrase in `counts`
   * @param counts hits per phrase id, each array one part of the article
   */
  tags(firstIds: readonly number[], ...counts: Int32Array[]): string[];
}

export function createCampaignScorer(list: CampaignList): CampaignScorer {
  return {
    phraseGroups: list.campaigns.map((c) => c.phrases),
    tags(firstIds, ...counts) {
      const found: { tag: string; index: number; n: number }[] = [];
      list.campaigns.forEach((c, index) => {
        const first = firstIds[index]!;
        let n = 0;
        for (let j = 0; j < c.phrases.length; j++) for (const part of counts) n += part[first + j]!;
        if (n > 0) found.push({ tag: c.tag, index, n });
      });
      return found.sort((a, b) => b.n - a.n || a.index - b.index).map((x) => x.tag);
    },
  };
}

export type CampaignDetector = (texts: readonly string[]) => string[];

/** A stand-alone detector with its own phrase counter. */
export function createCampaignDetector(list: CampaignList): CampaignDetector {
  const scorer = createCampaignScorer(list);
  const counter = new PhraseCounter(scorer.phraseGroups);
  return (texts) => {
    const counts = new Int32Array(counter.size);
    for (const t of texts) counter.count(t, counts);
    return scorer.tags(counter.groupStart, counts);
  };
}
