import { defineSeoTests } from "./seo.suite";

defineSeoTests("sqlite");
