import { defineReadQueryTests } from "./read-queries.suite";

defineReadQueryTests("sqlite");
