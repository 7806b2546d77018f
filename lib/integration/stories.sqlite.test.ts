import { defineStoriesTests } from "./stories.suite";

defineStoriesTests("sqlite");
