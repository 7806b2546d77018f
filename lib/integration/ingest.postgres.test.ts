import { defineIngestTests } from "./ingest.suite";

defineIngestTests("postgres");
