import type { SeedSection } from "./types";

export const sections: SeedSection[] = [
  {
    slug: "world",
    name: "World",
    description: "Reporting from regions, borders and capitals, and the places in between.",
    position: 1,
  },
  {
    slug: "business",
    name: "Business",
    description: "Trade, work, markets and the companies large and small that shape them.",
    position: 2,
  },
  {
    slug: "climate",
    name: "Climate",
    description: "Floods, droughts, coastlines and the people adapting to a warming world.",
    position: 3,
  },
  {
    slug: "science",
    name: "Science",
    description: "Discoveries from labs, field stations and deep space, explained.",
    position: 4,
  },
  {
    slug: "technology",
    name: "Technology",
    description: "Software, networks, security and the machines in everyday life.",
    position: 5,
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Books, music, film, museums and the arguments around them.",
    position: 6,
  },
  {
    slug: "sport",
    name: "Sport",
    description: "Results, rivalries and the stories behind the scoreboard.",
    position: 7,
  },
];
