import { defineIngestTests } from "./ingest.suite";

defineIngestTests("sqlite");
