import { parseFiles } from '../src/scan.js'
import { discover } from '../src/discover.js'
import { diskSource } from '../src/scan.js'
import { writeCycloneDxJson } from '../src/sbom/cyclonedx.js'
import { subjectFor } from '../src/sbom/subject.js'
import { cycloneDxErrors } from './helpers/cyclonedx-schema.js'
import { TESTDATA } from './helpers/parse.js'
import { join } from 'node:path'

interface CdxComponent {
  'bom-ref': string
  type: string
  name: string
  group?: string
  version?: string
  purl?: string
  scope?: string
  hashes?: Array<{ alg: string; content: string }>
  licenses?: Array<{ license?: { id?: string; name?: string }; expression?: string }>
  properties?: Array<{ name: string; value: string }>
  externalReferences?: Array<{ type: string; url: string }>
}
interface CdxBom {
  specVersion: string
  serialNumber: string
  metadata: { timestamp: string; component: CdxComponent; tools: { components: CdxComponent[] } }
  components: CdxComponent[]
  dependencies: Array<{ ref: string; dependsOn?: string[] }>
}

async function sbomOf(
  dir: string,
  env: NodeJS.ProcessEnv = { SOURCE_DATE_EPOCH: '1700000000', GITHUB_REPOSITORY: 'acme/shop' },
) {
  const root = join(TESTDATA, dir)
  const graph = await parseFiles(discover(root).files, diskSource(root))
  return { graph, text: writeCycloneDxJson(graph, subjectFor(root, env)) }
}

describe('CycloneDX 1.6 JSON of all npm test data', () => {
  let bom: CdxBom
  let text: string
  beforeAll(async () => {
    ;({ text } = await sbomOf('npm'))
    bom = JSON.parse(text)
  })

  test('validates against the official CycloneDX 1.6 JSON schema', () => {
    expect(cycloneDxErrors(bom)).toEqual([])
    expect(bom.specVersion).toBe('1.6')
  })

  test('metadata: subject, tool, timestamp from SOURCE_DATE_EPOCH', () => {
    expect(bom.metadata.timestamp).toBe('2023-11-14T22:13:20Z')
    expect(bom.metadata.component).toMatchObject({
      name: 'acme/shop',
      type: 'application',
      'bom-ref': 'root',
    })
    expect(bom.metadata.tools.components[0]).toMatchObject({ name: 'lockgraph' })
  })

  test('one component per project and per distinct package', () => {
    const apps = bom.components.filter((c) => c.type === 'application')
    expect(apps.map((c) => c['bom-ref']).sort()).toEqual([
      'project:app-npm11/package.json',
      'project:atom-fuzzy-finder/package.json',
      'project:curso-node-table/package.json',
      'project:generator-core/package.json',
      'project:vscode-ext-npm-lock-v3/package.json',
      'project:workspaces-npm11/package.json',
      'project:workspaces-npm11/packages/core/package.json',
      'project:workspaces-npm11/packages/web/package.json',
    ])
    const libs = bom.components.filter((c) => c.type === 'library')
    expect(new Set(libs.map((c) => c.purl)).size).toBe(libs.length)
    // sorted by bom-ref, so the file is the same whatever order the lockfiles were read in
    const refs = bom.components.map((c) => c['bom-ref'])
    expect(refs).toEqual([...refs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    for (const c of libs) expect(c['bom-ref']).toBe(c.purl)
  })

  test('a scoped npm package: group, purl, hashes in hex, license, distribution URL, properties', () => {
    const c = bom.components.find((x) => x.group === '@aws-sdk' && x.name === 'client-s3')!
    expect(c.purl).toBe(`pkg:npm/%40aws-sdk/client-s3@${c.version}`)
    expect(c.scope).toBe('required')
    expect(c.hashes).toEqual([{ alg: 'SHA-512', content: expect.stringMatching(/^[0-9a-f]{128}$/) }])
    expect(c.licenses).toEqual([{ license: { id: 'Apache-2.0' } }])
    expect(c.externalReferences).toEqual([
      {
        type: 'distribution',
        url: `https://registry.npmjs.org/@aws-sdk/client-s3/-/client-s3-${c.version}.tgz`,
      },
    ])
    expect(c.properties).toEqual(
      expect.arrayContaining([
        { name: 'lockgraph:direct', value: 'true' },
        { name: 'lockgraph:scope', value: 'runtime' },
        { name: 'lockgraph:file', value: 'app-npm11/package-lock.json' },
      ]),
    )
  })

  test('dev-only packages are scope "excluded"', () => {
    const eslint = bom.components.find((x) => x.name === 'eslint' && !x.group)!
    expect(eslint.scope).toBe('excluded')
  })

  test('the dependencies graph: root → projects → direct dependencies → transitive', () => {
    const deps = new Map(bom.dependencies.map((d) => [d.ref, d.dependsOn ?? []]))
    expect(deps.get('root')).toHaveLength(8)
    const web = deps.get('project:workspaces-npm11/packages/web/package.json')!
    expect(web).toContain('project:workspaces-npm11/packages/core/package.json')
    const express = web.find((r) => r.startsWith('pkg:npm/express@'))!
    expect(deps.get(express)!.some((r) => r.startsWith('pkg:npm/body-parser@'))).toBe(true)
    const refs = new Set([...bom.components.map((c) => c['bom-ref']), 'root'])
    for (const d of bom.dependencies) for (const r of d.dependsOn ?? []) expect(refs.has(r)).toBe(true)
  })

  test('reproducible: the same input gives the same bytes and serial number', async () => {
    const again = await sbomOf('npm')
    expect(again.text).toBe(text)
    // another time: only the timestamp differs; the serial number depends on the content alone
    const later = await sbomOf('npm', { SOURCE_DATE_EPOCH: '1800000000', GITHUB_REPOSITORY: 'acme/shop' })
    expect(JSON.parse(later.text).serialNumber).toBe(bom.serialNumber)
    expect(later.text.replace('2027-01-15T08:00:00Z', '2023-11-14T22:13:20Z')).toBe(text)
    // other content: another serial number
    const other = await sbomOf('npm/app-npm11')
    expect(JSON.parse(other.text).serialNumber).not.toBe(bom.serialNumber)
    expect(bom.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })
})

describe('CycloneDX licenses from lockfile strings', () => {
  test('SPDX ids, expressions and other names are each kept as what they are', async () => {
    const { graph } = await sbomOf('npm/app-npm11')
    const pkg = [...graph.packages.values()][0]
    const cases: Array<[string, object]> = [
      ['MIT', { license: { id: 'MIT' } }],
      ['(MIT OR Apache-2.0)', { expression: '(MIT OR Apache-2.0)' }],
      ['Custom: LICENSE.txt', { license: { name: 'Custom: LICENSE.txt' } }],
    ]
    for (const [license, expected] of cases) {
      pkg.license = license
      const bom: CdxBom = JSON.parse(writeCycloneDxJson(graph, subjectFor('/x', { SOURCE_DATE_EPOCH: '0' })))
      expect(bom.components.find((c) => c['bom-ref'] === pkg.ref)!.licenses).toEqual([expected])
      expect(cycloneDxErrors(bom)).toEqual([])
    }
  })
})

describe('CycloneDX hashes', () => {
  test('one value per algorithm goes into hashes; several (one per wheel) into lockgraph:file-hash properties', async () => {
    const { graph } = await sbomOf('npm/curso-node-table')
    const pkg = [...graph.packages.values()][0]
    pkg.hashes = [
      { alg: 'SHA-1', value: 'a'.repeat(40) },
      { alg: 'SHA-256', value: 'b'.repeat(64) },
      { alg: 'SHA-256', value: 'c'.repeat(64) },
    ]
    const bom: CdxBom = JSON.parse(writeCycloneDxJson(graph, subjectFor('/x', { SOURCE_DATE_EPOCH: '0' })))
    const c = bom.components.find((x) => x['bom-ref'] === pkg.ref)!
    expect(c.hashes).toEqual([{ alg: 'SHA-1', content: 'a'.repeat(40) }])
    expect(c.properties!.filter((p) => p.name === 'lockgraph:file-hash')).toEqual([
      { name: 'lockgraph:file-hash', value: `SHA-256:${'b'.repeat(64)}` },
      { name: 'lockgraph:file-hash', value: `SHA-256:${'c'.repeat(64)}` },
    ])
    expect(cycloneDxErrors(bom)).toEqual([])
  })
})

describe('a lockfile that could not be read', () => {
  test('is named in the SBOM metadata, so the SBOM says what it is missing', async () => {
    const { graph } = await sbomOf('npm/curso-node-table')
    graph.files.push({
      path: 'broken/package-lock.json',
      format: 'npm-package-lock',
      ecosystem: 'npm',
      ok: false,
      packages: 0,
      projects: 0,
      complete: false,
    })
    graph.issues.push({
      file: 'broken/package-lock.json',
      line: 3,
      severity: 'error',
      message: 'not valid JSON: unexpected end of file (truncated?); file skipped',
    })
    const bom = JSON.parse(writeCycloneDxJson(graph, subjectFor('/x', { SOURCE_DATE_EPOCH: '0' })))
    expect(
      bom.metadata.properties.filter((p: { name: string }) => p.name === 'lockgraph:unread-file'),
    ).toEqual([
      {
        name: 'lockgraph:unread-file',
        value: 'broken/package-lock.json: not valid JSON: unexpected end of file (truncated?); file skipped',
      },
    ])
    expect(cycloneDxErrors(bom)).toEqual([])
  })
})
