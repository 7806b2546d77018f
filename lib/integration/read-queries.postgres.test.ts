import { defineReadQueryTests } from "./read-queries.suite";

defineReadQueryTests("postgres");
