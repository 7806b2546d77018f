import type { SeedAuthor } from "./types";

export const authors: SeedAuthor[] = [
  {
    slug: "maren-holt",
    name: "Maren Holt",
    bio: "Ports and labour correspondent who has covered the coast's docks for eleven years.",
  },
  {
    slug: "tobias-wren",
    name: "Tobias Wren",
    bio: "Shipping and trade reporter, formerly a deck officer on coastal freighters.",
  },
  {
    slug: "priya-castellane",
    name: "Priya Castellane",
    bio: "Climate correspondent focused on rivers, floods and the politics of adaptation.",
  },
  {
    slug: "jonah-abernethy",
    name: "Jonah Abernethy",
    bio: "City hall reporter covering infrastructure and local government in the river valleys.",
  },
  {
    slug: "lucia-ferrand",
    name: "Lucia Ferrand",
    bio: "International correspondent who writes about borderlands, migration and rural life.",
  },
  {
    slug: "kwame-adjei-ross",
    name: "Kwame Adjei-Ross",
    bio: "Economics editor with a soft spot for supply chains and small manufacturers.",
  },
  {
    slug: "sofia-mora",
    name: "Sofia Mora",
    bio: "Space and astronomy writer who has followed deep-space missions from launch to landing.",
  },
  {
    slug: "henrik-saar",
    name: "Henrik Saar",
    bio: "Technology correspondent covering open-source software, networks and the people who build them.",
  },
  {
    slug: "nadia-brennan",
    name: "Nadia Brennan",
    bio: "Chess and games columnist, and an untitled but stubborn club player.",
  },
  {
    slug: "owen-tallis",
    name: "Owen Tallis",
    bio: "Sport reporter who covers football, rowing and endurance events across the inland cities.",
  },
  {
    slug: "esme-varga",
    name: "Esme Varga",
    bio: "Arts critic writing about music, books and the institutions that keep them alive.",
  },
  {
    slug: "rafael-quintero",
    name: "Rafael Quintero",
    bio: "Security and data reporter who reads source code so readers do not have to.",
  },
  {
    slug: "imogen-dace",
    name: "Imogen Dace",
    bio: "Culture editor and essayist interested in craft, memory and public spaces.",
  },
  {
    slug: "yusuf-halvorsen",
    name: "Yusuf Halvorsen",
    bio: "World affairs analyst covering regional cooperation, trade routes and diplomacy.",
  },
  {
    slug: "clara-benitez",
    name: "Clara Benitez",
    bio: "Science reporter covering biology, oceans and agriculture research.",
  },
];
