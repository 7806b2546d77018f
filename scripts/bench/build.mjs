// Production builds for the benchmark: the app (into .next-bench) and two bare App Router apps: .bench/bare-app
// gives the floor of JavaScript any Next page ships, .bench/bare-on-demand-app the floor of an uncached render.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { buildIsCurrent, stampBuild } from "../lib/build-fingerprint.mjs";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * `next build` rewrites tsconfig.json to include `<distDir>/types`; that file is not the bench's to
 * change. Put the previous text back if the only change is that addition (and reformatting).
 */
function withTsconfigGuard(root, distDir, build) {
  const file = path.join(root, "tsconfig.json");
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  try {
    return build();
  } finally {
    if (before !== null && existsSync(file)) {
      const after = readFileSync(file, "utf8");
      if (after !== before) {
        try {
          const strip = (text) => {
            const json = JSON.parse(text);
            json.include = (json.include ?? []).filter((entry) => !entry.startsWith(`${distDir}/`));
            return JSON.stringify(json);
          };
          if (strip(after) === strip(before)) writeFileSync(file, before);
          else console.warn("  ! tsconfig.json changed during the build in other ways; left as it is");
        } catch {
          console.warn("  ! tsconfig.json changed during the build; left as it is");
        }
      }
    }
  }
}

function nextBuild(cwd, env, logFile, nextBin = NEXT_BIN) {
  console.log(`  $ next build  (log: ${path.relative(process.cwd(), logFile)})`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(logFile, `${result.stdout ?? ""}\n${result.stderr ?? ""}`);
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`next build failed in ${cwd} (exit ${result.status ?? result.signal}):\n${tail}`);
  }
  return (Date.now() - started) / 1000;
}

/** Builds the app into `distDir` unless a build of the current sources is there already (or `rebuild`). */
export function buildApp({ root, distDir, env, rebuild }) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!rebuild && buildIsCurrent(root, distDir)) {
    console.log(
      `• app build: reusing ${distDir} (BUILD_ID ${readFileSync(buildId, "utf8").trim()}; --rebuild to rebuild)`,
    );
    return { reused: true };
  }
  console.log(`• app build: building into ${distDir}`);
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  const seconds = withTsconfigGuard(root, distDir, () =>
    nextBuild(
      root,
      { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      path.join(root, ".bench", "build-app.log"),
    ),
  );
  stampBuild(root, distDir);
  return { reused: false, seconds };
}

/**
 * A copy of the build to serve from, so runtime-written cache entries (pages rendered on demand)
 * never leak from one run or provider into the next: every run starts from the pristine build.
 */
export function freshServeCopy({ root, distDir, name }) {
  const target = `${distDir}-run-${name}`;
  rmSync(path.join(root, target), { recursive: true, force: true });
  cpSync(path.join(root, distDir), path.join(root, target), {
    recursive: true,
    filter: (source) =>
      source !== path.join(root, distDir, "cache") &&
      !source.startsWith(path.join(root, distDir, "cache") + path.sep),
  });
  return target;
}

const BARE_PACKAGE_FILES = {
  "package.json": JSON.stringify(
    { name: "bench-bare-app", private: true, dependencies: { next: "*", react: "*", "react-dom": "*" } },
    null,
    2,
  ),
  // Its own lockfile makes the bare app its own workspace root; otherwise Next takes the project's root
  // and compiles the project's instrumentation.ts and proxy.ts into the bare build.
  "package-lock.json": JSON.stringify(
    { name: "bench-bare-app", lockfileVersion: 3, requires: true, packages: {} },
    null,
    2,
  ),
  "app/layout.jsx": `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return null;\n}\n`,
};

/** The JS floor: an empty page with Next's default configuration. */
const BARE_FILES = {
  ...BARE_PACKAGE_FILES,
  "next.config.mjs": `import path from "node:path";\nexport default { turbopack: { root: path.resolve(".") } };\n`,
};

/**
 * The render floor: Cache Components, as the app is built, and one page rendered on its first request as the
 * article page is (a sample param for the build, anything else on demand), reading one `use cache` value.
 */
const BARE_ON_DEMAND_FILES = {
  ...BARE_PACKAGE_FILES,
  "next.config.mjs": `import path from "node:path";\nexport default { cacheComponents: true, turbopack: { root: path.resolve(".") } };\n`,
  "app/p/[slug]/page.jsx": [
    `export function generateStaticParams() {`,
    `  return [{ slug: "sample" }];`,
    `}`,
    ``,
    `async function story(slug) {`,
    `  "use cache";`,
    `  return { title: \`Story \${slug}\` };`,
    `}`,
    ``,
    `export default async function Page({ params }) {`,
    `  const { slug } = await params;`,
    `  const { title } = await story(slug);`,
    `  return <h1>{title}</h1>;`,
    `}`,
    ``,
  ].join("\n"),
};

/**
 * Hard-links `next`, `react`, `react-dom` and everything they depend on from the project's
 * node_modules into `target/node_modules`. A symlinked node_modules does not work: Turbopack will not
 * compile files outside the workspace root, and a symlink's target is outside it.
 */
function linkPackages(root, target, names) {
  const seen = new Set();
  const queue = [...names];
  while (queue.length) {
    const name = queue.pop();
    if (seen.has(name)) continue;
    const dir = path.join(root, "node_modules", name);
    if (!existsSync(path.join(dir, "package.json"))) continue; // optional dependency for another platform
    seen.add(name);
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    queue.push(...Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }));
  }
  for (const name of seen) {
    const to = path.join(target, "node_modules", name);
    mkdirSync(path.dirname(to), { recursive: true });
    const linked = spawnSync("cp", ["-al", path.join(root, "node_modules", name), to]);
    if (linked.status !== 0) cpSync(path.join(root, "node_modules", name), to, { recursive: true });
  }
  return seen.size;
}

/**
 * A minimal App Router app built with the project's own Next, inside the project folder (.bench/<name>) with its
 * packages hard-linked from the project. `bare-app` is an empty page with the default config (the JS floor);
 * `bare-on-demand-app` adds Cache Components and a page rendered on demand (the uncached render floor).
 */
export function buildBareApp({ root, rebuild, name = "bare-app" }) {
  const files = name === "bare-on-demand-app" ? BARE_ON_DEMAND_FILES : BARE_FILES;
  const dir = path.join(root, ".bench", name);
  const nextVersion = JSON.parse(
    readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8"),
  ).version;
  const stamp = path.join(dir, ".next", "bench-next-version");
  const nextBin = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  const stampText = `${nextVersion}\n${JSON.stringify(files)}`;
  if (
    !rebuild &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === stampText &&
    existsSync(path.join(dir, ".next", "BUILD_ID"))
  ) {
    console.log(`• ${name}: reusing ${path.relative(root, dir)} (next ${nextVersion})`);
    return { dir, nextBin, nextVersion, reused: true };
  }
  console.log(`• ${name}: building ${path.relative(root, dir)} with next ${nextVersion}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const packages = linkPackages(root, dir, ["next", "react", "react-dom"]);
  console.log(`  linked ${packages} packages into ${path.relative(root, dir)}/node_modules`);
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NEXT_DIST_DIR;
  const seconds = nextBuild(dir, env, path.join(root, ".bench", `build-${name}.log`), nextBin);
  writeFileSync(stamp, stampText);
  return { dir, nextBin, nextVersion, reused: false, seconds };
}

export { NEXT_BIN };
