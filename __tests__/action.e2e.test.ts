// End to end: the BUNDLED action (dist/index.js) run as the runner runs it, against a fake GitHub
// (results service + REST) and azurite, with the real @actions/artifact client inside the bundle.
// Needs `npm run build` first.

import AdmZip from 'adm-zip'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { startAzurite, type Azurite } from './helpers/azurite.js'
import { cycloneDxErrors } from './helpers/cyclonedx-schema.js'
import { backendIdFor, startGitHubApi, type ArtifactRecord, type GitHubApi } from './helpers/github-api.js'
import {
  DIST_ENTRY,
  makeTempDir,
  runAction,
  type RunActionOptions,
  type RunActionResult,
} from './helpers/run-action.js'

const APP = join(import.meta.dirname, 'testdata', 'npm', 'app-npm11')

interface CdxComponent {
  'bom-ref': string
  type: string
  group?: string
  name: string
  version?: string
  purl?: string
  hashes?: { alg: string; content: string }[]
}

interface CdxBom {
  bomFormat: string
  specVersion: string
  components?: CdxComponent[]
}

interface LockEntry {
  name?: string
  version?: string
  link?: boolean
  integrity?: string
}

const lock = JSON.parse(readFileSync(join(APP, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>
}

/** name@version of every installed package of the lockfile (what an SBOM of it must list). */
function lockfileNameVersions(): Set<string> {
  const set = new Set<string>()
  for (const [key, entry] of Object.entries(lock.packages)) {
    const at = key.lastIndexOf('node_modules/')
    if (at < 0 || entry.link) continue
    set.add(`${entry.name ?? key.slice(at + 'node_modules/'.length)}@${entry.version}`)
  }
  return set
}

const EXPECTED = lockfileNameVersions()
const version = (name: string): string => lock.packages[`node_modules/${name}`].version!

/** npm purl → name@version, with the percent-encoded scope decoded ("%40types/node" → "@types/node"). */
function purlNameVersion(purl: string): string {
  const match = /^pkg:npm\/([^?#]+)@([^@?#]+)(?:[?#].*)?$/.exec(purl)
  if (!match) throw new Error(`not an npm purl: ${purl}`)
  return `${match[1].split('/').map(decodeURIComponent).join('/')}@${decodeURIComponent(match[2])}`
}

function libraries(bom: CdxBom): CdxComponent[] {
  return (bom.components ?? []).filter((c) => c.type === 'library')
}

function makeWorkspace(name: string, layout: Record<string, 'app' | 'broken'>): string {
  const workspace = join(temp.dir, name)
  for (const [dir, kind] of Object.entries(layout)) {
    const target = join(workspace, dir)
    mkdirSync(target, { recursive: true })
    cpSync(join(APP, 'package.json'), join(target, 'package.json'))
    const text = readFileSync(join(APP, 'package-lock.json'), 'utf8')
    // Broken: cut off in the middle of an entry, like a lockfile from an interrupted write.
    writeFileSync(
      join(target, 'package-lock.json'),
      kind === 'app' ? text : text.slice(0, Math.floor(text.length * 0.4)),
    )
  }
  return workspace
}

let azurite: Azurite
let api: GitHubApi
let temp: ReturnType<typeof makeTempDir>

beforeAll(async () => {
  if (!existsSync(DIST_ENTRY)) throw new Error(`${DIST_ENTRY} is missing: run npm run build first`)
  temp = makeTempDir('lockgraph-e2e-')
  azurite = await startAzurite()
  api = await startGitHubApi({ azurite })
})

afterAll(async () => {
  await api?.stop()
  await azurite?.stop()
  temp?.remove()
})

function run(options: Omit<RunActionOptions, 'apiUrl' | 'token' | 'tempDir'>): Promise<RunActionResult> {
  return runAction({ apiUrl: api.url, token: api.token, tempDir: temp.dir, ...options })
}

/** Shows the action's own log when an expectation about it fails. */
function explain(result: RunActionResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
}

async function unzipArtifact(artifact: ArtifactRecord): Promise<Map<string, Buffer>> {
  const zip = new AdmZip(await api.artifactZip(artifact))
  return new Map(
    zip
      .getEntries()
      .filter((e) => !e.isDirectory)
      .map((e) => [e.entryName, e.getData()]),
  )
}

describe('the bundled action', () => {
  test('scans a workspace, writes a CycloneDX 1.6 SBOM and uploads it as the artifact "sbom"', async () => {
    const workspace = makeWorkspace('single', { storefront: 'app' })
    const result = await run({ workspace, runId: '101' })
    expect({ code: result.code, log: result.code === 0 ? '' : explain(result) }).toEqual({ code: 0, log: '' })

    // Outputs
    const file = result.outputs['cyclonedx-file']
    expect(file).toBeDefined()
    expect(resolve(file)).toBe(file)
    expect(file.startsWith(result.runnerTemp)).toBe(true) // default output-dir: under RUNNER_TEMP
    expect(existsSync(file)).toBe(true)
    expect(result.outputs.components).toBe(String(EXPECTED.size))
    expect(result.outputs['artifact-name']).toBe('sbom')

    // Exactly one artifact in this run, named sbom, finalized, with the id in the output.
    const artifacts = api.artifacts(result.runBackendId)
    expect(artifacts.map((a) => a.name)).toEqual(['sbom'])
    const [artifact] = artifacts
    expect(artifact.jobBackendId).toBe(result.jobBackendId)
    expect(result.outputs['artifact-id']).toBe(String(artifact.id))
    expect(artifact.size).toBe(artifact.blobSize)

    // The zip holds the SBOM files of the default formats (CycloneDX JSON, SPDX JSON), byte for byte; a push
    // that created the branch has no base, so no diff file.
    const entries = await unzipArtifact(artifact)
    expect([...entries.keys()].sort()).toEqual([basename(file), basename(result.outputs['spdx-file'])].sort())
    expect(
      entries.get(basename(result.outputs['spdx-file']))!.equals(readFileSync(result.outputs['spdx-file'])),
    ).toBe(true)
    expect(result.outputs['diff-file']).toBe('')
    const raw = entries.get(basename(file))!
    expect(raw.equals(readFileSync(file))).toBe(true)

    // The SBOM: valid CycloneDX 1.6 with exactly the lockfile's packages.
    const bom = JSON.parse(raw.toString('utf8')) as CdxBom
    expect(bom.bomFormat).toBe('CycloneDX')
    expect(bom.specVersion).toBe('1.6')
    expect(cycloneDxErrors(bom)).toEqual([])
    const libs = libraries(bom)
    expect(EXPECTED.size).toBe(1127)
    expect(libs).toHaveLength(1127) // one component per name@version, no duplicates
    const fromPurls = new Set(libs.map((c) => purlNameVersion(c.purl!)))
    expect(fromPurls).toEqual(EXPECTED)
    // group/name/version agree with the purl.
    for (const c of libs)
      expect(`${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`).toBe(purlNameVersion(c.purl!))

    const purls = new Set(libs.map((c) => c.purl))
    for (const purl of [
      `pkg:npm/express@${version('express')}`,
      `pkg:npm/react@${version('react')}`,
      `pkg:npm/next@${version('next')}`,
      `pkg:npm/%40types/node@${version('@types/node')}`,
      `pkg:npm/%40aws-sdk/client-s3@${version('@aws-sdk/client-s3')}`,
    ]) {
      expect(purls).toContain(purl)
    }
    expect(version('express')).toBe('4.22.3')
    // The lockfile's integrity (base64 sha512) is the component's SHA-512 hash, in hex.
    const express = libs.find((c) => c.purl === `pkg:npm/express@${version('express')}`)!
    const integrity = lock.packages['node_modules/express'].integrity!
    expect(express.hashes).toContainEqual({
      alg: 'SHA-512',
      content: Buffer.from(integrity.replace(/^sha512-/, ''), 'base64').toString('hex'),
    })

    // Job summary: the lockfile and the counts.
    expect(result.summary).toContain('storefront/package-lock.json')
    expect(result.summary).toMatch(/npm/)
    expect(result.summary).toMatch(/1,?127/)
    // A clean lockfile gives no annotations.
    expect(result.annotations.filter((a) => a.level !== 'notice')).toEqual([])
  })

  test('a broken lockfile is annotated and skipped; the good one still makes the SBOM', async () => {
    const workspace = makeWorkspace('broken', { good: 'app', broken: 'broken' })
    const truncatedLines = readFileSync(join(workspace, 'broken', 'package-lock.json'), 'utf8').split(
      '\n',
    ).length
    const result = await run({ workspace, runId: '102' })
    expect({ code: result.code, log: result.code === 0 ? '' : explain(result) }).toEqual({ code: 0, log: '' })

    // Not strict: the step does not fail, so the problem is a warning on the file's last line.
    const about = result.annotations.filter((a) => a.file === 'broken/package-lock.json')
    expect(about).toEqual([
      expect.objectContaining({
        level: 'warning',
        line: truncatedLines,
        message: 'not valid JSON: unexpected end of file (truncated?); file skipped',
      }),
    ])
    // Nothing is said against the good lockfile.
    expect(result.annotations.filter((a) => a.file?.startsWith('good/'))).toEqual([])
    expect(result.summary).toContain('broken/package-lock.json')
    expect(result.summary).toContain('good/package-lock.json')

    const bom = JSON.parse(readFileSync(result.outputs['cyclonedx-file'], 'utf8')) as CdxBom
    const fromPurls = new Set(libraries(bom).map((c) => purlNameVersion(c.purl!)))
    for (const nameVersion of EXPECTED) expect(fromPurls).toContain(nameVersion)
    expect(Number(result.outputs.components)).toBeGreaterThanOrEqual(EXPECTED.size)
    expect(api.artifacts(result.runBackendId).map((a) => a.name)).toEqual(['sbom'])
  })

  test('with strict=true a broken lockfile fails the step', async () => {
    const workspace = makeWorkspace('strict', { good: 'app', broken: 'broken' })
    const result = await run({ workspace, runId: '103', inputs: { strict: true } })
    expect({ code: result.code, log: result.code === 1 ? '' : explain(result) }).toEqual({ code: 1, log: '' })
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({
        file: 'broken/package-lock.json',
        message: expect.stringContaining('not valid JSON'),
      }),
      { level: 'error', message: '1 problem in lockfiles (strict mode)' },
    ])
  })

  test('two matrix jobs of one run with the default name both upload, under different names', async () => {
    const workspace = makeWorkspace('matrix', { storefront: 'app' })
    const runId = '104'
    // A matrix: same run, same job key (GITHUB_JOB), different job backend ids.
    const first = await run({ workspace, runId, job: 'sbom' })
    const second = await run({ workspace, runId, job: 'sbom' })
    for (const result of [first, second]) {
      expect({ code: result.code, log: result.code === 0 ? '' : explain(result) }).toEqual({
        code: 0,
        log: '',
      })
    }
    expect(first.runBackendId).toBe(second.runBackendId)
    expect(first.jobBackendId).not.toBe(second.jobBackendId)

    expect(first.outputs['artifact-name']).toBe('sbom')
    const secondName = second.outputs['artifact-name']
    expect(secondName).toMatch(/^sbom./)
    const artifacts = api.artifacts(backendIdFor(`run-${runId}`))
    expect(artifacts.map((a) => [a.name, String(a.id), a.jobBackendId]).sort()).toEqual(
      [
        ['sbom', first.outputs['artifact-id'], first.jobBackendId],
        [secondName, second.outputs['artifact-id'], second.jobBackendId],
      ].sort(),
    )
    // Both hold a complete SBOM.
    for (const artifact of artifacts) {
      const entries = await unzipArtifact(artifact)
      expect([...entries.keys()].sort()).toEqual(['sbom.cdx.json', 'sbom.spdx.json'])
      const bom = JSON.parse(entries.get('sbom.cdx.json')!.toString('utf8')) as CdxBom
      expect(libraries(bom)).toHaveLength(EXPECTED.size)
    }
    expect(second.annotations.filter((a) => a.level === 'error')).toEqual([])
  })

  test('matrix jobs that upload at the same moment also end with different names', async () => {
    const workspace = makeWorkspace('matrix-race', { storefront: 'app' })
    const runId = '105'
    const results = await Promise.all([
      run({ workspace, runId }),
      run({ workspace, runId }),
      run({ workspace, runId }),
    ])
    for (const result of results) {
      expect({ code: result.code, log: result.code === 0 ? '' : explain(result) }).toEqual({
        code: 0,
        log: '',
      })
    }
    const names = results.map((r) => r.outputs['artifact-name'])
    expect(new Set(names).size).toBe(3)
    expect(names).toContain('sbom')
    expect(
      api
        .artifacts(backendIdFor(`run-${runId}`))
        .map((a) => a.name)
        .sort(),
    ).toEqual([...names].sort())
  })

  test('upload-artifact=false writes the file and uploads nothing', async () => {
    const workspace = makeWorkspace('no-upload', { storefront: 'app' })
    const result = await run({
      workspace,
      runId: '106',
      inputs: { 'upload-artifact': false, 'output-dir': 'sbom-out' },
    })
    expect({ code: result.code, log: result.code === 0 ? '' : explain(result) }).toEqual({ code: 0, log: '' })

    const file = result.outputs['cyclonedx-file']
    expect(resolve(workspace, file).startsWith(join(workspace, 'sbom-out'))).toBe(true)
    const bom = JSON.parse(readFileSync(resolve(workspace, file), 'utf8')) as CdxBom
    expect(new Set(libraries(bom).map((c) => purlNameVersion(c.purl!)))).toEqual(EXPECTED)
    expect(result.outputs.components).toBe(String(EXPECTED.size))
    expect(result.outputs['artifact-name'] ?? '').toBe('')
    expect(result.outputs['artifact-id'] ?? '').toBe('')

    expect(api.artifacts(result.runBackendId)).toEqual([])
    expect(api.state.requests.filter((r) => r.runBackendId === result.runBackendId)).toEqual([])
  })
})
