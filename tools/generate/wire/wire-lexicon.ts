/**
 * Fixed word lists of the wire style: industries (with the words company names take from
 * them and the products their stories mention), company-name parts, country-name parts and
 * currencies, the cities company stories are datelined from, first names. Written for this
 * project; no sentence of a real wire story is copied. The seed invents everything on top.
 */

export interface Industry {
  key: string;
  /** Words a company name of this industry may carry (`Brandor Oil Corp`). */
  nameWords: readonly string[];
  /** What such a company makes or does, for descriptions (`makes industrial valves`). */
  products: readonly string[];
  /** Share of the company pool in this industry (relative). */
  weight: number;
}

// prettier-ignore
export const INDUSTRIES: readonly Industry[] = [
  { key: 'bank', weight: 12, nameWords: ['Bancorp', 'Financial', 'Savings', 'Bank', 'Trust', 'Bancshares'],
    products: ['commercial banking', 'consumer and mortgage lending', 'savings and loan services', 'trust and banking services'] },
  { key: 'broker', weight: 3, nameWords: ['Securities', 'Capital', 'Investment', 'Partners'],
    products: ['securities brokerage', 'investment banking', 'asset management'] },
  { key: 'insurance', weight: 5, nameWords: ['Insurance', 'Life', 'Casualty', 'Assurance'],
    products: ['property and casualty insurance', 'life insurance', 'reinsurance'] },
  { key: 'oil', weight: 8, nameWords: ['Oil', 'Petroleum', 'Energy', 'Exploration', 'Resources'],
    products: ['oil and gas exploration', 'crude oil and natural gas', 'refined petroleum products', 'oil field services'] },
  { key: 'gas', weight: 4, nameWords: ['Gas', 'Pipeline', 'Utilities', 'Power', 'Electric'],
    products: ['natural gas transmission', 'gas distribution', 'electric and gas service'] },
  { key: 'mining', weight: 5, nameWords: ['Mining', 'Mines', 'Minerals', 'Gold', 'Metals'],
    products: ['gold mining', 'copper and zinc mining', 'precious metals', 'mineral exploration'] },
  { key: 'food', weight: 6, nameWords: ['Foods', 'Mills', 'Packing', 'Farms', 'Sugar', 'Grain'],
    products: ['packaged foods', 'flour milling', 'meat packing', 'grain merchandising', 'sugar refining', 'edible oils'] },
  { key: 'shipping', weight: 3, nameWords: ['Shipping', 'Lines', 'Marine', 'Tankers', 'Navigation'],
    products: ['ocean shipping', 'tanker operations', 'container shipping', 'barge transport'] },
  { key: 'retail', weight: 5, nameWords: ['Stores', 'Retail', 'Mart', 'Department Stores'],
    products: ['department stores', 'discount stores', 'specialty retailing', 'supermarkets'] },
  { key: 'tech', weight: 9, nameWords: ['Computer', 'Systems', 'Electronics', 'Data', 'Technologies', 'Software'],
    products: ['computer systems', 'electronic components', 'software', 'data processing services', 'semiconductors'] },
  { key: 'industrial', weight: 12, nameWords: ['Industries', 'Tool', 'Manufacturing', 'Steel', 'Machine', 'Products'],
    products: ['industrial valves', 'machine tools', 'steel products', 'auto parts', 'building materials', 'industrial equipment'] },
  { key: 'chemical', weight: 4, nameWords: ['Chemical', 'Plastics', 'Chemicals'],
    products: ['specialty chemicals', 'plastics', 'fertilizers', 'industrial coatings'] },
  { key: 'health', weight: 5, nameWords: ['Medical', 'Health', 'Pharmaceuticals', 'Laboratories'],
    products: ['prescription drugs', 'medical devices', 'hospital management', 'diagnostic products'] },
  { key: 'media', weight: 4, nameWords: ['Communications', 'Publishing', 'Broadcasting'],
    products: ['newspapers', 'television stations', 'cable television', 'magazines'] },
  { key: 'transport', weight: 3, nameWords: ['Airlines', 'Freight', 'Trucking', 'Air'],
    products: ['air freight', 'trucking', 'regional airline service'] },
  { key: 'property', weight: 4, nameWords: ['Homes', 'Realty', 'Properties', 'Construction'],
    products: ['home building', 'commercial real estate', 'construction'] },
];

/** Generic words that open many company names (as in real wires: a name word is not a topic). */
// prettier-ignore
export const NAME_PREFIXES = [
  'First', 'National', 'United', 'General', 'Pacific', 'Atlantic', 'Continental', 'Western',
  'Southern', 'Central', 'Allied', 'Consolidated', 'Standard', 'Republic', 'Midland', 'Summit',
  'Pioneer', 'Liberty', 'Heritage', 'American', 'Northern', 'Eastern', 'International',
  'Great Lakes', 'Gulf', 'Coastal', 'Mid-State', 'Valley', 'Imperial', 'Royal',
] as const;

export const CORPORATE_SUFFIXES = ['Corp', 'Inc', 'Co', 'Corp', 'Inc', 'Ltd', 'Group'] as const;
export const FOREIGN_SUFFIXES = ['Plc', 'AG', 'NV', 'SA', 'Ltd', 'Group Plc', 'KK'] as const;

/** Cities company stories are datelined from (real ones, as place names only). */
// prettier-ignore
export const HOME_CITIES = [
  'NEW YORK', 'NEW YORK', 'NEW YORK', 'NEW YORK', 'CHICAGO', 'CHICAGO', 'HOUSTON', 'DALLAS',
  'LOS ANGELES', 'SAN FRANCISCO', 'BOSTON', 'PHILADELPHIA', 'ATLANTA', 'DETROIT', 'PITTSBURGH',
  'CLEVELAND', 'MINNEAPOLIS', 'ST. LOUIS', 'DENVER', 'SEATTLE', 'MIAMI', 'KANSAS CITY', 'OMAHA',
  'TULSA', 'MILWAUKEE', 'CINCINNATI', 'COLUMBUS, Ohio', 'HARTFORD, Conn.', 'STAMFORD, Conn.',
  'RICHMOND, Va.', 'GREENWICH, Conn.', 'PORTLAND, Ore.', 'PHOENIX', 'SAN DIEGO', 'BALTIMORE',
  'TORONTO', 'MONTREAL', 'VANCOUVER', 'CALGARY',
] as const;

/** Where foreign companies (Plc, AG, NV…) are datelined from. */
// prettier-ignore
export const FOREIGN_CITIES = [
  'LONDON', 'LONDON', 'FRANKFURT', 'ZURICH', 'PARIS', 'AMSTERDAM', 'TOKYO', 'SYDNEY',
  'HONG KONG', 'SINGAPORE', 'BRUSSELS', 'STOCKHOLM', 'MILAN', 'MADRID',
] as const;

/** Market centres: where commodity and currency market reports come from. */
export const MARKET_CITIES = ['NEW YORK', 'CHICAGO', 'LONDON', 'TOKYO', 'HONG KONG'] as const;

// prettier-ignore
export const CURRENCIES = [
  'crown', 'mark', 'franc', 'peso', 'dinar', 'rand', 'schilling', 'guilder', 'lira', 'rupee',
  'ringgit', 'escudo', 'drachma', 'krona', 'zloty', 'baht', 'won', 'real', 'sol', 'lev',
] as const;

export const COUNTRY_ENDINGS = ['ia', 'ia', 'ia', 'land', 'ana', 'ora', 'esia', 'ica', 'ay'];

// prettier-ignore
export const WIRE_FIRST_NAMES = [
  'John', 'Robert', 'James', 'William', 'Richard', 'Thomas', 'Charles', 'David', 'Michael',
  'Joseph', 'George', 'Edward', 'Peter', 'Paul', 'Frank', 'Walter', 'Henry', 'Arthur', 'Donald',
  'Kenneth', 'Ronald', 'Gerald', 'Martin', 'Stephen', 'Alan', 'Hans', 'Karl', 'Jacques',
  'Pierre', 'Klaus', 'Carlos', 'Luis', 'Mary', 'Susan', 'Linda', 'Margaret', 'Helen', 'Carol',
  'Anne', 'Barbara', 'Elizabeth', 'Joan', 'Nancy', 'Ruth', 'Marie', 'Ingrid', 'Yoshio', 'Kenji',
] as const;

// prettier-ignore
export const MONTH_FULL = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
] as const;

/** Month as a wire dateline may abbreviate it (`Sept`, `Feb`), or in full. */
// prettier-ignore
export const MONTH_SHORT = [
  'Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
] as const;

// prettier-ignore
export const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
] as const;
