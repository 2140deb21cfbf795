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

describe('splitDateline: wire forms', () => {
  it('reads a place, date and dash', () => {
    expect(splitDateline('SALVADOR, Feb 26 - Showers continued over the cocoa zone.')).toEqual({
      place: 'SALVADOR',
      rest: 'Showers continued over the cocoa zone.',
    });
    expect(splitDateline('LONDON, March 3 -- Tin prices eased.')?.rest).toBe('Tin prices eased.');
    expect(splitDateline('TOKYO, Sept. 9 - Exports rose.')?.place).toBe('TOKYO');
  });

  it('reads a place and agency with any dash', () => {
    expect(splitDateline('WASHINGTON (Reuters) - The Treasury said …')).toEqual({
      place: 'WASHINGTON',
      rest: 'The Treasury said …',
    });
    expect(splitDateline('NEW YORK, March 3 (Reuters) – Stocks rose.')).toEqual({
      place: 'NEW YORK',
      rest: 'Stocks rose.',
    });
    expect(splitDateline('SAO PAULO, Brazil, May 12 (AP) — Rain fell.')).toEqual({
      place: 'SAO PAULO, Brazil',
      rest: 'Rain fell.',
    });
    expect(splitDateline('GENEVA — Talks resumed.')?.place).toBe('GENEVA');
  });

  it('leaves a hyphenated opening or a label alone', () => {
    expect(splitDateline('COVID-19 cases rose again.')).toBeNull();
    expect(splitDateline('UPDATE - The count was revised.')).toBeNull();
    expect(splitDateline('Washington (Reuters) - mixed case is not a wire dateline')).toBeNull();
    expect(splitDateline('The port -- closed since May -- reopened.')).toBeNull();
  });
});
