/**
 * The fixed English word lists the generator builds text from: function words in frequency
 * order, common news words, each section's subject words, headline verbs and adjectives, first
 * names, and the wording of bylines and captions. Written for this project (no sentence of a
 * real story is copied); the seed decides everything made up on top of them.
 */

/** Function words, most frequent first (drawn with a Zipf law). */
// prettier-ignore
export const FUNCTION_WORDS = [
  'the', 'of', 'to', 'and', 'a', 'in', 'that', 'is', 'for', 'on', 'was', 'with', 'it', 'as',
  'at', 'by', 'he', 'from', 'be', 'have', 'has', 'are', 'an', 'its', 'this', 'not', 'but',
  'they', 'his', 'had', 'were', 'which', 'would', 'will', 'their', 'been', 'or', 'after',
  'who', 'more', 'she', 'than', 'also', 'about', 'over', 'her', 'we', 'there', 'could', 'can',
  'into', 'up', 'all', 'some', 'other', 'out', 'when', 'if', 'so', 'no', 'what', 'our',
  'before', 'while', 'since', 'under', 'against', 'between', 'during', 'them', 'most', 'any',
  'only', 'such', 'those', 'these', 'then', 'where', 'because', 'both', 'each', 'through',
  'still', 'should', 'may', 'might', 'did', 'do', 'does', 'being', 'very', 'much', 'just',
  'even', 'until', 'however', 'without', 'among', 'across', 'whether', 'again', 'around',
] as const;

/** Common news words, roughly most frequent first. */
// prettier-ignore
export const NEWS_WORDS = [
  'said', 'year', 'people', 'government', 'new', 'first', 'last', 'two', 'officials', 'week',
  'country', 'time', 'state', 'told', 'percent', 'day', 'three', 'years', 'told', 'former',
  'national', 'public', 'million', 'statement', 'report', 'month', 'according', 'president',
  'minister', 'city', 'police', 'local', 'support', 'including', 'group', 'plan', 'world',
  'official', 'months', 'company', 'added', 'called', 'since', 'made', 'make', 'take', 'part',
  'number', 'four', 'days', 'later', 'expected', 'spokesperson', 'earlier', 'members',
  'security', 'political', 'high', 'under', 'major', 'authorities', 'recent', 'house',
  'told', 'news', 'agency', 'council', 'region', 'second', 'end', 'five', 'home', 'family',
  'case', 'office', 'work', 'help', 'service', 'system', 'law', 'decision', 'since', 'issue',
  'meeting', 'leaders', 'power', 'death', 'court', 'price', 'prices', 'workers', 'money',
  'billion', 'market', 'economy', 'water', 'area', 'members', 'children', 'women', 'men',
  'health', 'program', 'policy', 'rights', 'forces', 'attack', 'talks', 'deal', 'vote',
  'election', 'party', 'team', 'season', 'game', 'record', 'history', 'future', 'hope',
  'crisis', 'risk', 'change', 'rules', 'measures', 'funding', 'budget', 'cost', 'costs',
  'plans', 'project', 'centre', 'community', 'board', 'leader', 'head', 'chief', 'director',
  'committee', 'spokesman', 'spokeswoman', 'residents', 'citizens', 'staff', 'experts',
  'analysts', 'critics', 'supporters', 'opposition', 'lawmakers', 'ministry', 'department',
  'agreement', 'proposal', 'announcement', 'review', 'investigation', 'inquiry', 'probe',
  'evidence', 'data', 'figures', 'study', 'survey', 'research', 'results', 'growth', 'demand',
  'supply', 'shortage', 'increase', 'decline', 'fall', 'rise', 'levels', 'level', 'rate',
  'rates', 'pressure', 'concerns', 'warning', 'threat', 'damage', 'support', 'response',
  'effort', 'efforts', 'action', 'steps', 'move', 'process', 'control', 'access', 'areas',
  'border', 'road', 'roads', 'building', 'buildings', 'site', 'land', 'coast', 'island',
  'river', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'capital', 'province', 'district', 'village', 'town', 'streets', 'morning', 'night',
  'weekend', 'hours', 'minutes', 'period', 'stage', 'phase', 'round', 'step', 'point',
  'issues', 'questions', 'answers', 'view', 'views', 'interview', 'speech', 'letter',
  'comments', 'remarks', 'message', 'social', 'media', 'online', 'video', 'images', 'photos',
  'television', 'radio', 'press', 'newspaper', 'reporters', 'journalists', 'sources',
  'source', 'details', 'information', 'situation', 'conditions', 'weather', 'safety',
  'emergency', 'services', 'hospital', 'schools', 'school', 'university', 'students',
  'teachers', 'parents', 'young', 'older', 'age', 'life', 'lives', 'killed', 'injured',
  'dead', 'missing', 'arrested', 'charged', 'accused', 'released', 'held', 'found', 'shown',
  'announced', 'agreed', 'refused', 'rejected', 'approved', 'signed', 'launched', 'opened',
  'closed', 'started', 'ended', 'continued', 'remained', 'reached', 'raised', 'cut', 'set',
  'put', 'give', 'given', 'gave', 'went', 'came', 'saw', 'seen', 'known', 'allowed',
  'asked', 'warned', 'urged', 'called', 'described', 'noted', 'stressed', 'insisted',
  'suggested', 'confirmed', 'denied', 'claimed', 'believed', 'considered', 'reported',
  'expected', 'planned', 'needed', 'important', 'clear', 'difficult', 'possible', 'likely',
  'unlikely', 'strong', 'weak', 'large', 'small', 'big', 'long', 'short', 'early', 'late',
  'full', 'free', 'open', 'available', 'current', 'previous', 'next', 'final', 'main',
  'serious', 'significant', 'recent', 'international', 'foreign', 'domestic', 'federal',
  'regional', 'private', 'military', 'economic', 'financial', 'legal', 'official', 'senior',
  'general', 'special', 'common', 'total', 'average', 'annual', 'daily', 'weekly', 'further',
  'additional', 'several', 'many', 'few', 'least', 'less', 'half', 'quarter', 'hundreds',
  'thousands', 'dozens', 'six', 'seven', 'eight', 'ten', 'twenty', 'per', 'cent',
] as const;

/** The sections a generated archive files stories under, with their subject words. */
// prettier-ignore
export const SECTION_WORDS: Record<string, readonly string[]> = {
  world: [
    'ceasefire', 'sanctions', 'embassy', 'diplomats', 'envoy', 'summit', 'troops', 'refugees',
    'border', 'treaty', 'talks', 'negotiations', 'allies', 'rebels', 'militants', 'protesters',
    'protests', 'parliament', 'coalition', 'referendum', 'regime', 'humanitarian', 'aid',
    'convoy', 'shelling', 'airstrike', 'hostages', 'exiles', 'delegation', 'mediators',
    'peacekeepers', 'annexation', 'sovereignty', 'blockade', 'airspace', 'missile', 'drills',
    'navy', 'frontier', 'consulate', 'visa', 'asylum', 'migrants', 'crossing', 'truce',
    'uprising', 'junta', 'curfew', 'embargo', 'tribunal',
  ],
  national: [
    'cabinet', 'senate', 'ministers', 'bill', 'legislation', 'amendment', 'voters', 'ballot',
    'campaign', 'candidates', 'governor', 'mayor', 'municipal', 'pension', 'taxes', 'welfare',
    'housing', 'rent', 'tenants', 'landlords', 'railway', 'commuters', 'strike', 'unions',
    'teachers', 'nurses', 'courts', 'judge', 'verdict', 'trial', 'prosecutors', 'defendant',
    'bail', 'inquest', 'constituency', 'polls', 'turnout', 'census', 'subsidy', 'reform',
    'ombudsman', 'watchdog', 'regulator', 'licence', 'permits', 'zoning', 'council', 'levy',
    'grants', 'audit',
  ],
  business: [
    'shares', 'stocks', 'investors', 'earnings', 'profit', 'revenue', 'quarter', 'forecast',
    'merger', 'acquisition', 'takeover', 'bid', 'shareholders', 'dividend', 'bonds', 'yields',
    'inflation', 'interest', 'lenders', 'loans', 'mortgage', 'tariffs', 'exports', 'imports',
    'trade', 'currency', 'exchange', 'retailers', 'sales', 'consumers', 'factory', 'output',
    'supply', 'chain', 'layoffs', 'hiring', 'wages', 'startup', 'valuation', 'listing',
    'regulators', 'antitrust', 'brokers', 'commodities', 'crude', 'refinery', 'shipping',
    'freight', 'insurers', 'bankruptcy',
  ],
  sport: [
    'match', 'league', 'cup', 'final', 'semifinal', 'coach', 'striker', 'goalkeeper', 'squad',
    'injury', 'transfer', 'contract', 'stadium', 'fans', 'title', 'champions', 'tournament',
    'qualifier', 'fixture', 'draw', 'victory', 'defeat', 'goal', 'goals', 'penalty', 'referee',
    'innings', 'wicket', 'batsman', 'bowler', 'sprint', 'marathon', 'medal', 'podium',
    'relay', 'swimmer', 'cyclist', 'lap', 'race', 'circuit', 'captain', 'debut', 'selectors',
    'playoff', 'rivals', 'derby', 'season', 'coaching', 'manager', 'training',
  ],
  technology: [
    'software', 'app', 'users', 'platform', 'data', 'privacy', 'encryption', 'hackers',
    'breach', 'ransomware', 'chips', 'semiconductor', 'smartphone', 'devices', 'network',
    'broadband', 'satellite', 'launch', 'rocket', 'startup', 'algorithm', 'automation',
    'robots', 'cloud', 'servers', 'outage', 'update', 'patch', 'developers', 'code', 'browser',
    'search', 'advertising', 'subscribers', 'streaming', 'battery', 'electric', 'charging',
    'sensors', 'drone', 'licence', 'spectrum', 'fibre', 'gadget', 'console', 'gaming',
    'cyberattack', 'password', 'firmware', 'prototype',
  ],
  health: [
    'hospital', 'patients', 'doctors', 'nurses', 'vaccine', 'vaccination', 'virus', 'outbreak',
    'infections', 'cases', 'symptoms', 'clinic', 'treatment', 'drug', 'trial', 'dose',
    'doses', 'pharmacy', 'surgery', 'cancer', 'diabetes', 'obesity', 'malaria', 'cholera',
    'fever', 'screening', 'diagnosis', 'wards', 'ambulance', 'waiting', 'lists', 'therapy',
    'mental', 'wellbeing', 'nutrition', 'epidemic', 'quarantine', 'immunity', 'antibodies',
    'pathogen', 'contagion', 'medics', 'beds', 'intensive', 'care', 'midwives', 'maternity',
    'prescription', 'allergy', 'clinical',
  ],
  science: [
    'researchers', 'scientists', 'study', 'journal', 'species', 'fossil', 'climate',
    'emissions', 'carbon', 'glacier', 'ocean', 'reef', 'coral', 'drought', 'rainfall',
    'flooding', 'wildfire', 'forest', 'wildlife', 'habitat', 'telescope', 'planet', 'orbit',
    'asteroid', 'comet', 'galaxy', 'mission', 'probe', 'spacecraft', 'genome', 'genes',
    'cells', 'experiment', 'laboratory', 'samples', 'particles', 'physics', 'volcano',
    'earthquake', 'tremor', 'magnitude', 'tsunami', 'storm', 'cyclone', 'monsoon', 'heatwave',
    'biodiversity', 'extinction', 'seabed', 'sediment',
  ],
  culture: [
    'film', 'festival', 'director', 'actor', 'actress', 'premiere', 'album', 'singer', 'band',
    'concert', 'tour', 'gallery', 'exhibition', 'museum', 'artist', 'painting', 'novel',
    'author', 'book', 'prize', 'award', 'awards', 'theatre', 'stage', 'audience', 'critics',
    'series', 'episode', 'streaming', 'box', 'office', 'heritage', 'monument', 'archaeologists',
    'dancers', 'ballet', 'orchestra', 'opera', 'poet', 'poetry', 'fashion', 'designer',
    'runway', 'celebrity', 'wedding', 'documentary', 'studio', 'sequel', 'trailer', 'auction',
  ],
};

/** Headline verbs: third person (`warns`) and base form (`warn`), paired by index. */
// prettier-ignore
export const HEADLINE_VERBS: readonly (readonly [string, string])[] = [
  ['warns', 'warn'], ['says', 'say'], ['rejects', 'reject'], ['backs', 'back'],
  ['plans', 'plan'], ['seeks', 'seek'], ['faces', 'face'], ['wins', 'win'], ['loses', 'lose'],
  ['denies', 'deny'], ['announces', 'announce'], ['approves', 'approve'], ['blocks', 'block'],
  ['urges', 'urge'], ['vows', 'vow'], ['halts', 'halt'], ['delays', 'delay'],
  ['expands', 'expand'], ['cuts', 'cut'], ['raises', 'raise'], ['opens', 'open'],
  ['signs', 'sign'], ['launches', 'launch'], ['probes', 'probe'], ['fines', 'fine'],
  ['sues', 'sue'], ['welcomes', 'welcome'], ['weighs', 'weigh'], ['resumes', 'resume'],
  ['extends', 'extend'], ['ends', 'end'], ['confirms', 'confirm'], ['defends', 'defend'],
  ['unveils', 'unveil'], ['scraps', 'scrap'], ['eases', 'ease'], ['tightens', 'tighten'],
  ['questions', 'question'], ['targets', 'target'], ['restores', 'restore'],
];

// prettier-ignore
export const HEADLINE_ADJECTIVES = [
  'new', 'major', 'fresh', 'key', 'rare', 'record', 'historic', 'deadly', 'surprise',
  'early', 'final', 'first', 'second', 'rising', 'emergency', 'temporary', 'long-awaited',
  'controversial', 'disputed', 'sweeping', 'urgent', 'secret', 'delayed', 'planned',
] as const;

// prettier-ignore
export const HEADLINE_TAILS = [
  'what we know', 'what happens next', 'the key questions', 'live updates', 'explained',
  'in pictures', 'a timeline', 'reactions', 'five things to know',
] as const;

/** Titles some sites reuse for different stories on different days (e.g. a daily feature). */
// prettier-ignore
export const RECURRING_TITLES = [
  'Markets close mixed as investors weigh outlook',
  'Weather warning issued for the coast',
  'Daily briefing: what you need to know',
  'Weekend traffic: roads to avoid',
  'Letters to the editor',
  "This week's best new books",
] as const;

// prettier-ignore
export const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'James',
  'Kira', 'Leo', 'Maya', 'Nadia', 'Omar', 'Paula', 'Rafael', 'Sara', 'Tomas', 'Uma',
  'Victor', 'Wen', 'Yusuf', 'Zoe', 'Amira', 'Bruno', 'Chen', 'Dina', 'Emil', 'Fatima',
  'Gustav', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lena', 'Marco', 'Nina', 'Oscar', 'Priya',
  'Rosa', 'Samir', 'Tara', 'Ali', 'Beatriz', 'Daniel', 'Esther', 'Felix', 'José', 'Noémie',
  'Zoë', 'Andrés', 'Chloé', 'Renée', 'Søren', 'Mei', 'Arjun', 'Lucia', 'Ahmed', 'Ingrid',
] as const;

// prettier-ignore
export const PERSON_ROLES = [
  'minister', 'spokesperson', 'mayor', 'governor', 'chief executive', 'analyst', 'professor',
  'coach', 'director', 'lawyer', 'senator', 'chairman', 'chairwoman', 'economist', 'doctor',
  'union leader', 'commander', 'ambassador', 'researcher', 'prosecutor',
] as const;

// prettier-ignore
export const ORGANISATION_KINDS = [
  'Port Authority', 'Central Bank', 'Workers Union', 'Football Club', 'Institute',
  'Holdings', 'Group', 'Energy', 'Systems', 'Foundation', 'Council', 'Commission',
  'Medical Centre', 'University', 'Airlines', 'Motors', 'Logistics', 'Party', 'Front',
  'Alliance', 'Observatory', 'Museum', 'Orchestra', 'Telecom',
] as const;

// prettier-ignore
export const PLACE_SUFFIXES = [
  '', '', '', 'ford', 'holm', 'ia', 'stad', 'mouth', 'grad', 'abad', 'pur', 'ton', 'burg',
  'vik', 'ora', 'istan', 'port', 'field',
] as const;

// prettier-ignore
export const AGENCIES = [
  'Meridian Wire', 'Northgate Press', 'Staff Reporter', 'News Desk', 'Harbour Newswire',
  'Courier Service', 'Correspondent', 'Web Desk', 'Agencies', 'Monitoring Desk',
] as const;

// prettier-ignore
export const CAPTION_SCENES = [
  'A general view of', 'People gather outside', 'Workers stand near', 'Police officers guard',
  'Residents walk past', 'Supporters wave flags outside', 'Vehicles queue near',
  'Visitors look at', 'Rescue teams search', 'Delegates arrive at', 'Fans cheer at',
  'Smoke rises over', 'Boats are moored at', 'A crowd waits outside',
] as const;

// prettier-ignore
export const CAPTION_PLACES = [
  'the headquarters of', 'a market in', 'the main square of', 'the harbour of',
  'a hospital in', 'the parliament building in', 'a stadium in', 'the old town of',
  'a station in', 'the outskirts of',
] as const;

// prettier-ignore
export const WEEKDAYS = [
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
] as const;

// prettier-ignore
export const MONTHS = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
] as const;

// prettier-ignore
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
] as const;
