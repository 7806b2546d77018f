/**
 * Writes tests/fixtures/outlets/corpus.json: a labelled corpus of fictional outlets' coverage, for the stories
 * benchmark (scripts/bench/stories.ts) and the ingest fixtures. Deterministic: the same script always writes the
 * same file. Every name, place and sentence is invented here.
 *
 *   npx tsx scripts/make-outlet-corpus.ts
 *
 * Each story is an event (a type of event, in a place, with its people and organisations and a few details of
 * its own) covered by several outlets over a few days, each article worded from the event type's templates with
 * synonyms, so the same event reads differently from outlet to outlet. Near misses are built in: the same place
 * hosts different events (Velden's flood, Velden's budget vote, Velden's festival), and the same kind of event
 * happens in two places at once (two strikes, two floods, two trials).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

type Outlet = { slug: string; name: string; homepage: string; format: "rss" | "atom" | "json" };

const OUTLETS: Outlet[] = [
  {
    slug: "saltmarsh-post",
    name: "The Saltmarsh Post",
    homepage: "https://saltmarshpost.example",
    format: "rss",
  },
  { slug: "kestrel-daily", name: "Kestrel Daily", homepage: "https://kestreldaily.example", format: "atom" },
  {
    slug: "copperline-news",
    name: "Copperline News",
    homepage: "https://copperline.example",
    format: "json",
  },
  {
    slug: "amberfield-times",
    name: "Amberfield Times",
    homepage: "https://amberfieldtimes.example",
    format: "rss",
  },
  {
    slug: "tidewater-signal",
    name: "Tidewater Signal",
    homepage: "https://tidewatersignal.example",
    format: "atom",
  },
  {
    slug: "highmoor-observer",
    name: "Highmoor Observer",
    homepage: "https://highmoor.example",
    format: "json",
  },
  {
    slug: "quillon-dispatch",
    name: "Quillon Dispatch",
    homepage: "https://quillondispatch.example",
    format: "rss",
  },
];

const REPORTERS = [
  "Ines Harrowgate",
  "Tobiah Quenby",
  "Marisol Fenwright",
  "Oskar Lindqvale",
  "Priya Castellane",
  "Dunstan Mirrlees",
  "Yara Oakhollow",
  "Bastian Crewe",
  "Halloran Pike",
  "Sefa Brightwater",
  "Leontine Ashby",
  "Emrys Vantongeren",
];

/** A kind of event: how outlets word it. Slots in braces are filled from the story. */
type EventType = {
  categories: string[];
  /** Synonyms for the event itself, picked per article. */
  nouns: string[];
  titles: string[];
  leads: string[];
  details: string[];
};

const EVENT_TYPES: Record<string, EventType> = {
  strike: {
    categories: ["labour", "economy"],
    nouns: ["strike", "walkout", "stoppage", "industrial action"],
    titles: [
      "{org} workers begin {noun} at {place} {facility}",
      "{place} {facility} halted as {count} workers stage {noun}",
      "{noun} by {org} staff shuts {place} {facility}",
      "Talks fail as {place} {facility} {noun} enters day {day}",
      "{person} says {org} will not end {place} {noun} without pay deal",
    ],
    leads: [
      "About {count} members of {org} stopped work at the {place} {facility} over pay and shift patterns.",
      "Work at the {facility} in {place} came to a standstill after {org} called a {noun} involving {count} staff.",
      "The {noun} at {place}'s {facility} left {detail} idle, {org} representative {person} said.",
    ],
    details: [
      "{person}, who speaks for {org}, said members had rejected an offer of {percent} percent.",
      "Managers at the {facility} said {detail} would be moved to other sites while the {noun} lasts.",
      "Both sides are due to meet the conciliation service in {city} on {weekday}.",
      "Picket lines formed at the main gate of the {facility} before dawn.",
    ],
  },
  flood: {
    categories: ["weather", "environment"],
    nouns: ["flooding", "floodwater", "flood", "high water"],
    titles: [
      "{place} evacuates streets as {river} bursts its banks",
      "{noun} swamps {place} after {count} millimetres of rain",
      "Residents of {place} return to homes damaged by {noun}",
      "{person} promises inquiry into {place} {noun} defences",
      "{river} {noun}: {place} counts the cost of the damage",
    ],
    leads: [
      "The {river} rose above its banks at {place} overnight, forcing about {count} households from {detail}.",
      "Emergency crews moved residents out of low streets in {place} as {noun} from the {river} spread.",
      "{noun} from the {river} reached the centre of {place}, where {detail} were under water by morning.",
    ],
    details: [
      "{person}, who leads the district's emergency team, said the barrier had held for six hours before giving way.",
      "Forecasters expect the {river} to stay high until {weekday}.",
      "Volunteers filled sandbags at the {facility} through the night.",
      "Insurers said claims from {place} could reach {percent} million crowns.",
    ],
  },
  budget: {
    categories: ["politics", "local-government"],
    nouns: ["budget", "spending plan", "annual budget", "finance plan"],
    titles: [
      "{place} council approves {noun} with {percent} percent rise in {detail}",
      "Councillors in {place} back {noun} after long debate",
      "{person} defends {place} {noun} as critics warn of cuts",
      "{place} {noun} vote passes by {count} votes to {day}",
    ],
    leads: [
      "{place} council voted through its {noun}, raising spending on {detail} by {percent} percent.",
      "After a five-hour session, councillors in {place} approved the {noun} proposed by {person}.",
      "The {noun} agreed in {place} moves money from road repairs to {detail}, {person} told the chamber.",
    ],
    details: [
      "Opposition councillors said the plan left the {facility} without funds for another year.",
      "{person} said council tax would rise by less than inflation.",
      "The vote followed a public consultation that drew {count} responses.",
      "The plan now goes to the regional auditor in {city}.",
    ],
  },
  festival: {
    categories: ["culture", "events"],
    nouns: ["festival", "arts festival", "celebration", "festival weekend"],
    titles: [
      "{place} {noun} opens with record crowds at the {facility}",
      "Thousands gather at the {facility} for {place} {noun}",
      "{person} to close {place} {noun} with new commission",
      "{place} {noun} draws {count} visitors in first two days",
    ],
    leads: [
      "The {place} {noun} opened at the {facility}, where {count} people came for {detail}.",
      "Organisers of the {noun} in {place} said ticket sales had passed last year's by {percent} percent.",
      "Crowds filled the {facility} as the {place} {noun} began with {detail}.",
    ],
    details: [
      "{person}, the festival's director, said this year's theme was the river and its trades.",
      "Street closures around the {facility} will stay in place until {weekday}.",
      "Local cafes reported their busiest weekend since the spring fair.",
      "A lantern procession is planned along the {river} embankment.",
    ],
  },
  trial: {
    categories: ["courts", "crime"],
    nouns: ["trial", "court case", "hearing", "prosecution"],
    titles: [
      "{person} goes on {noun} in {place} over {detail}",
      "Jury hears opening of {place} {noun} over {detail}",
      "{place} court told of missing funds in {org} {noun}",
      "Witness in {person} {noun} describes {detail}",
      "{noun} of {person}: defence says {org} accounts were audited",
    ],
    leads: [
      "{person}, formerly of {org}, denies charges over {detail} at the opening of the {noun} in {place}.",
      "Prosecutors told the court in {place} that {person} moved {count} thousand crowns from {org} accounts.",
      "The {noun} of {person} began at {place} crown court, with {count} witnesses expected.",
    ],
    details: [
      "The judge, {judge}, told jurors the {noun} could last three weeks.",
      "A former colleague at {org} said the ledgers were kept in the {facility}.",
      "The defence said its client had followed advice from the auditors in {city}.",
      "The {noun} continues on {weekday}.",
    ],
  },
  launch: {
    categories: ["science", "space"],
    nouns: ["launch", "lift-off", "mission", "rocket launch"],
    titles: [
      "{org} {craft} lifts off from {place} on {detail} mission",
      "{craft} {noun} from {place} delayed by {weekday} winds",
      "{org} confirms {craft} reached orbit after {place} {noun}",
      "{person} hails {craft} {noun} as first for {org}",
    ],
    leads: [
      "The {craft} rocket built by {org} left the pad at {place} carrying {detail}.",
      "{org} said its {craft} reached orbit {count} minutes after the {noun} from {place}.",
      "After two delays the {craft} {noun} went ahead from {place}, {person} of {org} said.",
    ],
    details: [
      "{person} said the payload would unfold its panels over the next {day} days.",
      "Spectators lined the beach north of the {facility} to watch.",
      "The second stage will be steered into the ocean east of {city}.",
      "{org} plans {percent} more flights from {place} next year.",
    ],
  },
  match: {
    categories: ["sport", "football"],
    nouns: ["final", "cup final", "title decider", "match"],
    titles: [
      "{team} beat {rival} to win {org} {noun} in {place}",
      "{person} scores twice as {team} lift {org} trophy",
      "{team} fans celebrate in {place} after {noun} win over {rival}",
      "{rival} left to rue missed chances in {org} {noun}",
    ],
    leads: [
      "{team} won the {org} {noun} at the {facility} in {place}, beating {rival} {day}-1.",
      "{person} scored twice as {team} overcame {rival} in front of {count} fans in {place}.",
      "A late goal by {person} gave {team} the {org} {noun} against {rival}.",
    ],
    details: [
      "{rival} had a goal ruled out for offside shortly before half-time.",
      "{team}'s coach said the win belonged to the {detail}.",
      "It is the club's first trophy in {percent} years.",
      "The squad will parade through {place} on {weekday}.",
    ],
  },
  discovery: {
    categories: ["science", "archaeology"],
    nouns: ["find", "discovery", "excavation", "dig"],
    titles: [
      "Archaeologists uncover {detail} near {place}",
      "{place} {noun} reveals {detail} under {facility}",
      "{person} leads {org} team in {place} {noun}",
      "{detail} found at {place} may rewrite town's history",
    ],
    leads: [
      "A team from {org} has uncovered {detail} beneath the {facility} at {place}.",
      "The {noun} at {place}, led by {person} of {org}, turned up {detail} dating back {count} years.",
      "Builders at the {facility} in {place} stopped work after {detail} came to light.",
    ],
    details: [
      "{person} said the objects would go to the museum in {city} for study.",
      "The site will be open to visitors on {weekday}.",
      "Soil samples are being dated at a laboratory in {city}.",
      "The {facility} project has been paused for {day} weeks.",
    ],
  },
  merger: {
    categories: ["business", "markets"],
    nouns: ["merger", "takeover", "deal", "acquisition"],
    titles: [
      "{org} agrees {noun} with {rival} worth {count} million",
      "{rival} shareholders back {org} {noun}",
      "{person} to lead combined {org} after {noun}",
      "Regulator in {city} to review {org} and {rival} {noun}",
    ],
    leads: [
      "{org} will buy {rival} for {count} million crowns, creating the largest {detail} group in the region.",
      "The {noun} between {org} and {rival} was announced in {place}, with {person} named chief executive.",
      "Shares in {rival} rose {percent} percent after {org} confirmed a {noun}.",
    ],
    details: [
      "{person} said no jobs would be cut at the {facility} in {place}.",
      "Analysts in {city} said the price was generous.",
      "The {noun} needs approval from the competition authority.",
      "Unions asked for talks before {weekday}.",
    ],
  },
  fire: {
    categories: ["emergencies"],
    nouns: ["fire", "blaze", "warehouse fire", "inferno"],
    titles: [
      "{noun} destroys {facility} in {place}",
      "Crews battle {place} {noun} through the night",
      "{place} {facility} {noun}: investigators search for cause",
      "{person} praises firefighters after {place} {noun}",
    ],
    leads: [
      "A {noun} tore through the {facility} in {place}, sending smoke over {detail}.",
      "{count} firefighters worked through the night to contain the {noun} at the {facility} in {place}.",
      "Residents near the {facility} in {place} were told to keep windows shut as the {noun} spread.",
    ],
    details: [
      "{person}, the chief fire officer, said nobody had been hurt.",
      "The {facility} stored {detail}, its owners said.",
      "Investigators will return to the site on {weekday}.",
      "Roads around the {facility} remain closed.",
    ],
  },
};

/** One story: an event type and everything that makes this event itself. */
type StorySpec = {
  story: string;
  type: keyof typeof EVENT_TYPES;
  place: string;
  facility: string;
  org: string;
  person: string;
  details: string[];
  startDay: number;
  spanHours: number;
  articles: number;
  extra?: Record<string, string>;
};

const STORIES: StorySpec[] = [
  // Port Avel: a strike and a fire in the same port (same place, different event).
  {
    story: "port-avel-dock-strike",
    type: "strike",
    place: "Port Avel",
    facility: "container terminal",
    org: "the Dockers' Guild",
    person: "Rhona Gallimore",
    details: ["the gantry cranes", "forty ships at anchor"],
    startDay: 1,
    spanHours: 96,
    articles: 14,
  },
  {
    story: "port-avel-warehouse-fire",
    type: "fire",
    place: "Port Avel",
    facility: "grain warehouse",
    org: "Avel Grain Stores",
    person: "Corwin Dale",
    details: ["the old quay", "stored barley and oats"],
    startDay: 3,
    spanHours: 40,
    articles: 10,
  },
  // Two strikes at once in different places (same kind of event, different event).
  {
    story: "kestrel-bay-rail-strike",
    type: "strike",
    place: "Kestrel Bay",
    facility: "rail depot",
    org: "the Signal Workers' Union",
    person: "Aurelio Penhallow",
    details: ["the night freight trains", "the commuter timetable"],
    startDay: 2,
    spanHours: 72,
    articles: 12,
  },
  {
    story: "velden-flood",
    type: "flood",
    place: "Velden",
    facility: "sports hall",
    org: "the Velden Water Board",
    person: "Maren Ostrander",
    details: ["the market square", "the riverside terraces"],
    startDay: 4,
    spanHours: 90,
    articles: 15,
    extra: { river: "Lisse" },
  },
  // Velden again: a budget vote and a festival (same place, different events).
  {
    story: "velden-budget-vote",
    type: "budget",
    place: "Velden",
    facility: "public library",
    org: "Velden Council",
    person: "Tamsin Ravelle",
    details: ["school meals", "bus routes"],
    startDay: 5,
    spanHours: 50,
    articles: 10,
  },
  {
    story: "velden-lantern-festival",
    type: "festival",
    place: "Velden",
    facility: "Cloth Hall",
    org: "the Velden Arts Trust",
    person: "Idris Palomar",
    details: ["a lantern parade", "puppet theatre"],
    startDay: 6,
    spanHours: 60,
    articles: 10,
    extra: { river: "Lisse" },
  },
  // A second flood elsewhere at the same time.
  {
    story: "brackwater-flood",
    type: "flood",
    place: "Brackwater",
    facility: "primary school",
    org: "Brackwater Parish",
    person: "Odile Fairbrass",
    details: ["the caravan park", "the lower mill"],
    startDay: 4,
    spanHours: 60,
    articles: 11,
    extra: { river: "Tarn" },
  },
  {
    story: "harlow-fraud-trial",
    type: "trial",
    place: "Harlow Cross",
    facility: "basement archive",
    org: "Harlow Mutual",
    person: "Lucan Threlfall",
    details: ["the pension fund transfers", "shredded ledgers"],
    startDay: 2,
    spanHours: 120,
    articles: 13,
    extra: { judge: "Justice Amara Quill" },
  },
  // A second trial in the same court town, different defendant.
  {
    story: "harlow-bridge-bribery-trial",
    type: "trial",
    place: "Harlow Cross",
    facility: "bridge depot",
    org: "Stellan Civil Works",
    person: "Petra Vandermolen",
    details: ["the bridge repair contracts", "gifts to inspectors"],
    startDay: 8,
    spanHours: 96,
    articles: 12,
    extra: { judge: "Justice Hollis Crane" },
  },
  {
    story: "cape-morrow-launch",
    type: "launch",
    place: "Cape Morrow",
    facility: "launch complex",
    org: "Aster Orbital",
    person: "Keziah Norcross",
    details: ["a weather satellite", "three student cubesats"],
    startDay: 9,
    spanHours: 48,
    articles: 12,
    extra: { craft: "Heron 2" },
  },
  {
    story: "cape-morrow-second-launch",
    type: "launch",
    place: "Cape Morrow",
    facility: "launch complex",
    org: "Brightwell Space",
    person: "Anselm Corrigan",
    details: ["a lunar relay", "a radio telescope"],
    startDay: 15,
    spanHours: 40,
    articles: 9,
    extra: { craft: "Kite 5" },
  },
  {
    story: "shield-cup-final",
    type: "match",
    place: "Oldbury",
    facility: "Meadow Stadium",
    org: "Shield Cup",
    person: "Tomas Okonkwo-Lane",
    details: ["youth academy", "travelling supporters"],
    startDay: 10,
    spanHours: 30,
    articles: 12,
    extra: { team: "Oldbury Rovers", rival: "Fennick Athletic" },
  },
  {
    story: "coastal-league-decider",
    type: "match",
    place: "Saltbury",
    facility: "Harbour Park",
    org: "Coastal League",
    person: "Eilidh Brannagh",
    details: ["whole squad", "club's groundstaff"],
    startDay: 11,
    spanHours: 30,
    articles: 10,
    extra: { team: "Saltbury Mariners", rival: "Greyhithe Town" },
  },
  {
    story: "tollmere-roman-baths",
    type: "discovery",
    place: "Tollmere",
    facility: "car park",
    org: "the University of Wendmoor",
    person: "Dr Solveig Arkwright",
    details: ["a Roman bath house", "mosaic floors"],
    startDay: 3,
    spanHours: 100,
    articles: 11,
  },
  {
    story: "tollmere-bypass-vote",
    type: "budget",
    place: "Tollmere",
    facility: "leisure centre",
    org: "Tollmere Council",
    person: "Gideon Farrowby",
    details: ["the bypass", "pothole repairs"],
    startDay: 5,
    spanHours: 40,
    articles: 9,
  },
  {
    story: "corvane-ferrant-merger",
    type: "merger",
    place: "Ostheim",
    facility: "bottling plant",
    org: "Corvane Foods",
    person: "Liesel Marchbank",
    details: ["dairy", "frozen foods"],
    startDay: 6,
    spanHours: 80,
    articles: 12,
    extra: { rival: "Ferrant Dairies" },
  },
  {
    story: "nordwell-bank-takeover",
    type: "merger",
    place: "Ostheim",
    facility: "call centre",
    org: "Nordwell Bank",
    person: "Cassius Penrose",
    details: ["savings", "mortgage"],
    startDay: 12,
    spanHours: 70,
    articles: 11,
    extra: { rival: "Glasswick Building Society" },
  },
  {
    story: "dunmore-mill-fire",
    type: "fire",
    place: "Dunmore",
    facility: "textile mill",
    org: "Dunmore Weavers",
    person: "Agnes Holloway",
    details: ["the canal basin", "bales of wool"],
    startDay: 7,
    spanHours: 50,
    articles: 11,
  },
  {
    story: "dunmore-harvest-fair",
    type: "festival",
    place: "Dunmore",
    facility: "Corn Exchange",
    org: "the Dunmore Growers' Society",
    person: "Ruari Selwyn",
    details: ["a giant marrow contest", "cider tasting"],
    startDay: 8,
    spanHours: 50,
    articles: 9,
    extra: { river: "Dunn" },
  },
  {
    story: "glenhollow-bus-strike",
    type: "strike",
    place: "Glenhollow",
    facility: "bus garage",
    org: "the Transport Crews' Association",
    person: "Niamh Cordell",
    details: ["the school buses", "the hospital shuttle"],
    startDay: 13,
    spanHours: 70,
    articles: 11,
  },
  {
    story: "merrow-island-fire",
    type: "fire",
    place: "Merrow Island",
    facility: "ferry terminal",
    org: "Merrow Ferries",
    person: "Bram Teague",
    details: ["the harbour village", "stacked fuel drums"],
    startDay: 14,
    spanHours: 40,
    articles: 10,
  },
  {
    story: "ashcombe-hoard",
    type: "discovery",
    place: "Ashcombe",
    facility: "chapel",
    org: "the Ashcombe Heritage Society",
    person: "Dr Fenella Marsh",
    details: ["a hoard of silver coins", "a bronze helmet"],
    startDay: 12,
    spanHours: 70,
    articles: 10,
  },
  {
    story: "wendmoor-budget",
    type: "budget",
    place: "Wendmoor",
    facility: "swimming baths",
    org: "Wendmoor Council",
    person: "Clement Ashdown",
    details: ["street lighting", "youth clubs"],
    startDay: 14,
    spanHours: 40,
    articles: 9,
  },
  {
    story: "linden-quay-fire",
    type: "fire",
    place: "Linden Quay",
    facility: "boatyard",
    org: "Linden Boatworks",
    person: "Saoirse Tallant",
    details: ["the marina", "varnish and resin stocks"],
    startDay: 16,
    spanHours: 36,
    articles: 9,
  },
  {
    story: "greyhithe-embezzlement-trial",
    type: "trial",
    place: "Greyhithe",
    facility: "town hall vault",
    org: "Greyhithe Harbour Trust",
    person: "Wendell Markby",
    details: ["mooring fees", "false invoices"],
    startDay: 16,
    spanHours: 90,
    articles: 10,
    extra: { judge: "Justice Orla Penhale" },
  },
  {
    story: "river-tarn-regatta",
    type: "festival",
    place: "Brackwater",
    facility: "boathouse",
    org: "the Tarn Rowing Club",
    person: "Hector Ellingham",
    details: ["a rowing regatta", "a dragon-boat race"],
    startDay: 18,
    spanHours: 40,
    articles: 9,
    extra: { river: "Tarn" },
  },
  {
    story: "saltbury-cannery-strike",
    type: "strike",
    place: "Saltbury",
    facility: "fish cannery",
    org: "the Cannery Hands' Union",
    person: "Morwenna Kettle",
    details: ["the sardine catch", "the packing lines"],
    startDay: 17,
    spanHours: 60,
    articles: 10,
  },
  {
    story: "fennick-cup-semifinal",
    type: "match",
    place: "Fennick",
    facility: "Lowfield Ground",
    org: "Shield Cup",
    person: "Dario Wrexley",
    details: ["home crowd", "reserve goalkeeper"],
    startDay: 4,
    spanHours: 24,
    articles: 9,
    extra: { team: "Fennick Athletic", rival: "Ormond City" },
  },
  {
    story: "ormsby-moor-launch",
    type: "launch",
    place: "Ormsby Moor",
    facility: "test range",
    org: "Peregrine Rocketry",
    person: "Talia Winterbourne",
    details: ["a hail radar", "an ice-mapping camera"],
    startDay: 19,
    spanHours: 40,
    articles: 9,
    extra: { craft: "Swift 1" },
  },
];

const CITIES = ["Ostheim", "Wendmoor", "Harlow Cross", "Kestrel Bay", "Velden"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** A small deterministic generator so the corpus is the same on every run. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = rng(20_261_127);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const shuffled = <T>(items: readonly T[]): T[] =>
  items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

const BASE = Date.UTC(2026, 9, 1, 6, 0, 0);
const HOUR = 3_600_000;

function articlesFor(spec: StorySpec, counter: { next: number }) {
  const type = EVENT_TYPES[spec.type]!;
  // Most stories are covered by four to six outlets; the first report comes from whichever outlet is first.
  const outlets = shuffled(OUTLETS).slice(0, 4 + Math.floor(random() * 3));
  const times = Array.from({ length: spec.articles }, () => random() * spec.spanHours)
    .sort((a, b) => a - b)
    .map((hours) => BASE + spec.startDay * 24 * HOUR + Math.round(hours * 60) * 60_000);
  const titles = shuffled(type.titles);
  const leads = shuffled(type.leads);
  return times.map((time, index) => {
    const outlet = outlets[index % outlets.length]!;
    const slots: Record<string, string> = {
      place: spec.place,
      facility: spec.facility,
      org: spec.org,
      person: spec.person,
      noun: pick(type.nouns),
      detail: pick(spec.details),
      count: String(20 + Math.floor(random() * 900)),
      percent: String(2 + Math.floor(random() * 14)),
      day: String(2 + Math.floor(random() * 3)),
      weekday: pick(WEEKDAYS),
      city: pick(CITIES.filter((city) => city !== spec.place)),
      river: "Wend",
      judge: "the presiding judge",
      craft: "the rocket",
      team: "the home side",
      rival: "the visitors",
      ...spec.extra,
    };
    const title = capitalise(fill(titles[index % titles.length]!, slots));
    const summary = capitalise(fill(leads[index % leads.length]!, slots));
    const body = [
      summary,
      ...shuffled(type.details)
        .slice(0, 2 + Math.floor(random() * 2))
        .map((line) =>
          capitalise(fill(line, { ...slots, noun: pick(type.nouns), detail: pick(spec.details) })),
        ),
    ].join("\n\n");
    const id = `oc-${String(counter.next++).padStart(4, "0")}`;
    const published = new Date(time);
    const datePath = published.toISOString().slice(0, 10).replaceAll("-", "/");
    return {
      id,
      outlet: outlet.slug,
      story: spec.story,
      title,
      summary,
      body,
      publishedAt: published.toISOString(),
      link: `${outlet.homepage}/${datePath}/${slugify(title)}-${id.slice(3)}`,
      // Outlets tag unevenly: some give the event's categories, some the place, some nothing.
      categories: shuffled([...type.categories, spec.place]).slice(0, Math.floor(random() * 3)),
      author: pick(REPORTERS),
    };
  });
}

function main() {
  const counter = { next: 1 };
  const articles = STORIES.flatMap((spec) => articlesFor(spec, counter)).sort(
    (a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id),
  );
  const corpus = { outlets: OUTLETS, articles };
  const file = path.resolve("tests/fixtures/outlets/corpus.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(corpus, null, 2)}\n`);
  const stories = new Set(articles.map((article) => article.story)).size;
  console.log(
    `Wrote ${articles.length} articles in ${stories} stories from ${OUTLETS.length} outlets to ${file}`,
  );
}

main();
