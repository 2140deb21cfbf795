import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResponse } from '../../../main/core/model';
import { foldedSaves } from '../../../tools/eval/engine-adapter';

const hit = (id: string, duplicates: string[] = []): SearchHit =>
  ({ id, duplicates }) as unknown as SearchHit;

describe('foldedSaves', () => {
  it('takes the duplicate groups the engine folds, page by page (a cross-post included)', async () => {
    const stories = [hit('a', ['b', 'c']), hit('d'), hit('e', ['f'])];
    const pages: number[] = [];
    const archive = {
      browse: async ({ limit, offset }: { limit: number; offset: number }) => {
        pages.push(offset);
        return { hits: stories.slice(offset, offset + limit) } as unknown as SearchResponse;
      },
    };
    expect(await foldedSaves(archive, 6)).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f'],
    ]);
    expect(pages).toEqual([0]);
  });
});
