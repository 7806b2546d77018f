import type { SeedSource } from "./types";

export const sources: SeedSource[] = [
  {
    slug: "harbour-ledger",
    name: "The Harbour Ledger",
    homepage: "https://harbourledger.example",
    description: "Coastal daily covering ports, shipping, fisheries and the towns that depend on them.",
  },
  {
    slug: "northgate-courier",
    name: "Northgate Courier",
    homepage: "https://northgatecourier.example",
    description: "Regional paper of record for the northern river valleys and their councils.",
  },
  {
    slug: "meridian-wire",
    name: "Meridian Wire",
    homepage: "https://meridianwire.example",
    description: "International wire service with correspondents in more than forty bureaus.",
  },
  {
    slug: "lantern-review",
    name: "The Lantern Review",
    homepage: "https://lanternreview.example",
    description: "Weekly magazine of arts, ideas and long-form cultural criticism.",
  },
  {
    slug: "orbit-and-axis",
    name: "Orbit & Axis",
    homepage: "https://orbitaxis.example",
    description: "Science and technology desk reporting from labs, launch sites and server rooms.",
  },
  {
    slug: "fieldstone-gazette",
    name: "Fieldstone Gazette",
    homepage: "https://fieldstonegazette.example",
    description: "Independent business and sport daily focused on the inland cities.",
  },
];
