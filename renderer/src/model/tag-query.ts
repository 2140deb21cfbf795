/** `tag:ports`, or `tag:"long form"` for a tag with spaces. */
export function tagQuery(tag: string): string {
  return /[\s"]/.test(tag) ? `tag:"${tag.replace(/"/g, '')}"` : `tag:${tag}`;
}
