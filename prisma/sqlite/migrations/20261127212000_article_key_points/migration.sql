-- CreateTable
CREATE TABLE "ArticleKeyPoint" (
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sentenceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "chosenByEditor" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("articleId", "position"),
    CONSTRAINT "ArticleKeyPoint_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
