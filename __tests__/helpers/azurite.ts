// Azurite (a real Azure Blob Storage emulator) as a child process, bound to 127.0.0.1 on a free port.
// The artifact client uploads to it through the signed URL our fake results service hands out,
// and tests read the uploaded zip back from it.
//
// SAS tokens are signed here with node:crypto using azurite's well-known development account key,
// following the Blob service SAS (version 2020-12-06+) and account SAS string-to-sign formats.

import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const AZURITE_ACCOUNT = 'devstoreaccount1'
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const SAS_VERSION = '2021-08-06'

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const azuriteMain = join(projectRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js')

export interface BlobInfo {
  name: string
  size: number
  contentType?: string
}

export interface Azurite {
  port: number
  /** http://127.0.0.1:<port>/devstoreaccount1 */
  accountUrl: string
  /**
   * URL of a blob with a service SAS. Default permissions `cw` (what GitHub's results service
   * hands the artifact client for an upload); use `r` to read it back.
   */
  blobUrl(container: string, blob: string, permissions?: string): string
  /** Creates the container if it does not exist yet. */
  createContainer(container: string): Promise<void>
  /** Downloads a blob; throws with azurite's status and error code when it is not there. */
  download(container: string, blob: string): Promise<Buffer>
  /** Names and sizes of the blobs in a container (committed blobs only). */
  listBlobs(container: string): Promise<BlobInfo[]>
  stop(): Promise<void>
}

function sign(stringToSign: string): string {
  return createHmac('sha256', Buffer.from(AZURITE_KEY, 'base64'))
    .update(stringToSign, 'utf8')
    .digest('base64')
}

function expiry(): string {
  // Truncated ISO 8601 without milliseconds, as Azure expects.
  return new Date(Date.now() + 6 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Service SAS for one blob (sr=b). */
export function blobSas(container: string, blob: string, permissions: string): string {
  const se = expiry()
  const spr = 'https,http'
  const stringToSign = [
    permissions,
    '', // st
    se,
    `/blob/${AZURITE_ACCOUNT}/${container}/${blob}`,
    '', // si
    '', // sip
    spr,
    SAS_VERSION,
    'b', // sr
    '', // snapshot time
    '', // encryption scope
    '', // rscc
    '', // rscd
    '', // rsce
    '', // rscl
    '', // rsct
  ].join('\n')
  const params = new URLSearchParams({
    sv: SAS_VERSION,
    spr,
    se,
    sr: 'b',
    sp: permissions,
    sig: sign(stringToSign),
  })
  return params.toString()
}

/** Account SAS for the blob service, used by the helper itself (create container, list blobs). */
function accountSas(): string {
  const sp = 'rwdlac'
  const ss = 'b'
  const srt = 'sco'
  const se = expiry()
  const spr = 'https,http'
  const stringToSign = [AZURITE_ACCOUNT, sp, ss, srt, '', se, '', spr, SAS_VERSION, '', ''].join('\n')
  return new URLSearchParams({ sv: SAS_VERSION, ss, srt, sp, se, spr, sig: sign(stringToSign) }).toString()
}

function encodeBlobPath(blob: string): string {
  return blob
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => finish(new Error(`azurite did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      if (output.includes('successfully listens on')) finish()
    }
    const onExit = (code: number | null): void => finish(new Error(`azurite exited with ${code}:\n${output}`))
    function finish(error?: Error): void {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
  })
}

export async function startAzurite(): Promise<Azurite> {
  // Azurite writes nothing to disk with --inMemoryPersistence, but give it its own folder anyway.
  const dir = mkdtempSync(join(tmpdir(), 'lockgraph-azurite-'))
  let lastError: unknown
  // The port can be taken between probing it and azurite binding it: try a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const child = spawn(
      process.execPath,
      [
        azuriteMain,
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        '--inMemoryPersistence',
        '--skipApiVersionCheck',
        '--disableTelemetry',
        '--silent',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: dir } },
    )
    try {
      await waitForListening(child, 20_000)
    } catch (error) {
      lastError = error
      child.kill('SIGKILL')
      continue
    }
    // Keep draining its output so a chatty azurite never blocks on a full pipe.
    child.stdout?.resume()
    child.stderr?.resume()
    return makeAzurite(child, port, dir)
  }
  rmSync(dir, { recursive: true, force: true })
  throw lastError
}

function makeAzurite(child: ChildProcess, port: number, dir: string): Azurite {
  const accountUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`
  const containers = new Set<string>()
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

  async function check(response: Response, what: string): Promise<void> {
    if (response.ok) return
    const body = await response.text()
    const code = response.headers.get('x-ms-error-code') ?? ''
    throw new Error(`azurite: ${what} answered ${response.status} ${code}: ${body.slice(0, 500)}`)
  }

  return {
    port,
    accountUrl,
    blobUrl(container, blob, permissions = 'cw') {
      return `${accountUrl}/${container}/${encodeBlobPath(blob)}?${blobSas(container, blob, permissions)}`
    },
    async createContainer(container) {
      if (containers.has(container)) return
      const response = await fetch(`${accountUrl}/${container}?restype=container&${accountSas()}`, {
        method: 'PUT',
        headers: { 'x-ms-version': SAS_VERSION },
      })
      if (response.status !== 409) await check(response, `create container ${container}`)
      else await response.arrayBuffer()
      containers.add(container)
    },
    async download(container, blob) {
      const response = await fetch(this.blobUrl(container, blob, 'r'), {
        headers: { 'x-ms-version': SAS_VERSION },
      })
      await check(response, `GET ${container}/${blob}`)
      return Buffer.from(await response.arrayBuffer())
    },
    async listBlobs(container) {
      const response = await fetch(`${accountUrl}/${container}?restype=container&comp=list&${accountSas()}`, {
        headers: { 'x-ms-version': SAS_VERSION },
      })
      await check(response, `list ${container}`)
      const xml = await response.text()
      const blobs: BlobInfo[] = []
      for (const match of xml.matchAll(/<Blob>([\s\S]*?)<\/Blob>/g)) {
        const part = match[1]
        const name = decodeXml(/<Name>([\s\S]*?)<\/Name>/.exec(part)?.[1] ?? '')
        const size = Number(/<Content-Length>(\d+)<\/Content-Length>/.exec(part)?.[1] ?? 0)
        const contentType = /<Content-Type>([\s\S]*?)<\/Content-Type>/.exec(part)?.[1]
        blobs.push({
          name,
          size,
          contentType: contentType === undefined ? undefined : decodeXml(contentType),
        })
      }
      return blobs
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      child.stdout?.destroy()
      child.stderr?.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
