/**
 * A count with its noun, in the CLI's sentences: `1 segment`, `2 segments`, `20,000 stories`.
 */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
