import { defineAiPanelTests } from "./ai-panel.suite";

defineAiPanelTests("postgres");
