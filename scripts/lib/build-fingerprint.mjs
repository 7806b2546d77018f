// @ts-check
/**
 * Whether a build folder was made from the sources as they are now. `npm start`, `npm run cluster`, the
 * benchmarks and the server tests all reuse a build while the sources are unchanged and rebuild when they are
 * not: a build older than the code (after a pull, or an edit) serves the old pages, and the cache runtime
 * bundled into it can disagree with the server that loads it.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const STAMP_FILE = "ledger-source-fingerprint";

/**
 * A hash of the files the build reads: everything tracked or new in git, minus tests, docs and tooling.
 * @param {string} root
 */
export function sourceFingerprint(root) {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\0")
    .filter(
      (file) =>
        file &&
        !/\.test\.ts$/.test(file) &&
        !/\.md$/.test(file) &&
        !/^(e2e|docs|scripts|\.github)\//.test(file) &&
        existsSync(path.join(root, file)) &&
        statSync(path.join(root, file)).isFile(),
    )
    .sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)));
  return hash.digest("hex").slice(0, 24);
}

/**
 * True when `distDir` holds a complete build of the current sources. Outside a git checkout (a copy of the
 * project without .git) the sources cannot be listed, and any complete build counts as current.
 * @param {string} root
 * @param {string} distDir
 */
export function buildIsCurrent(root, distDir) {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) return false;
  const fingerprint = currentFingerprint(root);
  if (fingerprint === null) return true;
  try {
    return readFileSync(path.join(root, distDir, STAMP_FILE), "utf8") === fingerprint;
  } catch {
    return false;
  }
}

/**
 * Records, after a build, which sources it was made from.
 * @param {string} root
 * @param {string} distDir
 */
export function stampBuild(root, distDir) {
  const fingerprint = currentFingerprint(root);
  if (fingerprint !== null) writeFileSync(path.join(root, distDir, STAMP_FILE), fingerprint);
}

/** @param {string} root */
function currentFingerprint(root) {
  try {
    return sourceFingerprint(root);
  } catch {
    return null;
  }
}
