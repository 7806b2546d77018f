import { defineSearchTests } from "./search.suite";

defineSearchTests("sqlite");
