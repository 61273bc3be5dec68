// CycloneDX JSON of other tools read into the graph (what lockgraph decides where the document is silent), and
// documents refused with the file and the JSON path of the problem.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Graph } from '../../src/graph/graph.js'
import { readCycloneDxJson } from '../../src/sbom/read/cyclonedx-json.js'
import { SbomReadError } from '../../src/sbom/read/types.js'
import { TESTDATA } from '../helpers/parse.js'

const READ = join(TESTDATA, 'sbom', 'read')
const load = (name: string) => JSON.parse(readFileSync(join(READ, name), 'utf8'))

const edges = (graph: Graph) =>
  [...graph.edges]
    .flatMap(([from, tos]) => [...tos].map(([to, scope]) => `${from} -> ${to} (${scope})`))
    .sort()

function refusal(doc: unknown): string {
  try {
    readCycloneDxJson(doc, 'in.cdx.json')
  } catch (err) {
    if (err instanceof SbomReadError) return err.message
    throw err
  }
  throw new Error('read without an error')
}

describe('another tool’s CycloneDX 1.5 JSON (other-tool-1.5.json)', () => {
  const read = readCycloneDxJson(load('other-tool-1.5.json'), 'other-tool-1.5.json')
  const pkg = (ref: string) => read.graph.packages.get(ref)!

  test('subject from metadata.component, timestamp with its offset, tools from {components, services}', () => {
    expect(read.subject).toEqual({
      name: 'shop',
      version: '1.0.0',
      timestamp: new Date('2024-02-03T03:05:06.789Z'),
    })
    expect(read.tool).toBe('other-sbom-tool 10.2.0, sbom-service')
    expect(read.format).toBe('cyclonedx-json')
    expect(read.specVersion).toBe('1.5')
  })

  test('metadata.component depends on no application: it is the one project, complete as its composition says', () => {
    expect([...read.graph.projects.values()]).toEqual([
      {
        ref: 'project:shop',
        purl: 'pkg:npm/shop@1.0.0',
        ecosystem: 'npm',
        name: 'shop',
        version: '1.0.0',
        manifest: 'shop',
        dir: '',
        files: [],
        complete: true,
        platform: [],
      },
    ])
  })

  test('every component is a package, nested and file components included; purl-less ones get pkg:generic', () => {
    expect([...read.graph.packages.keys()]).toEqual([
      'pkg:npm/express@4.19.2',
      'pkg:npm/express@4.19.2#lib/router',
      'pkg:npm/%40types/node@20.11.0',
      'pkg:npm/fsevents@2.3.3',
      'pkg:generic/acme/internal-lib@2.0',
      'pkg:npm/patched@1.0.0?vcs_url=git%2Bhttps://github.com/acme/patched.git%23abc123',
      'pkg:npm/tarball-dep@0.0.1?download_url=https://example.com/tarball-dep-0.0.1.tgz',
      'pkg:generic/package-lock.json',
    ])
  })

  test('a package: npm name from the purl, scope, hashes lower-cased (only the algorithms lockgraph has), distribution URL', () => {
    expect(pkg('pkg:npm/express@4.19.2')).toEqual({
      ref: 'pkg:npm/express@4.19.2',
      purl: 'pkg:npm/express@4.19.2',
      ecosystem: 'npm',
      name: 'express',
      version: '4.19.2',
      scope: 'runtime',
      direct: true,
      hashes: [
        {
          alg: 'SHA-512',
          value: `d5f8d4e0b16f4a0f7e4c0e6c1a7c2f0b9a4e1d6c3b8a5f2e9d6c3b0a7f4e1d8c5b2a9f6e3d0c7b4a1f8e5d2c9b6a3f0e7d4c1b8a5f2e9d6c3b0a7f4e1d8c5b2d`,
        },
      ],
      resolved: 'https://registry.npmjs.org/express/-/express-4.19.2.tgz',
      source: 'registry',
      license: 'MIT',
      aliases: [],
      files: [],
      projects: ['project:shop'],
    })
    expect(pkg('pkg:npm/%40types/node@20.11.0').name).toBe('@types/node')
    expect(pkg('pkg:generic/acme/internal-lib@2.0')).toMatchObject({
      ecosystem: 'generic',
      name: 'acme/internal-lib',
    })
  })

  test('scopes: required → runtime, optional → optional, excluded → dev, none → runtime', () => {
    expect(pkg('pkg:npm/%40types/node@20.11.0').scope).toBe('dev')
    expect(pkg('pkg:npm/fsevents@2.3.3').scope).toBe('optional')
    expect(pkg('pkg:generic/acme/internal-lib@2.0').scope).toBe('runtime')
  })

  test('licenses: several SPDX ids are all of them (AND); with a name among them, kept side by side as a name', () => {
    expect(pkg('pkg:npm/fsevents@2.3.3').license).toBe('MIT AND Apache-2.0')
    expect(pkg('pkg:npm/%40types/node@20.11.0').license).toBe('MIT; Custom Types License')
    expect(pkg('pkg:generic/acme/internal-lib@2.0').license).toBe('LicenseRef-Acme OR MIT')
  })

  test('source from the purl: vcs_url → git (resolved: the vcs reference), download_url → url; a vcs home page is no resolution', () => {
    expect(
      pkg('pkg:npm/patched@1.0.0?vcs_url=git%2Bhttps://github.com/acme/patched.git%23abc123'),
    ).toMatchObject({
      source: 'git',
      resolved: 'git+https://github.com/acme/patched.git#abc123',
    })
    expect(
      pkg('pkg:npm/tarball-dep@0.0.1?download_url=https://example.com/tarball-dep-0.0.1.tgz'),
    ).toMatchObject({ source: 'url', resolved: 'https://example.com/tarball-dep-0.0.1.tgz' })
  })

  test('edges with their target’s scope; direct = a dependency of the project; a service is left out with a warning', () => {
    expect(edges(read.graph)).toEqual([
      'pkg:generic/acme/internal-lib@2.0 -> pkg:npm/tarball-dep@0.0.1?download_url=https://example.com/tarball-dep-0.0.1.tgz (runtime)',
      'pkg:npm/express@4.19.2 -> pkg:npm/fsevents@2.3.3 (optional)',
      'pkg:npm/express@4.19.2 -> pkg:npm/patched@1.0.0?vcs_url=git%2Bhttps://github.com/acme/patched.git%23abc123 (runtime)',
      'project:shop -> pkg:generic/acme/internal-lib@2.0 (runtime)',
      'project:shop -> pkg:npm/%40types/node@20.11.0 (dev)',
      'project:shop -> pkg:npm/express@4.19.2 (runtime)',
    ])
    expect([...read.graph.packages.values()].filter((p) => p.direct).map((p) => p.name)).toEqual([
      'express',
      '@types/node',
      'acme/internal-lib',
    ])
    expect(pkg('pkg:generic/package-lock.json').projects).toEqual([])
    expect(read.graph.issues).toEqual([
      {
        file: 'other-tool-1.5.json',
        severity: 'warning',
        message: 'a dependency names a bom-ref that is no component (a service, or missing); left out',
      },
    ])
    expect(read.graph.files).toEqual([])
  })
})

describe('another tool’s SBOM of a monorepo (other-tool-apps-1.6.json)', () => {
  const read = readCycloneDxJson(load('other-tool-apps-1.6.json'), 'other-tool-apps-1.6.json')

  test('the applications metadata.component depends on are the projects; another application is a package', () => {
    expect([...read.graph.projects.values()]).toEqual([
      {
        ref: 'project:service-a',
        purl: 'pkg:pypi/service-a@1.0.0',
        ecosystem: 'pypi',
        name: 'service-a',
        version: '1.0.0',
        manifest: 'service-a',
        dir: '',
        files: [],
        complete: false, // nothing said: not known to be complete
        platform: [],
      },
      {
        ref: 'project:service-b',
        purl: undefined,
        ecosystem: 'generic',
        name: 'service-b',
        version: '2.0.0',
        manifest: 'service-b',
        dir: '',
        files: [],
        complete: false, // incomplete_first_party_only
        platform: [],
      },
    ])
    expect(read.graph.packages.get('pkg:cargo/cli-tool@0.1.0')).toMatchObject({ direct: false, projects: [] })
  })

  test('names: the component’s (Flask keeps its capital), Maven group:artifact; closure per project', () => {
    expect(read.graph.packages.get('pkg:pypi/flask@3.0.0')).toMatchObject({
      name: 'Flask',
      direct: true,
      projects: ['project:service-a'],
    })
    expect(read.graph.packages.get('pkg:pypi/click@8.1.7')).toMatchObject({
      direct: false,
      projects: ['project:service-a'],
    })
    expect(read.graph.packages.get('pkg:maven/org.slf4j/slf4j-api@2.0.9')).toMatchObject({
      ecosystem: 'maven',
      name: 'org.slf4j:slf4j-api',
      projects: ['project:service-b'],
    })
  })

  test('no timestamp: the epoch; legacy tools list; no version of the subject', () => {
    expect(read.subject).toEqual({ name: 'monorepo', version: undefined, timestamp: new Date(0) })
    expect(read.tool).toBe('legacy-list-tool 0.9')
  })
})

describe('reading choices', () => {
  const bom = (extra: object) => ({ bomFormat: 'CycloneDX', specVersion: '1.6', ...extra })

  test('two components of one purl are one package: strongest scope, hashes and files merged', () => {
    const read = readCycloneDxJson(
      bom({
        components: [
          {
            type: 'library',
            'bom-ref': 'a',
            name: 'x',
            version: '1',
            purl: 'pkg:cargo/x@1',
            scope: 'excluded',
            hashes: [{ alg: 'SHA-256', content: 'a'.repeat(64) }],
            properties: [{ name: 'lockgraph:file', value: 'a/Cargo.lock' }],
          },
          {
            type: 'library',
            'bom-ref': 'b',
            name: 'x',
            version: '1',
            purl: 'pkg:cargo/x@1',
            scope: 'required',
            hashes: [{ alg: 'SHA-256', content: 'b'.repeat(64) }],
            properties: [{ name: 'lockgraph:file', value: 'b/Cargo.lock' }],
          },
        ],
      }),
      'x.json',
    )
    expect([...read.graph.packages.values()]).toEqual([
      expect.objectContaining({
        ref: 'pkg:cargo/x@1',
        scope: 'runtime',
        hashes: [
          { alg: 'SHA-256', value: 'a'.repeat(64) },
          { alg: 'SHA-256', value: 'b'.repeat(64) },
        ],
        files: ['a/Cargo.lock', 'b/Cargo.lock'],
      }),
    ])
  })

  test('purl-less components of one name and version stay two packages; a non-purl is replaced, with a warning', () => {
    const read = readCycloneDxJson(
      bom({
        components: [
          { type: 'library', 'bom-ref': 'one', name: 'lib', version: '1.0' },
          { type: 'library', 'bom-ref': 'two', name: 'lib', version: '1.0' },
          { type: 'library', 'bom-ref': 'three', name: 'odd', purl: 'npm:odd@1' },
        ],
      }),
      'x.json',
    )
    expect([...read.graph.packages.keys()]).toEqual([
      'pkg:generic/lib@1.0',
      'pkg:generic/lib@1.0?bom-ref=two',
      'pkg:generic/odd',
    ])
    expect(read.graph.issues.map((i) => i.message)).toEqual([
      'components[2]: purl "npm:odd@1" is not a package URL; a pkg:generic one is used',
    ])
  })

  test('npm names: a scope group, a purl with an unencoded "@", a group that is no scope', () => {
    const read = readCycloneDxJson(
      bom({
        components: [
          {
            type: 'library',
            group: 'babel',
            name: 'core',
            version: '7.0.0',
            purl: 'pkg:npm/@babel/core@7.0.0',
          },
          { type: 'library', name: '@types/node', version: '20.0.0', purl: 'pkg:npm/%40types/node@20.0.0' },
          { type: 'library', group: 'express', name: 'router', purl: 'pkg:npm/express@4.0.0#lib/router' },
        ],
      }),
      'x.json',
    )
    expect([...read.graph.packages.values()].map((p) => [p.purl, p.ecosystem, p.name])).toEqual([
      ['pkg:npm/@babel/core@7.0.0', 'npm', '@babel/core'],
      ['pkg:npm/%40types/node@20.0.0', 'npm', '@types/node'],
      ['pkg:npm/express@4.0.0#lib/router', 'npm', 'express'],
    ])
  })

  test('no metadata.component: the subject is named after the file, and there is no project', () => {
    const read = readCycloneDxJson(
      bom({ components: [{ type: 'library', name: 'a', purl: 'pkg:npm/a@1' }] }),
      'out/app.cdx.json',
    )
    expect(read.subject.name).toBe('app')
    expect(read.graph.projects.size).toBe(0)
  })
})

describe('refused, with the file and the JSON path', () => {
  const bom = (extra: object) => ({ bomFormat: 'CycloneDX', specVersion: '1.6', ...extra })

  test.each([
    [{ bomFormat: 'CycloneDX' }, 'in.cdx.json: specVersion: missing'],
    [
      { bomFormat: 'CycloneDX', specVersion: '1.1' },
      'in.cdx.json: CycloneDX 1.1 is not read (lockgraph reads CycloneDX 1.2 to 1.7)',
    ],
    [
      { bomFormat: 'CycloneDX', specVersion: '2.0' },
      'in.cdx.json: CycloneDX 2.0 is not read (lockgraph reads CycloneDX 1.2 to 1.7)',
    ],
    [bom({ components: {} }), 'in.cdx.json: components: expected an array, not object'],
    [
      bom({ components: [{ type: 'library', name: 7 }] }),
      'in.cdx.json: components[0].name: expected a string, not number',
    ],
    [
      bom({
        components: [
          { type: 'library', name: 'a', components: [{ type: 'library', name: 'b', purl: ['x'] }] },
        ],
      }),
      'in.cdx.json: components[0].components[0].purl: expected a string, not an array',
    ],
    [
      bom({ components: [{ type: 'library', name: 'a', hashes: [{ alg: 'SHA-256' }] }] }),
      'in.cdx.json: components[0].hashes[0].content: missing',
    ],
    [
      bom({ components: [{ type: 'library', name: 'a', externalReferences: [{ type: 'vcs' }] }] }),
      'in.cdx.json: components[0].externalReferences[0].url: missing',
    ],
    [
      bom({ components: [{ type: 'library', name: 'a', properties: [{ name: 'p', value: 1 }] }] }),
      'in.cdx.json: components[0].properties[0].value: expected a string, not number',
    ],
    [
      bom({ metadata: { component: { type: 'application' } } }),
      'in.cdx.json: metadata.component.name: missing',
    ],
    [
      bom({ metadata: { tools: 'lockgraph' } }),
      'in.cdx.json: metadata.tools: expected an object, not string',
    ],
    [
      bom({ dependencies: [{ ref: 'a', dependsOn: [''] }] }),
      'in.cdx.json: dependencies[0].dependsOn[0]: empty bom-ref',
    ],
    [
      bom({ compositions: [{ aggregate: 'most' }] }),
      'in.cdx.json: compositions[0].aggregate: unknown aggregate "most"',
    ],
    [bom({ version: 0 }), 'in.cdx.json: version: expected a whole number from 1, not 0'],
    [[], 'in.cdx.json: not a CycloneDX document: expected an object, not an array'],
  ])('%j', (doc, message) => {
    expect(refusal(doc)).toBe(message)
  })

  test('properties without a name: skipped in 1.5, refused from 1.6', () => {
    const doc = (specVersion: string) => ({
      bomFormat: 'CycloneDX',
      specVersion,
      components: [{ type: 'library', name: 'a', purl: 'pkg:npm/a@1', properties: [{ value: 'x' }] }],
    })
    expect(readCycloneDxJson(doc('1.5'), 'x.json').graph.packages.size).toBe(1)
    expect(refusal(doc('1.6'))).toBe('in.cdx.json: components[0].properties[0].name: missing')
  })
})
