/**
 * The dates news-database exports write, found inside a line: `January 11, 2010 Monday`,
 * `December 19, 1991, Sunday, An Edition`, `July 1, 2019 Monday 9:20 AM GMT`,
 * `13 November 2017`, `9 Januar 1993`, `2021-03-04`, `04.03.2021`. Month names in English,
 * German, French, Spanish, Italian and Dutch (the languages the databases' own interfaces
 * export in), any case, with or without their dot. Only real calendar dates pass.
 */
import { calendarDate } from '../model/calendar-date';

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'januari', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'mrz'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dicembre'],
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, month) => names.forEach((name) => MONTHS.set(name, month + 1)));

const WORD = '([a-zäéû]{3,9})\\.?';
/** `January 11, 2010` */
const MONTH_FIRST = new RegExp(`(?:^|[^\\p{L}])${WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iu');
/** `13 November 2017`, `9. Januar 1993`, `1er mars 2020` */
const DAY_FIRST = new RegExp(
  `(?:^|[^\\p{L}\\d])(\\d{1,2})(?:\\.|er)?\\s+(?:de\\s+)?${WORD}(?:\\s+de)?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
const ISO = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /(?:^|\D)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
/** `2018年9月14日` (Chinese and Japanese interfaces). */
const CJK = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The first date in a short line, as `YYYY-MM-DD`, or null. Lines over 120 characters: null. */
export function dateInLine(line: string): string | null {
  if (line.length > 120) return null;
  let match = MONTH_FIRST.exec(line);
  if (match) {
    const month = MONTHS.get(match[1]!.toLowerCase());
    const date = month ? calendarDate(Number(match[3]), month, Number(match[2])) : null;
    if (date) return date;
  }
  match = DAY_FIRST.exec(line);
  if (match) {
    const month = MONTHS.get(match[2]!.toLowerCase());
    const date = month ? calendarDate(Number(match[3]), month, Number(match[1])) : null;
    if (date) return date;
  }
  match = ISO.exec(line);
  if (match) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return date;
  }
  match = CJK.exec(line);
  if (match) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return date;
  }
  match = DOTTED.exec(line);
  if (match) return calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

/** `2,968 words`, `877 Wörter`, `355 mots` → the number; else null. */
export function wordCountOf(text: string): number | null {
  const match =
    /^(\d{1,3}(?:[,.\u00a0 ]\d{3})*|\d+)\s*(?:words?|wörter|worte|mots|palabras|parole|woorden|字)/iu.exec(
      text.trim(),
    );
  if (!match) return null;
  return Number(match[1]!.replace(/[,.\u00a0 ]/g, ''));
}
