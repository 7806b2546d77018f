import { defineNewsroomTests } from "./newsroom.suite";

defineNewsroomTests("postgres");
