import "server-only";

export { anchorSentences } from "./body-sentences";
export { askStory, askableArticle, checkQuestion, type AskResult, type Quote } from "./ask";
export { MAX_QUESTION_LENGTH, type AskView, type QuoteView } from "./limits";
export { getAiPanel, type AiPanel, type StorySoFar, type TimelineEntry } from "./panel";
export {
  deriveKeyPoints,
  getKeyPointEditor,
  getKeyPoints,
  refreshKeyPoints,
  resetKeyPoints,
  saveEditorKeyPoints,
  setAiPanelEnabled,
  type KeyPoint,
  type KeyPointEditor,
} from "./key-points-store";
