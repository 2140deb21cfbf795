/**
 * The story: what the parser reads from one story file, and the short reference that lists
 * and opens it. The engine's own types: every layer above (index, service, the bridge, the
 * renderer) speaks them.
 */

import type { StoryEntities } from './entities';

/**
 * Which reader read a story file: the text layout of shared/design/story-format.md, a web page
 * saved as HTML, a Markdown clipping, a PDF, a Word document (DOCX), an RTF document (also a
 * `.doc` that is RTF inside), or a web page saved as one MHTML file (story-format.ts says how a
 * file's format is chosen: by its bytes first, then its name).
 */
export type StoryFormat = 'text' | 'html' | 'markdown' | 'pdf' | 'docx' | 'rtf' | 'mhtml';

/** The news database a many-story export came from (story-exports.ts recognises them). */
export type ExportSource = 'nexis' | 'factiva';

/** Where a story sits in a file that holds several: story `index` (from 1) of `count`. */
export interface StoryPosition {
  index: number;
  count: number;
}

/**
 * The pages of a PDF export a story is on (from 1), and the running heads and feet removed
 * from the whole file (their text, digits as `#`), so the story can be read again from its
 * pages alone, as it was read from the whole file.
 */
export interface StoryPages {
  first: number;
  last: number;
  running: string[];
}

/** A story file as the parser reads it. The CLI's `inspect` and `story` print exactly this. */
export interface Story {
  /** The file stem, e.g. `000_820f4edab050e0c0`: a stable identity. */
  id: string;
  /** Path relative to the archive root, with `/` separators. */
  file: string;
  /** The reader that read the file; every format gives the same fields. */
  format: StoryFormat;
  /**
   * Where the story was saved from: a page's canonical or source URL, a clipping's `source`.
   * Always an absolute http(s) URL without credentials, or null: the UI may link to it.
   */
  source: string | null;
  /** `YYYY-MM-DD`, or null when no date could be read at all. */
  date: string | null;
  /** The site's section slug, lower case; `unfiled` when the file has none. */
  section: string;
  byline: string | null;
  title: string;
  /** The capitalised place before the colon that opens the body (`SEOUL`), or null. */
  dateline: string | null;
  captions: string[];
  /** Body paragraphs; the first without its dateline prefix. Header and related block excluded. */
  paragraphs: string[];
  /**
   * The paragraphs that are subheadings (a Markdown `##`, an HTML `<h2>`), by index into
   * `paragraphs`: their words stay there, so search reads them as body text. Absent when none.
   */
  subheadings?: Subheading[];
  /** Struck-through words (`~~two~~`, `<s>`, `<del>`), by paragraph. Absent when none. */
  struck?: StruckText[];
  related: { label: string | null; headlines: string[] };
  /** What could not be read, in words (empty for a clean file). */
  warnings: string[];
  /**
   * Only for a story inside a file that holds several (a news-database export): where it sits
   * ("12 of 161"). Absent for a one-story file, whose id is its file's.
   */
  position?: StoryPosition;
  /** Only for a story of a PDF export: the pages it is on (opening it reads only those). */
  pages?: StoryPages;
  /** Only for an export's story: the database it came from. */
  exportSource?: ExportSource;
  /** The publication the story appeared in (`The Guardian (London)`), when the file says. */
  publication?: string | null;
  /** The word count the file states (an export's LENGTH or WC), when it says. */
  wordCount?: number | null;
  /** The copyright line the file states, kept out of the body. */
  copyright?: string | null;
  /**
   * People, organisations and places it names, as the index extracted them. Set by the
   * service when a story is opened from an indexed archive; absent from the parser's own read.
   */
  entities?: StoryEntities;
}

/** A paragraph that is a subheading: `level` 2 for `##` and `<h2>`, 3 for `###`, … */
export interface Subheading {
  paragraph: number;
  level: number;
}

/** Struck-through text: UTF-16 offsets `start`–`end` in paragraph `paragraph`. */
export interface StruckText {
  paragraph: number;
  start: number;
  end: number;
}

/** A short reference to a story, enough to show and open it. */
export interface StoryRef {
  id: string;
  title: string;
  date: string | null;
  section: string;
}

/** A file the scanner did not index, and why, in words a user understands. */
export interface SkippedFile {
  file: string;
  reason: string;
}
