import { defineCommentTests } from "./comments.suite";

defineCommentTests("postgres");
