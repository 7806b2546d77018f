import { defineStoriesTests } from "./stories.suite";

defineStoriesTests("postgres");
