import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../tools/generate/seeded-random';
import { createWireWorld, currencies } from '../../../tools/generate/wire/wire-world';
import {
  amount,
  dollars,
  ordinal,
  pct,
  perShare,
  price,
  tonnes,
  whole,
} from '../../../tools/generate/wire/wire-writer';

describe('wire figures', () => {
  it('writes amounts as wires do: mln, billion, thousands in full', () => {
    expect(amount(12.4)).toBe('12.4 mln');
    expect(amount(3.456)).toBe('3.46 mln');
    expect(amount(1240)).toBe('1.24 billion');
    expect(amount(0.451)).toBe('451,000');
    expect(amount(-2.5)).toBe('2.50 mln');
    expect(dollars(98.3)).toBe('98.3 mln dlrs');
  });

  it('writes per-share figures in dlrs or cts, prices in eighths', () => {
    expect(perShare(1.2)).toBe('1.20 dlrs');
    expect(perShare(0.45)).toBe('45 cts');
    expect(perShare(-0.12)).toBe('12 cts');
    expect(perShare(0.01)).toBe('one ct');
    expect(price(22.5)).toBe('22-1/2');
    expect(price(0.25)).toBe('1/4');
    expect(price(13)).toBe('13');
    expect(pct(5.5)).toBe('5.5 pct');
    expect(pct(7.75, 2)).toBe('7.75 pct');
  });

  it('groups digits by hand, whatever the machine locale', () => {
    expect(whole(1_234_567)).toBe('1,234,567');
    expect(whole(999)).toBe('999');
    expect(tonnes(250_000)).toBe('250,000 tonnes');
    expect(tonnes(1_200_000)).toBe('1.20 mln tonnes');
    expect(ordinal(1)).toBe('1st');
    expect(ordinal(4)).toBe('4th');
  });
});

describe('createWireWorld', () => {
  const world = createWireWorld(new SeededRandom(3, 21), 20_000);

  it('invents a few thousand companies with unique names and tickers', () => {
    expect(world.companies.length).toBe(3000);
    expect(new Set(world.companies.map((company) => company.name.toLowerCase())).size).toBe(3000);
    expect(new Set(world.companies.map((company) => company.ticker)).size).toBe(3000);
    for (const company of world.companies.slice(0, 200)) {
      expect(company.ticker).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
      expect(company.name.startsWith(company.short)).toBe(true);
    }
  });

  it('draws popular companies and countries far more often than the rest', () => {
    const random = new SeededRandom(1);
    const drawn = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const company = world.company(random);
      drawn.set(company.index, (drawn.get(company.index) ?? 0) + 1);
    }
    const counts = [...drawn.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(40);
    expect(drawn.size).toBeGreaterThan(1500);
    const oil = world.company(random, ['oil']);
    expect(oil.industry.key).toBe('oil');
    const countries = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const country = world.country(random);
      countries.set(country.name, (countries.get(country.name) ?? 0) + 1);
    }
    expect(Math.max(...countries.values())).toBeGreaterThan(400);
    expect(world.country(random, 'coffee').produces).toContain('coffee');
  });

  it('gives countries a capital for datelines and a currency with its plural', () => {
    for (const country of world.countries) {
      expect(country.capital).toMatch(/^[A-Z]+$/);
      expect(currencies(country)).toMatch(/^[a-z]+$/);
    }
  });
});
