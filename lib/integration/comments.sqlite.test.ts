import { defineCommentTests } from "./comments.suite";

defineCommentTests("sqlite");
