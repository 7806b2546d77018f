import { defineAiPanelTests } from "./ai-panel.suite";

defineAiPanelTests("sqlite");
