/**
 * What a saved page's markup holds that can never be story text, cut out before the page is
 * parsed: scripts (JSON-LD kept: it is the page's metadata), styles, SVG drawings, `<noscript>`,
 * `<template>` and comments. A saved news page is mostly this (1–5 MB of inline scripts and
 * styles around 10 KB of article), and every element the parser does not build is time and
 * memory saved. The DOM-level cleaning (page-clutter.ts) still runs after: this pass is for
 * speed; what it misses, that one removes.
 *
 * Each pattern is what the HTML parser itself does: a script or style ends at the first
 * closing tag of its kind, a comment at the first `-->`. Linear: lazy matches with a fixed
 * end, no nested repetition.
 */

const SCRIPT = /<script\b([^>]*)>[\s\S]*?(?:<\/script\s*>|$)/gi;
const RAW_BLOCK = /<(style|svg|noscript|template|iframe|object)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function withoutNonText(html: string): string {
  return html
    .replace(COMMENT, '')
    .replace(SCRIPT, (script: string, attributes: string) =>
      /ld\+json/i.test(attributes) ? script : '',
    )
    .replace(RAW_BLOCK, '');
}
