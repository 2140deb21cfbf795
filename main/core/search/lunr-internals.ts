/**
 * The parts of lunr 2.3.9 the engine relies on, typed accurately in one place (@types/lunr
 * misses some and mistypes others: `fieldVectors`, clause `presence`, TokenSet statics).
 * Everything else imports lunr through here, so an upgrade has one file to check.
 */
import lunrModule from 'lunr';

export interface LunrToken {
  toString(): string;
  update(fn: (text: string) => string): LunrToken;
}

export interface LunrTokenSet {
  final: boolean;
  edges: Record<string, LunrTokenSet>;
  intersect(other: LunrTokenSet): LunrTokenSet;
  toArray(): string[];
}

export interface LunrVector {
  elements: ArrayLike<number>;
}

export interface LunrClause {
  term: string;
  fields?: string[];
  boost?: number;
  editDistance?: number;
  usePipeline?: boolean;
  wildcard?: number;
  presence?: number;
}

export interface LunrQuery {
  clauses: LunrClause[];
  clause(clause: LunrClause): LunrQuery;
}

export interface LunrMatchData {
  /** term → field → metadata (empty objects here: the engine stores no positions). */
  metadata: Record<string, Record<string, object>>;
}

export interface LunrResult {
  ref: string;
  score: number;
  matchData: LunrMatchData;
}

/** What lunr.Index reads from its attributes, and nothing more. */
export interface LunrIndexAttributes {
  invertedIndex: Record<string, unknown>;
  fieldVectors: Record<string, LunrVector>;
  /** Only `intersect(queryTokenSet).toArray()` is ever called on it. */
  tokenSet: { intersect(other: LunrTokenSet): { toArray(): string[] } };
  fields: string[];
  pipeline: unknown;
}

export interface LunrIndex {
  fields: string[];
  query(build: (query: LunrQuery) => void): LunrResult[];
  search(text: string): LunrResult[];
  toJSON(): unknown;
}

export interface Lunr {
  version: string;
  Index: {
    new (attributes: LunrIndexAttributes): LunrIndex;
    load(serialised: unknown): LunrIndex;
  };
  Vector: new (elements?: number[]) => LunrVector;
  TokenSet: {
    new (): LunrTokenSet;
    fromString(text: string): LunrTokenSet;
    fromClause(clause: { term: string; editDistance?: number }): LunrTokenSet;
    fromArray(sortedWords: string[]): LunrTokenSet;
    prototype: LunrTokenSet;
  };
  Token: new (text: string, metadata?: object) => LunrToken;
  Pipeline: {
    new (): { add(fn: unknown): void; toJSON(): string[] };
    registerFunction(fn: (token: LunrToken) => LunrToken | undefined, label: string): void;
    registeredFunctions: Record<string, unknown>;
  };
  Builder: new () => unknown;
  Query: {
    presence: { OPTIONAL: 1; REQUIRED: 2; PROHIBITED: 3 };
    wildcard: { NONE: 0; LEADING: 1; TRAILING: 2 };
  };
  stemmer(token: LunrToken): LunrToken;
  stopWordFilter(token: LunrToken): LunrToken | undefined;
  (config: (this: LunrBuilder, builder: LunrBuilder) => void): LunrIndex;
}

export interface LunrBuilder {
  ref(name: string): void;
  field(name: string, attributes?: { boost?: number }): void;
  add(doc: object): void;
  pipeline: { reset(): void; add(fn: unknown): void };
  searchPipeline: { reset(): void; add(fn: unknown): void };
  tokenizer: (text: unknown, metadata?: object) => LunrToken[];
  metadataWhitelist: string[];
}

export const lunr = lunrModule as unknown as Lunr;

export const PRESENCE = lunr.Query.presence;
