/**
 * Writes a story draft as a news web page the way a browser's "Save page as" keeps it: a head
 * with the site's metadata (JSON-LD NewsArticle and Open Graph tags, or meta tags alone), an
 * inline stylesheet and scripts, a cookie banner, the site's navigation, the article (headline,
 * byline, date stamp, figures with captions, paragraphs), the site's "More from" list of
 * related headlines, a newsletter form and a footer. The same article as renderStoryText
 * writes, so the benchmarks compare reading one article in two formats.
 */
import type { StoryDraft } from './render-story';

const SITE = 'The Harbour Courier';
const ORIGIN = 'https://courier.example.com';
const SECTIONS = [
  'World',
  'Business',
  'Science',
  'Health',
  'Sport',
  'Technology',
  'Culture',
  'Opinion',
];

/** `variant`: 0 writes JSON-LD and Open Graph tags, 1 meta tags only. */
export function renderStoryPage(draft: StoryDraft, slug: string, variant: 0 | 1): string {
  const url = `${ORIGIN}/${draft.section}/${slug}`;
  const section = draft.section.charAt(0).toUpperCase() + draft.section.slice(1);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: draft.title,
    datePublished: `${draft.date.iso}T08:00:00+00:00`,
    articleSection: section,
    author: { '@type': 'Person', name: draft.byline },
    mainEntityOfPage: { '@id': url },
    publisher: { '@type': 'Organization', name: SITE },
  });
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(draft.title)} | ${SITE}</title>`,
    `<link rel="canonical" href="${url}">`,
    `<meta property="og:site_name" content="${SITE}">`,
    `<meta property="og:title" content="${attribute(draft.title)}">`,
    `<meta property="og:url" content="${url}">`,
    `<meta property="article:published_time" content="${draft.date.iso}T08:00:00Z">`,
    `<meta property="article:section" content="${section}">`,
    `<meta name="author" content="${attribute(draft.byline)}">`,
    ...(variant === 0 ? [`<script type="application/ld+json">${jsonLd}</script>`] : []),
    `<style>${STYLES}</style>`,
    `<script>${ANALYTICS}</script>`,
  ];
  const figures = draft.captions.map(
    (caption, index) =>
      `<figure class="story-figure"><img src="./${slug}_files/photo-${index + 1}.jpg" alt="${attribute(caption.replace(/['\u2019]/g, ''))}" loading="lazy" width="960" height="640"><figcaption>${text(caption)}</figcaption></figure>`,
  );
  const paragraphs = draft.paragraphs.map((paragraph) => `<p>${text(paragraph)}</p>`);
  if (paragraphs.length > 3) {
    paragraphs.splice(3, 0, '<div class="ad-slot" id="ad-mid"><span>Advertisement</span></div>');
  }
  const related = draft.related
    ? `<aside class="more-from"><h2>${text(draft.related.label.replace(/:$/, ''))}</h2><ul>${draft.related.headlines
        .map(
          (headline, index) =>
            `<li><a href="${ORIGIN}/${draft.section}/related-${index}">${text(headline)}</a></li>`,
        )
        .join('')}</ul></aside>`
    : '';
  const nav = SECTIONS.map(
    (name) => `<li><a href="${ORIGIN}/${name.toLowerCase()}">${name}</a></li>`,
  ).join('');
  return [
    '<!DOCTYPE html>',
    `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`,
    '<html lang="en"><head>',
    ...head,
    '</head><body>',
    '<div class="cookie-banner" id="cookie-consent" role="dialog">We use cookies to keep this site working and to measure how it is used. <button>Accept all</button> <button>Settings</button></div>',
    `<header class="site-header"><a class="logo" href="${ORIGIN}/">${SITE}</a><nav class="main-nav"><ul>${nav}</ul></nav><form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form></header>`,
    '<main><article class="story">',
    `<header><p class="kicker"><a href="${ORIGIN}/${draft.section}">${section}</a></p><h1>${text(draft.title)}</h1>`,
    `<p class="byline">By <a rel="author" href="${ORIGIN}/people/${encodeURIComponent(draft.byline)}">${text(draft.byline)}</a></p>`,
    `<time datetime="${draft.date.iso}T08:00:00Z">${text(draft.date.display)}</time></header>`,
    ...figures,
    '<div class="story-body">',
    ...paragraphs,
    '</div>',
    '<div class="share-tools"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>',
    '</article>',
    related,
    '<section class="newsletter"><h3>The morning briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>',
    '</main>',
    `<footer class="site-footer"><nav><a href="${ORIGIN}/about">About us</a> <a href="${ORIGIN}/contact">Contact</a> <a href="${ORIGIN}/privacy">Privacy</a></nav><p>&copy; ${draft.date.iso.slice(0, 4)} ${SITE}</p></footer>`,
    `<script>${LOADER}</script>`,
    '</body></html>',
  ].join('\n');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}

const STYLES = [
  'body{margin:0;font-family:Georgia,serif;color:#1d1d1d;background:#fff}',
  '.site-header{display:flex;align-items:center;gap:1rem;padding:.5rem 1rem;border-bottom:1px solid #ddd}',
  '.main-nav ul{display:flex;gap:.75rem;list-style:none;margin:0;padding:0}',
  '.story{max-width:40rem;margin:2rem auto;padding:0 1rem}',
  '.story h1{font-size:2.2rem;line-height:1.15;margin:.25rem 0 1rem}',
  '.byline,.kicker,time{font-family:Helvetica,Arial,sans-serif;font-size:.875rem;color:#555}',
  '.story-figure img{width:100%;height:auto}.story-figure figcaption{font-size:.8rem;color:#666}',
  '.story-body p{font-size:1.1rem;line-height:1.6;margin:0 0 1.1rem}',
  '.ad-slot{min-height:250px;background:#f4f4f4;text-align:center}',
  '.more-from{max-width:40rem;margin:2rem auto;border-top:3px solid #1d1d1d}',
  '.cookie-banner{position:fixed;bottom:0;left:0;right:0;padding:1rem;background:#222;color:#fff}',
  '.site-footer{padding:2rem 1rem;background:#f7f7f7;font-size:.8rem}',
].join('\n');

const ANALYTICS =
  "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-0000000');" +
  "(function(w,d){var s=d.createElement('script');s.async=true;s.src='https://cdn.example.com/tag.js';d.head.appendChild(s);w.__consent={necessary:true,analytics:false,ads:false};})(window,document);";

const LOADER =
  "document.querySelectorAll('[loading=lazy]').forEach(function(img){img.decoding='async'});" +
  "window.addEventListener('load',function(){var b=document.getElementById('cookie-consent');if(localStorage.getItem('consent'))b.remove();});";
