import { defineSearchTests } from "./search.suite";

defineSearchTests("postgres");
