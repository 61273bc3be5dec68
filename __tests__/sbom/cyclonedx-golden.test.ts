// Golden files of the CycloneDX writers for a multi-ecosystem repository, and the NTIA / CISA minimum elements.
// Volatile fields are fixed by the input (a fixed subject and timestamp), not redacted: the files are byte-exact.
// UPDATE_GOLDEN=1 rewrites them.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Graph } from '../../src/graph/graph.js'
import { scan } from '../../src/scan.js'
import { writeCycloneDxJson, writeCycloneDxXml } from '../../src/sbom/cyclonedx.js'
import type { Subject } from '../../src/sbom/subject.js'
import { subjectFor } from '../../src/sbom/subject.js'
import { TESTDATA } from '../helpers/parse.js'

const MULTI = join(TESTDATA, 'sbom', 'multi')
const GOLDEN = join(TESTDATA, 'sbom', 'golden')
const env = {
  GITHUB_REPOSITORY: 'acme/multi',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  SOURCE_DATE_EPOCH: '1767323045',
}

let graph: Graph
let subject: Subject
beforeAll(async () => {
  graph = (await scan(MULTI)).graph
  subject = subjectFor(MULTI, env)
})

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, text)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

test.each(['1.4', '1.5', '1.6', '1.7'])('CycloneDX %s JSON and XML equal their golden files', (version) => {
  golden(`multi.cdx-${version}.json`, writeCycloneDxJson(graph, subject, { specVersion: version }))
  golden(`multi.cdx-${version}.xml`, writeCycloneDxXml(graph, subject, { specVersion: version }))
})

test('reproducible: two scans, written twice, give byte-identical files', async () => {
  const again = (await scan(MULTI)).graph
  const subject2 = subjectFor(MULTI, env)
  for (const write of [writeCycloneDxJson, writeCycloneDxXml])
    expect(write(again, subject2)).toBe(write(graph, subject))
})

interface Bom {
  metadata: {
    timestamp: string
    authors?: Array<{ name: string }>
    tools: { components: Array<{ name: string; version: string }> }
    lifecycles: Array<{ phase: string }>
    component: { name: string; version: string; 'bom-ref': string }
    properties: Array<{ name: string; value: string }>
  }
  components: Array<{
    name: string
    version?: string
    type: string
    purl?: string
    hashes?: unknown[]
    licenses?: unknown[]
    supplier?: unknown
    'bom-ref': string
  }>
  dependencies: Array<{ ref: string; dependsOn?: string[] }>
  compositions: Array<{ aggregate: string; dependencies: string[] }>
}

describe('NTIA / CISA minimum elements in CycloneDX (specs/minimum-elements.md)', () => {
  let bom: Bom
  let libraries: Bom['components']
  beforeAll(() => {
    bom = JSON.parse(writeCycloneDxJson(graph, subject))
    libraries = bom.components.filter((c) => c.type === 'library')
  })
  const unknown = (element: string) =>
    bom.metadata.properties.filter((p) => p.name === 'lockgraph:unknown' && p.value.startsWith(`${element}:`))

  test('SBOM author: the repository owner', () => {
    expect(bom.metadata.authors).toEqual([{ name: 'acme' }])
  })
  test('timestamp', () => {
    expect(bom.metadata.timestamp).toBe('2026-01-02T03:04:05Z')
  })
  test('supplier: not stated by lockfiles, and said so', () => {
    expect(libraries.every((c) => c.supplier === undefined)).toBe(true)
    expect(unknown('supplier')).toHaveLength(1)
  })
  test('component name and version: every package; no version only where the project is marked incomplete', () => {
    expect(libraries.length).toBe(graph.packages.size)
    expect(libraries.every((c) => c.name)).toBe(true)
    const unpinned = libraries.filter((c) => !c.version).map((c) => c['bom-ref'])
    expect(unpinned).toEqual(['pkg:pypi/flask'])
    const incomplete = bom.compositions.find((c) => c.aggregate === 'incomplete')!.dependencies
    expect(graph.packages.get('pkg:pypi/flask')!.projects.every((p) => incomplete.includes(p))).toBe(true)
  })
  test('unique identifier: a purl on every package', () => {
    expect(libraries.every((c) => c.purl?.startsWith('pkg:') && c['bom-ref'] === c.purl)).toBe(true)
  })
  test('dependency relationship: every package is reached from the repository', () => {
    const deps = new Map(bom.dependencies.map((d) => [d.ref, d.dependsOn ?? []]))
    const seen = new Set<string>()
    const queue = ['root']
    while (queue.length)
      for (const to of deps.get(queue.pop()!) ?? [])
        if (!seen.has(to)) {
          seen.add(to)
          queue.push(to)
        }
    expect(libraries.filter((c) => !seen.has(c['bom-ref']))).toEqual([])
  })
  test('hash: where the lockfile has one; the rest is counted', () => {
    const hashed = libraries.filter((c) => c.hashes?.length)
    expect(hashed.length).toBeGreaterThan(libraries.length / 2)
  })
  test('license: where the lockfile states one, else marked unknown with a count', () => {
    const licensed = libraries.filter((c) => c.licenses?.length).length
    expect(licensed).toBe(24) // the Composer packages: the only lockfile of the repository that states licenses
    expect(unknown('license').map((p) => p.value)).toEqual([
      `license: ${libraries.length - licensed} of ${libraries.length} packages have no license in their lockfile (unknown, not unlicensed)`,
    ])
  })
  test('tool name: lockgraph and its version', () => {
    expect(bom.metadata.tools.components).toEqual([
      expect.objectContaining({ name: 'lockgraph', version: expect.stringMatching(/^\d+\.\d+\.\d+/) }),
    ])
  })
  test('generation context: pre-build (read from lockfiles, nothing built)', () => {
    expect(bom.metadata.lifecycles).toEqual([{ phase: 'pre-build' }])
  })
  test('primary component: the repository at its commit', () => {
    expect(bom.metadata.component).toMatchObject({
      name: 'acme/multi',
      version: env.GITHUB_SHA,
      'bom-ref': 'root',
    })
  })
  test('known unknowns: incomplete projects and the unread lockfile', () => {
    expect(bom.compositions).toEqual([
      {
        aggregate: 'complete',
        dependencies: [
          'project:php/composer.json',
          'project:py/pyproject.toml',
          'project:rs/Cargo.toml',
          'project:tools/package.json',
          'project:web/package.json',
        ],
      },
      { aggregate: 'incomplete', dependencies: ['project:scripts/requirements.txt', 'root'] },
    ])
    expect(
      bom.metadata.properties.filter((p) => p.name === 'lockgraph:unread-file').map((p) => p.value),
    ).toEqual(['broken/package-lock.json: not valid JSON: unexpected end of file (truncated?); file skipped'])
  })
})
