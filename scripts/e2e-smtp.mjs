#!/usr/bin/env node
// A local SMTP server that captures every message for the browser tests (e2e/mail.ts reads them).
//
//   node scripts/e2e-smtp.mjs            listens on 127.0.0.1:2525 and writes to data/e2e-mail/
//   E2E_SMTP_PORT=2626 E2E_MAIL_DIR=…    elsewhere
//
// scripts/e2e-server.mjs imports startSmtpCapture() and runs it in its own process, so it stops with the server.
// No AUTH and no STARTTLS are offered: nodemailer (EMAIL_SERVER=smtp://127.0.0.1:2525?ignoreTLS=true) sends in clear.
// Each message becomes one JSON file: { id, receivedAt, from, to[], subject, text, html, raw }.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { SMTPServer } from "smtp-server";

export const DEFAULT_SMTP_PORT = 2525;
export const DEFAULT_MAIL_DIR = path.join("data", "e2e-mail");

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) in a header value. */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, _charset, encoding, data) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(value) {
  const bytes = [];
  const text = value.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Splits a MIME entity into lower-cased headers (folded lines joined) and its body. */
function splitEntity(raw) {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : "";
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeBody(body, encoding = "") {
  switch (encoding.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

/** Collects the text/plain and text/html parts of a (possibly nested multipart) message. */
function collectParts(entity, out) {
  const type = entity.headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const pieces = entity.body.split(`--${boundary}`);
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith("--")) break;
      collectParts(splitEntity(piece.replace(/^\r?\n/, "")), out);
    }
    return;
  }
  const decoded = decodeBody(entity.body, entity.headers["content-transfer-encoding"]);
  if (/^text\/html/i.test(type)) out.html ??= decoded;
  else if (/^text\/plain/i.test(type)) out.text ??= decoded;
}

export function parseMessage(raw) {
  const entity = splitEntity(raw);
  const parts = {};
  collectParts(entity, parts);
  return {
    subject: decodeWords(entity.headers.subject ?? ""),
    headerFrom: decodeWords(entity.headers.from ?? ""),
    headerTo: decodeWords(entity.headers.to ?? ""),
    text: parts.text ?? "",
    html: parts.html ?? "",
  };
}

/** Starts the capturing server; resolves once it listens. Clears the mail directory first. */
export async function startSmtpCapture({
  port = Number(process.env.E2E_SMTP_PORT || DEFAULT_SMTP_PORT),
  dir = process.env.E2E_MAIL_DIR || DEFAULT_MAIL_DIR,
  log = (message) => console.log(`[e2e-smtp] ${message}`),
} = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        try {
          const raw = Buffer.concat(chunks).toString("utf8");
          const receivedAt = new Date();
          const id = `${receivedAt.getTime()}-${String(++count).padStart(5, "0")}-${Math.random().toString(36).slice(2, 8)}`;
          const message = {
            id,
            receivedAt: receivedAt.toISOString(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            ...parseMessage(raw),
            raw,
          };
          // Written whole, then renamed: a reader never sees half a file.
          const file = path.join(dir, `${id}.json`);
          writeFileSync(`${file}.tmp`, JSON.stringify(message, null, 2));
          renameSync(`${file}.tmp`, file);
          log(`${message.to.join(", ")}: ${message.subject}`);
          callback();
        } catch (error) {
          callback(error);
        }
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => log(`error: ${error.message}`));
  log(`listening on 127.0.0.1:${port}, writing to ${dir}/`);
  return server;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startSmtpCapture();
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"])
    process.on(signal, () => server.close(() => process.exit(0)));
}
