import { defineAuthThrottlingTests } from "./auth-throttling.suite";

defineAuthThrottlingTests("sqlite");
