import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../../main/core/story/dateline';

describe('splitDateline', () => {
  it('splits the capitalised place from the paragraph', () => {
    expect(splitDateline('SEOUL: North Korea said on Tuesday …')).toEqual({
      place: 'SEOUL',
      rest: 'North Korea said on Tuesday …',
    });
    expect(splitDateline('NEW YORK: Stocks rose.')?.place).toBe('NEW YORK');
    expect(splitDateline('ZÜRICH: Trains ran late.')?.place).toBe('ZÜRICH');
    expect(splitDateline('ST. JOHN’S: Fog closed the port.')?.place).toBe('ST. JOHN’S');
  });

  it('keeps a region written after the place', () => {
    expect(splitDateline('DARWIN, Australia: The agency said …')).toEqual({
      place: 'DARWIN, Australia',
      rest: 'The agency said …',
    });
    expect(splitDateline('KETI BANDAR, Sindh: Mangroves …')?.place).toBe('KETI BANDAR, Sindh');
  });

  it('does not take headline-like openings for a place', () => {
    expect(splitDateline('COP27: What are they saying?')).toBeNull();
    expect(splitDateline('Q&A: What the strike means')).toBeNull();
    expect(splitDateline('UPDATE: The count was revised.')).toBeNull();
    expect(splitDateline('Q: What happened?')).toBeNull();
    expect(splitDateline('The minister said: no.')).toBeNull();
    expect(splitDateline('SEOUL North Korea said')).toBeNull();
    expect(splitDateline('')).toBeNull();
  });
});
