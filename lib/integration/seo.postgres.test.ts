import { defineSeoTests } from "./seo.suite";

defineSeoTests("postgres");
