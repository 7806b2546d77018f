import { defineNewsroomTests } from "./newsroom.suite";

defineNewsroomTests("sqlite");
