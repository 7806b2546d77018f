import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Reading pages navigate with plain links, so each page is a document the edge can answer; next/link's
    // prefetches and router requests bypass it (docs/adr/073-reading-pages-use-plain-links.md). The newsroom
    // keeps next/link and this rule.
    files: ["app/(site)/**", "components/**"],
    ignores: ["components/admin/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".bench/**",
      "lib/generated/**",
      "node_modules/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
