// __tests__/helpers/azurite.ts
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var AZURITE_ACCOUNT = "devstoreaccount1";
var AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
var SAS_VERSION = "2021-08-06";
var projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
var azuriteMain = join(projectRoot, "node_modules", "azurite", "dist", "src", "blob", "main.js");
function sign(stringToSign) {
  return createHmac("sha256", Buffer.from(AZURITE_KEY, "base64")).update(stringToSign, "utf8").digest("base64");
}
function expiry() {
  return new Date(Date.now() + 6 * 36e5).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function blobSas(container, blob, permissions) {
  const se = expiry();
  const spr = "https,http";
  const stringToSign = [
    permissions,
    "",
    // st
    se,
    `/blob/${AZURITE_ACCOUNT}/${container}/${blob}`,
    "",
    // si
    "",
    // sip
    spr,
    SAS_VERSION,
    "b",
    // sr
    "",
    // snapshot time
    "",
    // encryption scope
    "",
    // rscc
    "",
    // rscd
    "",
    // rsce
    "",
    // rscl
    ""
    // rsct
  ].join("\n");
  const params = new URLSearchParams({ sv: SAS_VERSION, spr, se, sr: "b", sp: permissions, sig: sign(stringToSign) });
  return params.toString();
}
function accountSas() {
  const sp = "rwdlac";
  const ss = "b";
  const srt = "sco";
  const se = expiry();
  const spr = "https,http";
  const stringToSign = [AZURITE_ACCOUNT, sp, ss, srt, "", se, "", spr, SAS_VERSION, "", ""].join("\n");
  return new URLSearchParams({ sv: SAS_VERSION, ss, srt, sp, se, spr, sig: sign(stringToSign) }).toString();
}
function encodeBlobPath(blob) {
  return blob.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
function waitForListening(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => finish(new Error(`azurite did not start in ${timeoutMs} ms:
${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes("successfully listens on")) finish();
    };
    const onExit = (code) => finish(new Error(`azurite exited with ${code}:
${output}`));
    function finish(error) {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}
async function startAzurite() {
  const dir = mkdtempSync(join(tmpdir(), "lockgraph-azurite-"));
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [
        azuriteMain,
        "--blobHost",
        "127.0.0.1",
        "--blobPort",
        String(port),
        "--inMemoryPersistence",
        "--skipApiVersionCheck",
        "--disableTelemetry",
        "--silent"
      ],
      { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { PATH: process.env.PATH ?? "", HOME: dir } }
    );
    try {
      await waitForListening(child, 2e4);
    } catch (error) {
      lastError = error;
      child.kill("SIGKILL");
      continue;
    }
    child.stdout?.resume();
    child.stderr?.resume();
    return makeAzurite(child, port, dir);
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}
function makeAzurite(child, port, dir) {
  const accountUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  const containers = /* @__PURE__ */ new Set();
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  async function check(response, what) {
    if (response.ok) return;
    const body = await response.text();
    const code = response.headers.get("x-ms-error-code") ?? "";
    throw new Error(`azurite: ${what} answered ${response.status} ${code}: ${body.slice(0, 500)}`);
  }
  return {
    port,
    accountUrl,
    blobUrl(container, blob, permissions = "cw") {
      return `${accountUrl}/${container}/${encodeBlobPath(blob)}?${blobSas(container, blob, permissions)}`;
    },
    async createContainer(container) {
      if (containers.has(container)) return;
      const response = await fetch(`${accountUrl}/${container}?restype=container&${accountSas()}`, {
        method: "PUT",
        headers: { "x-ms-version": SAS_VERSION }
      });
      if (response.status !== 409) await check(response, `create container ${container}`);
      else await response.arrayBuffer();
      containers.add(container);
    },
    async download(container, blob) {
      const response = await fetch(this.blobUrl(container, blob, "r"), { headers: { "x-ms-version": SAS_VERSION } });
      await check(response, `GET ${container}/${blob}`);
      return Buffer.from(await response.arrayBuffer());
    },
    async listBlobs(container) {
      const response = await fetch(`${accountUrl}/${container}?restype=container&comp=list&${accountSas()}`, {
        headers: { "x-ms-version": SAS_VERSION }
      });
      await check(response, `list ${container}`);
      const xml = await response.text();
      const blobs = [];
      for (const match of xml.matchAll(/<Blob>([\s\S]*?)<\/Blob>/g)) {
        const part = match[1];
        const name = decodeXml(/<Name>([\s\S]*?)<\/Name>/.exec(part)?.[1] ?? "");
        const size = Number(/<Content-Length>(\d+)<\/Content-Length>/.exec(part)?.[1] ?? 0);
        const contentType = /<Content-Type>([\s\S]*?)<\/Content-Type>/.exec(part)?.[1];
        blobs.push({ name, size, contentType: contentType === void 0 ? void 0 : decodeXml(contentType) });
      }
      return blobs;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5e3);
        await exited;
        clearTimeout(timer);
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
function decodeXml(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

// ../../tmp/aztest.mts
var az = await startAzurite();
console.log(az.port);
await az.createContainer("actions-results");
await az.createContainer("actions-results");
var url = az.blobUrl("actions-results", "run/job/a b.zip");
var r = await fetch(url, { method: "PUT", headers: { "x-ms-blob-type": "BlockBlob", "content-type": "application/zip", "x-ms-version": "2021-08-06" }, body: "hello" });
console.log(r.status, await r.text());
r = await fetch(url.replace("sp=cw", "sp=r"));
console.log("read with cw sas tampered", r.status);
console.log((await az.download("actions-results", "run/job/a b.zip")).toString());
console.log(await az.listBlobs("actions-results"));
r = await fetch(url);
console.log("GET with cw", r.status);
await az.stop();
console.log("stopped");
