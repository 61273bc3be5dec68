// SPDX 2.2 / 2.3 JSON reader: lockgraph's own documents back into the same graph (write → read → write gives the
// same bytes), the official SPDX example, documents in the shapes syft, trivy and GitHub write, and bad input.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Graph } from '../../src/graph/graph.js'
import { scan } from '../../src/scan.js'
import { normalizeLicense, spdxExpression } from '../../src/sbom/licenses.js'
import { readSpdxJson } from '../../src/sbom/read/spdx-json.js'
import { SbomReadError } from '../../src/sbom/read/types.js'
import { writeSpdxJson } from '../../src/sbom/spdx.js'
import { subjectFor } from '../../src/sbom/subject.js'
import { TESTDATA } from '../helpers/parse.js'

const SPDX = join(TESTDATA, 'sbom', 'spdx')
const env = {
  GITHUB_REPOSITORY: 'acme/multi',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  SOURCE_DATE_EPOCH: '1767323045',
}
const load = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** Edges as "from -> to (scope)", sorted. */
function edgeList(graph: Graph): string[] {
  const out: string[] = []
  for (const [from, tos] of graph.edges)
    for (const [to, scope] of tos) out.push(`${from} -> ${to} (${scope})`)
  return out.sort()
}

describe.each(['multi', 'spdx/licenses'])('round trip of lockgraph SPDX 2.3 for sbom/%s', (dir) => {
  let graph: Graph
  let first: string
  beforeAll(async () => {
    const root = join(TESTDATA, 'sbom', dir)
    graph = (await scan(root)).graph
    first = writeSpdxJson(graph, subjectFor(root, env))
  })

  test('write → read → write gives the same bytes', () => {
    const read = readSpdxJson(JSON.parse(first), 'sbom.spdx.json')
    expect(writeSpdxJson(read.graph, read.subject)).toBe(first)
  })

  test('the graph comes back: subject, projects, packages with their facts, edges, unread lockfiles', () => {
    const read = readSpdxJson(JSON.parse(first), 'sbom.spdx.json')
    expect(read).toMatchObject({ format: 'spdx-json', specVersion: '2.3', tool: 'lockgraph 0.0.0-dev' })
    expect(read.subject).toEqual({
      name: 'acme/multi',
      version: env.GITHUB_SHA,
      author: 'acme',
      timestamp: new Date('2026-01-02T03:04:05Z'),
    })
    const g = read.graph
    expect([...g.projects.values()].sort((a, b) => (a.ref < b.ref ? -1 : 1))).toEqual(
      [...graph.projects.values()]
        .sort((a, b) => (a.ref < b.ref ? -1 : 1))
        .map((p) => ({ ...p, platform: [...p.platform].sort((a, b) => (a.scope < b.scope ? 1 : -1)) })),
    )
    expect([...g.packages.keys()].sort()).toEqual([...graph.packages.keys()].sort())
    for (const p of graph.packages.values()) {
      const back = g.packages.get(p.ref)!
      const { resolved, hashes, projects, license, ...rest } = p
      expect(back).toMatchObject(rest)
      // a license comes back in its SPDX form where it has one ("Apache 2.0" as Apache-2.0), else as it was
      expect(back.license).toBe(license && (spdxExpression(normalizeLicense(license)) ?? license))
      expect(back.hashes).toEqual(expect.arrayContaining(hashes))
      expect(back.projects.sort()).toEqual([...projects].sort())
      // a git source comes back as the VCS location SPDX asks for; other URLs as they are
      if (p.source === 'git') expect(back.resolved).toMatch(/^git\+.*@[0-9a-f]{40}$/)
      else if (resolved?.startsWith('http')) expect(back.resolved).toBe(resolved)
    }
    expect(edgeList(g)).toEqual(edgeList(graph))
    expect(g.files.filter((f) => !f.ok)).toEqual(
      graph.files.filter((f) => !f.ok).map((f) => ({ ...f, format: 'npm-package-lock' })),
    )
  })
})

describe('round trip of what lockfiles rarely hold', () => {
  test('facts with "=", "\\" and line breaks, aliases, a license named NOASSERTION, an empty version', async () => {
    const root = join(TESTDATA, 'sbom', 'spdx', 'licenses')
    const graph = (await scan(root)).graph
    const pkg = graph.packages.get('pkg:npm/left-pad@1.3.0')!
    pkg.files = ['a=b\\c/pack\nage-lock.json', 'package-lock.json']
    pkg.aliases = ['pad-left', 'lp']
    pkg.license = 'NOASSERTION'
    graph.packages.get('pkg:npm/bsd-family@1.0.0')!.version = ''
    const first = writeSpdxJson(graph, subjectFor(root, env))
    const read = readSpdxJson(JSON.parse(first), 'x.spdx.json')
    expect(writeSpdxJson(read.graph, read.subject)).toBe(first)
    expect(read.graph.packages.get('pkg:npm/left-pad@1.3.0')).toMatchObject({
      files: ['a=b\\c/pack\nage-lock.json', 'package-lock.json'],
      aliases: ['lp', 'pad-left'],
      license: 'NOASSERTION',
    })
    expect(read.graph.packages.get('pkg:npm/bsd-family@1.0.0')!.version).toBe('')
  })
})

describe('the official SPDX 2.3 example (specs/spdx/2.3.1/examples)', () => {
  const read = readSpdxJson(
    load(join(TESTDATA, 'specs', 'spdx', '2.3.1', 'examples', 'SPDXJSONExample-v2.3.spdx.json')),
    'SPDXJSONExample-v2.3.spdx.json',
  )

  test('the described package is the subject; creators give the author and the tool', () => {
    expect(read).toMatchObject({ format: 'spdx-json', specVersion: '2.3', tool: 'LicenseFind 1.0' })
    expect(read.subject).toEqual({
      name: 'glibc',
      version: '2.11.1',
      author: 'ExampleCodeInspect',
      timestamp: new Date('2010-01-29T18:30:22Z'),
    })
  })

  test('glibc links Saxon dynamically: glibc is the one project, depending on Saxon', () => {
    expect([...read.graph.projects.values()]).toEqual([
      {
        ref: 'project:glibc',
        purl: undefined,
        ecosystem: 'generic',
        name: 'glibc',
        version: '2.11.1',
        manifest: 'glibc',
        dir: '',
        files: [],
        complete: false,
        platform: [],
      },
    ])
    expect(edgeList(read.graph)).toEqual(['project:glibc -> pkg:generic/Saxon@8.8 (runtime)'])
  })

  test('packages: a purl where given, else pkg:generic from name and version; checksums, licenses, locations', () => {
    expect([...read.graph.packages.keys()].sort()).toEqual([
      'pkg:generic/Apache%20Commons%20Lang',
      'pkg:generic/Saxon@8.8',
      'pkg:maven/org.apache.jena/apache-jena@3.12.0',
    ])
    expect(read.graph.packages.get('pkg:generic/Saxon@8.8')).toEqual({
      ref: 'pkg:generic/Saxon@8.8',
      purl: 'pkg:generic/Saxon@8.8',
      ecosystem: 'generic',
      name: 'Saxon',
      version: '8.8',
      scope: 'runtime',
      direct: true,
      hashes: [{ alg: 'SHA-1', value: '85ed0817af83a24ad8da68c2b5094de69833983c' }],
      resolved: 'https://sourceforge.net/projects/saxon/files/Saxon-B/8.8.0.7/saxonb8-8-0-7j.zip/download',
      source: 'registry',
      license: 'MPL-1.0',
      aliases: [],
      files: [],
      projects: ['project:glibc'],
    })
    expect(read.graph.packages.get('pkg:maven/org.apache.jena/apache-jena@3.12.0')).toMatchObject({
      ecosystem: 'maven',
      name: 'Jena',
      version: '3.12.0',
      direct: false,
      projects: [],
    })
    expect(read.graph.packages.get('pkg:generic/Apache%20Commons%20Lang')).toMatchObject({
      version: undefined,
      license: undefined,
    })
    // relationships between files and packages are no edges, and no warning: those files are in the document
    expect(read.graph.issues).toEqual([])
  })
})

describe("other tools' documents (testdata/sbom/spdx)", () => {
  test('syft: the scanned directory is the project; its purls, names, a LicenseRef that is a name', () => {
    const read = readSpdxJson(load(join(SPDX, 'syft-dir.spdx.json')), 'syft-dir.spdx.json')
    expect(read.tool).toBe('syft 1.18.1')
    expect(read.subject).toMatchObject({ name: '/src/shop', author: 'Anchore, Inc' })
    expect([...read.graph.projects.keys()]).toEqual(['project:/src/shop'])
    expect(edgeList(read.graph)).toEqual([
      'pkg:npm/left-pad@1.3.0 -> pkg:npm/wordwrap@0.0.3 (runtime)',
      'project:/src/shop -> pkg:npm/left-pad@1.3.0 (runtime)',
      'project:/src/shop -> pkg:npm/wordwrap@0.0.3 (runtime)',
      'project:/src/shop -> pkg:pypi/pyyaml@6.0.2 (runtime)',
    ])
    expect(read.graph.packages.get('pkg:pypi/pyyaml@6.0.2')).toMatchObject({
      ecosystem: 'pypi',
      name: 'PyYAML',
      license: 'Acme Proprietary',
    })
    expect(read.graph.packages.get('pkg:npm/left-pad@1.3.0')).toMatchObject({
      license: 'WTFPL',
      resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
      hashes: [{ alg: 'SHA-512', value: expect.stringMatching(/^[0-9a-f]{128}$/) }],
    })
  })

  test('trivy: each APPLICATION (a lockfile) is a project; ecosystems from the lockfile name', () => {
    const read = readSpdxJson(load(join(SPDX, 'trivy-fs.spdx.json')), 'trivy-fs.spdx.json')
    expect(read.tool).toBe('trivy 0.58.0')
    expect(read.subject).toEqual({
      name: '.',
      version: undefined,
      author: 'aquasecurity',
      timestamp: new Date('2025-02-13T12:22:22.123Z'),
    })
    expect([...read.graph.projects.values()].map((p) => [p.ref, p.ecosystem, p.dir, p.complete])).toEqual([
      ['project:web/package-lock.json', 'npm', 'web', false],
      ['project:py/poetry.lock', 'pypi', 'py', false],
    ])
    expect(edgeList(read.graph)).toEqual([
      'pkg:npm/yargs@17.4.1 -> pkg:npm/cliui@7.0.4 (runtime)',
      'pkg:pypi/requests@2.31.0 -> pkg:pypi/urllib3@2.0.7 (runtime)',
      'project:py/poetry.lock -> pkg:pypi/requests@2.31.0 (runtime)',
      'project:py/poetry.lock -> pkg:pypi/urllib3@2.0.7 (runtime)',
      'project:web/package-lock.json -> pkg:npm/cliui@7.0.4 (runtime)',
      'project:web/package-lock.json -> pkg:npm/colors@1.4.0 (runtime)',
      'project:web/package-lock.json -> pkg:npm/yargs@17.4.1 (runtime)',
    ])
    expect(read.graph.packages.get('pkg:npm/cliui@7.0.4')).toMatchObject({
      license: 'ISC',
      resolved: undefined,
    })
  })

  test('GitHub: the repository is the project; "npm:" names, ranges and packages without a purl', () => {
    const read = readSpdxJson(load(join(SPDX, 'github.spdx.json')), 'github.spdx.json')
    expect(read.tool).toBe('protobom v0.0.0-20250902230112-3b6330baf42b+dirty, GitHub.com-Dependency-Graph')
    expect(read.subject).toMatchObject({ name: 'com.github.acme/shop', version: 'main', author: undefined })
    expect([...read.graph.projects.values()]).toEqual([
      expect.objectContaining({
        ref: 'project:com.github.acme/shop',
        purl: 'pkg:github/acme/shop@main',
        dir: '',
      }),
    ])
    const packages = [...read.graph.packages.values()].map((p) => [
      p.ref,
      p.ecosystem,
      p.name,
      p.version,
      p.license,
    ])
    expect(packages).toEqual([
      ['pkg:npm/lodash@4.17.21', 'npm', 'lodash', '4.17.21', 'MIT'],
      ['pkg:npm/%40actions/core@1.10.1', 'npm', '@actions/core', '1.10.1', 'MIT'],
      ['pkg:pypi/flask', 'pypi', 'flask', undefined, undefined],
      ['pkg:githubactions/actions/checkout@4.%2A.%2A', 'generic', 'actions/checkout', undefined, undefined],
    ])
    expect([...read.graph.packages.values()].every((p) => p.direct && p.scope === 'runtime')).toBe(true)
  })

  test('written again by lockgraph, each reads back to the same document', () => {
    for (const name of ['syft-dir', 'trivy-fs', 'github']) {
      const read = readSpdxJson(load(join(SPDX, `${name}.spdx.json`)), name)
      const text = writeSpdxJson(read.graph, read.subject)
      const again = readSpdxJson(JSON.parse(text), name)
      expect(writeSpdxJson(again.graph, again.subject)).toBe(text)
    }
  })
})

describe('SPDX 2.2 and scopes that another tool states by relationship type', () => {
  test('SPDX-2.2 with documentDescribes; DEV_/OPTIONAL_/PROVIDED_DEPENDENCY_OF and DEPENDENCY_OF', () => {
    const doc = {
      spdxVersion: 'SPDX-2.2',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'app',
      documentNamespace: 'https://example.com/app',
      creationInfo: { created: '2020-01-01T00:00:00Z', creators: ['Person: Jane Doe (jane@example.com)'] },
      documentDescribes: ['SPDXRef-app'],
      packages: [
        { SPDXID: 'SPDXRef-app', name: 'app', versionInfo: '1.0.0', downloadLocation: 'NOASSERTION' },
        ...['a', 'b', 'c', 'd', 'e'].map((n) => ({
          SPDXID: `SPDXRef-${n}`,
          name: n,
          versionInfo: '1.0.0',
          downloadLocation: 'NOASSERTION',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE_MANAGER',
              referenceType: 'purl',
              referenceLocator: `pkg:npm/${n}@1.0.0`,
            },
          ],
        })),
      ],
      relationships: [
        { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDENCY_OF', relatedSpdxElement: 'SPDXRef-app' },
        {
          spdxElementId: 'SPDXRef-b',
          relationshipType: 'DEV_DEPENDENCY_OF',
          relatedSpdxElement: 'SPDXRef-app',
        },
        {
          spdxElementId: 'SPDXRef-c',
          relationshipType: 'OPTIONAL_DEPENDENCY_OF',
          relatedSpdxElement: 'SPDXRef-app',
        },
        {
          spdxElementId: 'SPDXRef-d',
          relationshipType: 'PROVIDED_DEPENDENCY_OF',
          relatedSpdxElement: 'SPDXRef-a',
        },
        { spdxElementId: 'SPDXRef-b', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-e' },
        { spdxElementId: 'SPDXRef-app', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'NONE' },
      ],
    }
    const read = readSpdxJson(doc, 'app.spdx.json')
    expect(read.specVersion).toBe('2.2')
    expect(read.subject).toMatchObject({ name: 'app', version: '1.0.0', author: 'Jane Doe' })
    expect(edgeList(read.graph)).toEqual([
      'pkg:npm/a@1.0.0 -> pkg:npm/d@1.0.0 (peer)',
      'pkg:npm/b@1.0.0 -> pkg:npm/e@1.0.0 (runtime)',
      'project:app -> pkg:npm/a@1.0.0 (runtime)',
      'project:app -> pkg:npm/b@1.0.0 (dev)',
      'project:app -> pkg:npm/c@1.0.0 (optional)',
    ])
    // scopes: as needed as the best path from the project; "NONE" says the project's list is complete
    const scope = (n: string) => read.graph.packages.get(`pkg:npm/${n}@1.0.0`)!.scope
    expect(['a', 'b', 'c', 'd', 'e'].map(scope)).toEqual(['runtime', 'dev', 'optional', 'peer', 'dev'])
    expect(read.graph.projects.get('project:app')!.complete).toBe(true)
  })
})

describe('bad input: SbomReadError with a clear message', () => {
  const valid = () => ({
    spdxVersion: 'SPDX-2.3',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'x',
    creationInfo: { created: '2024-01-01T00:00:00Z', creators: ['Tool: x-1'] },
    packages: [{ SPDXID: 'SPDXRef-a', name: 'a', downloadLocation: 'NOASSERTION' }],
  })
  const message = (doc: unknown): string => {
    try {
      readSpdxJson(doc, 'in.spdx.json')
    } catch (err) {
      expect(err).toBeInstanceOf(SbomReadError)
      return (err as Error).message
    }
    throw new Error('read without an error')
  }

  test.each<[string, (d: ReturnType<typeof valid>) => unknown, string]>([
    [
      'not an object',
      () => [1, 2],
      'in.spdx.json: not an SPDX document: expected a JSON object, not an array',
    ],
    [
      'no spdxVersion',
      ({ spdxVersion: _, ...d }) => d,
      'in.spdx.json: spdxVersion: missing: not an SPDX 2 document',
    ],
    [
      'SPDX 3 in 2.x JSON',
      (d) => ({ ...d, spdxVersion: 'SPDX-3.0' }),
      'in.spdx.json: spdxVersion: "SPDX-3.0": SPDX 3 documents are JSON-LD (@context, @graph); lockgraph reads SPDX-2.2 and SPDX-2.3 JSON',
    ],
    [
      'SPDX 2.1',
      (d) => ({ ...d, spdxVersion: 'SPDX-2.1' }),
      'in.spdx.json: spdxVersion: "SPDX-2.1" is not read (lockgraph reads SPDX-2.2 and SPDX-2.3 JSON)',
    ],
    [
      'a number as version',
      (d) => ({ ...d, spdxVersion: 2.3 }),
      'in.spdx.json: spdxVersion: expected a string such as "SPDX-2.3", not number',
    ],
    ['no creationInfo', ({ creationInfo: _, ...d }) => d, 'in.spdx.json: creationInfo: missing'],
    [
      'a date that is not one',
      (d) => ({ ...d, creationInfo: { created: 'yesterday' } }),
      'in.spdx.json: creationInfo.created: "yesterday" is not a date-time such as 2024-01-31T12:00:00Z',
    ],
    [
      'packages not an array',
      (d) => ({ ...d, packages: {} }),
      'in.spdx.json: packages: expected an array, not object',
    ],
    [
      'a package without SPDXID',
      (d) => ({ ...d, packages: [{ name: 'a' }] }),
      'in.spdx.json: packages[0].SPDXID: missing',
    ],
    [
      'two packages with one SPDXID',
      (d) => ({ ...d, packages: [...d.packages, ...d.packages] }),
      'in.spdx.json: packages[1].SPDXID: "SPDXRef-a" is the SPDXID of an earlier package too',
    ],
    [
      'a relationship without a type',
      (d) => ({ ...d, relationships: [{ spdxElementId: 'SPDXRef-a', relatedSpdxElement: 'NONE' }] }),
      'in.spdx.json: relationships[0].relationshipType: missing',
    ],
  ])('%s', (_, make, expected) => {
    expect(message(make(valid()))).toBe(expected)
  })

  test('relationships to SPDXIDs that nothing has: a warning, not an error', () => {
    const d = {
      ...valid(),
      relationships: [
        { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-zz' },
      ],
    }
    expect(readSpdxJson(d, 'in.spdx.json').graph.issues).toEqual([
      {
        file: 'in.spdx.json',
        severity: 'warning',
        message: '1 relationships name an SPDXID that no package, file or snippet has; left out',
      },
    ])
  })
})
