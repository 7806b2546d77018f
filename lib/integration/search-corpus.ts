/**
 * A small labelled corpus for the search integration tests (original writing, made up for these tests). Each story
 * has a clear subject so that a query about it has one right first answer on both databases.
 */
export const searchSections = [
  { slug: "city", name: "City" },
  { slug: "science", name: "Science" },
  { slug: "culture", name: "Culture" },
];

export const searchSources = [
  { slug: "northfield-courier", name: "Northfield Courier", homepage: "https://courier.example" },
  { slug: "lakeside-herald", name: "Lakeside Herald", homepage: "https://herald.example" },
  { slug: "eastgate-bulletin", name: "Eastgate Bulletin", homepage: "https://bulletin.example" },
];

export const searchAuthors = [
  { slug: "ines-okafor", name: "Ines Okafor" },
  { slug: "jose-alvarez", name: "José Álvarez" },
  { slug: "ruth-lindqvist", name: "Ruth Lindqvist" },
  { slug: "pavel-mbeki", name: "Pavel Mbeki" },
];

export const searchTags = [
  { slug: "tram-network", name: "TramNetwork" },
  { slug: "labour", name: "Labour" },
  { slug: "small-business", name: "SmallBusiness" },
  { slug: "beekeeping", name: "Beekeeping" },
  { slug: "libraries", name: "Libraries" },
  { slug: "energy", name: "Energy" },
  { slug: "music", name: "Music" },
  { slug: "transport", name: "Transport" },
];

export type SearchCorpusArticle = {
  slug: string;
  title: string;
  dek: string;
  body: string;
  section: string;
  source: string;
  authors: string[];
  tags: string[];
  daysAgo: number;
  status?: "PUBLISHED" | "DRAFT" | "SCHEDULED";
};

export const searchArticles: SearchCorpusArticle[] = [
  {
    slug: "tram-drivers-strike-over-rota-changes",
    title: "Tram drivers strike over rota changes",
    dek: "Services across Northfield stopped for a second morning as drivers walked out.",
    body:
      "Tram drivers in Northfield stopped work on Tuesday in a dispute about new shift rotas.\n\n" +
      "The union says the rotas leave too little rest between a late shift and an early one. The operator " +
      "says the timetable needs more flexibility at weekends.\n\nTalks are due to resume on Friday.",
    section: "city",
    source: "northfield-courier",
    authors: ["ines-okafor"],
    tags: ["tram-network", "labour"],
    daysAgo: 1,
  },
  {
    slug: "cafe-owners-count-the-cost-of-roadworks",
    title: "Café owners on Mill Lane count the cost of roadworks",
    dek: "Takings are down by a third since the pavement was fenced off in September.",
    body:
      "Three cafés and a bakery on Mill Lane say the roadworks outside have cost them a third of their trade.\n\n" +
      "The owner of the corner café, who opened in the spring, said customers could no longer see the door " +
      "behind the barriers. The works are meant to finish before the new year.",
    section: "city",
    source: "lakeside-herald",
    authors: ["jose-alvarez"],
    tags: ["small-business"],
    daysAgo: 3,
  },
  {
    slug: "beekeepers-report-record-honey-harvest",
    title: "Beekeepers report record honey harvest after a mild spring",
    dek: "Hives on the allotments produced twice last year's yield.",
    body:
      "Members of the allotment association took more honey from their hives this summer than in any year since " +
      "records began. A mild spring meant the bees started foraging early, and the lime trees flowered for weeks. " +
      "Bumblebees were busy in the clover too.",
    section: "science",
    source: "northfield-courier",
    authors: ["pavel-mbeki"],
    tags: ["beekeeping"],
    daysAgo: 10,
  },
  {
    slug: "library-extends-opening-hours-into-the-evening",
    title: "Library extends opening hours into the evening",
    dek: "The central reading rooms will stay open until nine on weekdays.",
    body:
      "Students asked for somewhere quiet to work after classes, and the central library has answered. From next " +
      "month the reading rooms stay open until nine o'clock from Monday to Thursday, paid for from the council's " +
      "budget for young people. A community choir rehearses there on Saturdays.",
    section: "culture",
    source: "lakeside-herald",
    authors: ["ines-okafor"],
    tags: ["libraries"],
    daysAgo: 5,
  },
  {
    slug: "heat-pump-grants-reopen",
    title: "Heat pump grants reopen with a simpler application",
    dek: "Households can now apply online in one step.",
    body:
      "The scheme that pays part of the cost of a heat pump is taking applications again. The new form asks for " +
      "an installer's quote and a recent energy bill, and nothing else. Insulation grants follow in the spring, " +
      "and grants for solar panels later in the year.",
    section: "science",
    source: "eastgate-bulletin",
    authors: ["ruth-lindqvist"],
    tags: ["energy"],
    daysAgo: 2,
  },
  {
    slug: "striking-a-balance-the-council-budget",
    title: "Striking a balance: the council budget in five charts",
    dek: "Where the money goes, and where the cuts fall.",
    body:
      "The council will spend slightly more on social care and slightly less on parks next year. Road repairs keep " +
      "their share. The charts below show each department's budget against last year's.",
    section: "city",
    source: "northfield-courier",
    authors: ["pavel-mbeki"],
    tags: [],
    daysAgo: 4,
  },
  {
    slug: "night-buses-replace-trams-during-walkout",
    title: "Night buses replace trams during the drivers' walkout",
    dek: "Replacement services run every twenty minutes from the station.",
    body:
      "While the strike lasts, buses will cover the tram routes through the night. Passengers should expect longer " +
      "journeys; the buses stop at every tram stop on the way.",
    section: "city",
    source: "northfield-courier",
    authors: ["ines-okafor"],
    tags: ["transport"],
    daysAgo: 1,
  },
  {
    slug: "tram-network-opens-its-first-line",
    title: "Tram network opens its first line",
    dek: "Crowds rode the first trams from the station to the harbour.",
    body:
      "After six years of building, the first line of the city's tram network carried passengers on Saturday. " +
      "The ride from the station to the harbour, where it meets the island ferry, takes eleven minutes.",
    section: "city",
    source: "lakeside-herald",
    authors: ["ruth-lindqvist"],
    tags: ["tram-network", "transport"],
    daysAgo: 400,
  },
  {
    slug: "choir-wins-regional-festival",
    title: "Choir from Eastgate wins the regional festival",
    dek: "Forty singers, one rehearsal room and a first prize.",
    body:
      "The community choir that practises in the old school hall took first prize at the regional festival on " +
      "Sunday, singing two folk songs and a piece written for them by their conductor.",
    section: "culture",
    source: "lakeside-herald",
    authors: ["ruth-lindqvist"],
    tags: ["music"],
    daysAgo: 6,
  },
  {
    slug: "ferry-timetable-changes-for-winter",
    title: "Ferry timetable changes for winter",
    dek: "Fewer crossings from November, and none after eight in the evening.",
    body:
      "The island ferry will run four crossings a day over the winter instead of seven. The operator blames the " +
      "cost of fuel and a shortage of crew. Night buses will meet the last crossing.",
    section: "city",
    source: "eastgate-bulletin",
    authors: ["pavel-mbeki"],
    tags: ["transport"],
    daysAgo: 7,
  },
  {
    slug: "researchers-map-bumblebee-nests",
    title: "Researchers map bumblebee nests along railway verges",
    dek: "The grassy banks beside the line turn out to be busy places.",
    body:
      "Volunteers walking the verges of the old railway found more than two hundred bumblebee nests in a single " +
      "summer. The researchers want the banks mown later in the year.",
    section: "science",
    source: "eastgate-bulletin",
    authors: ["jose-alvarez"],
    tags: [],
    daysAgo: 12,
  },
  {
    slug: "solar-panels-on-school-roofs",
    title: "Solar panels on school roofs cut energy bills",
    dek: "Eleven schools shared the savings in the first year.",
    body:
      "The panels fitted on the roofs of eleven schools last spring produced a fifth of the electricity they used. " +
      "Head teachers say the money saved paid for library books, a music teacher and a heat pump for the sports hall.",
    section: "science",
    source: "lakeside-herald",
    authors: ["ruth-lindqvist"],
    tags: ["energy"],
    daysAgo: 20,
  },
  {
    slug: "farmers-market-returns-to-the-square",
    title: "Farmers market returns to the square",
    dek: "Thirty stalls every second Saturday until Christmas.",
    body:
      "Cheese, apples, bread and honey from hives on the edge of town are back on the square. The market had " +
      "moved to the car park while the paving was relaid.",
    section: "city",
    source: "northfield-courier",
    authors: ["pavel-mbeki"],
    tags: ["small-business"],
    daysAgo: 0.5,
  },
  {
    slug: "draft-tram-fares-to-rise",
    title: "Draft: tram fares to rise next year",
    dek: "Not yet checked.",
    body: "A draft about tram fares that readers must never see in search results.",
    section: "city",
    source: "northfield-courier",
    authors: ["ines-okafor"],
    tags: ["tram-network"],
    daysAgo: 0,
    status: "DRAFT",
  },
  {
    slug: "scheduled-museum-roof-repairs-finished",
    title: "Museum roof repairs finished",
    dek: "Scheduled for tomorrow morning.",
    body: "The museum roof is watertight again, a story scheduled for tomorrow about the museum.",
    section: "culture",
    source: "eastgate-bulletin",
    authors: ["pavel-mbeki"],
    tags: [],
    daysAgo: -1,
    status: "SCHEDULED",
  },
];

/**
 * Queries with the order their results must come in, the same on both databases. Each has competing matches, so
 * the first is chosen by the ranking (title A > dek and tags B > authors and source C > body D; recency for ties).
 */
export const labelledQueries: { query: string; results: string[]; why: string }[] = [
  {
    query: "drivers strike",
    results: ["tram-drivers-strike-over-rota-changes", "night-buses-replace-trams-during-walkout"],
    why: "both words in one title beat one in the title and one in the body",
  },
  {
    query: "honey",
    results: ["beekeepers-report-record-honey-harvest", "farmers-market-returns-to-the-square"],
    why: "title beats a newer story's body",
  },
  {
    query: "cafe",
    results: ["cafe-owners-count-the-cost-of-roadworks"],
    why: "accents folded",
  },
  {
    query: "library",
    results: ["library-extends-opening-hours-into-the-evening", "solar-panels-on-school-roofs"],
    why: "title beats body",
  },
  {
    query: "heat pumps",
    results: ["heat-pump-grants-reopen", "solar-panels-on-school-roofs"],
    why: "title beats body, plural stemmed",
  },
  {
    query: "budget",
    results: ["striking-a-balance-the-council-budget", "library-extends-opening-hours-into-the-evening"],
    why: "title beats body",
  },
  {
    query: "night buses",
    results: ["night-buses-replace-trams-during-walkout", "ferry-timetable-changes-for-winter"],
    why: "title beats body",
  },
  {
    query: "ferry",
    results: ["ferry-timetable-changes-for-winter", "tram-network-opens-its-first-line"],
    why: "title beats body",
  },
  {
    query: "choir",
    results: ["choir-wins-regional-festival", "library-extends-opening-hours-into-the-evening"],
    why: "title beats body",
  },
  {
    query: "bumblebee",
    results: ["researchers-map-bumblebee-nests", "beekeepers-report-record-honey-harvest"],
    why: "title beats body",
  },
  {
    query: "solar",
    results: ["solar-panels-on-school-roofs", "heat-pump-grants-reopen"],
    why: "title beats body",
  },
  {
    query: "alvarez",
    results: ["researchers-map-bumblebee-nests", "cafe-owners-count-the-cost-of-roadworks"],
    why: "author name, accents folded; the shorter story first",
  },
  {
    query: "eastgate",
    results: [
      "choir-wins-regional-festival",
      "ferry-timetable-changes-for-winter",
      "researchers-map-bumblebee-nests",
      "heat-pump-grants-reopen",
    ],
    why: "a title word beats the source name",
  },
  {
    query: "beekeeping",
    results: ["beekeepers-report-record-honey-harvest"],
    why: "tag and stemmed title",
  },
  {
    query: '"tram network" harbour',
    results: ["tram-network-opens-its-first-line"],
    why: "phrase and a body word",
  },
  {
    query: "tram -strike -walkout",
    results: ["tram-network-opens-its-first-line"],
    why: "exclusions",
  },
  {
    query: '"rota changes"',
    results: ["tram-drivers-strike-over-rota-changes"],
    why: "phrase",
  },
];
