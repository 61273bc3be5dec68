// SPDX 2.3 JSON writer: the multi-ecosystem repository against the official schema, exact content, the golden
// file, reproducibility, licenses that are not SPDX, ids that collide, and the NTIA / CISA minimum elements.
// UPDATE_GOLDEN=1 rewrites the golden file.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyGraph, type Graph, type GraphPackage } from '../../src/graph/graph.js'
import { scan } from '../../src/scan.js'
import { writeSpdxJson } from '../../src/sbom/spdx.js'
import { vcsLocation } from '../../src/sbom/spdx-model.js'
import { subjectFor, type Subject } from '../../src/sbom/subject.js'
import { spdx23Errors } from '../helpers/spdx-schema.js'
import { TESTDATA } from '../helpers/parse.js'

const MULTI = join(TESTDATA, 'sbom', 'multi')
const GOLDEN = join(TESTDATA, 'sbom', 'golden', 'multi.spdx.json')
const env = {
  GITHUB_REPOSITORY: 'acme/multi',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  SOURCE_DATE_EPOCH: '1767323045', // 2026-01-02T03:04:05Z
}

interface Annotation {
  annotationDate: string
  annotationType: string
  annotator: string
  comment: string
}
interface Package {
  SPDXID: string
  name: string
  versionInfo?: string
  supplier: string
  downloadLocation: string
  filesAnalyzed: boolean
  checksums?: Array<{ algorithm: string; checksumValue: string }>
  licenseConcluded: string
  licenseDeclared: string
  copyrightText: string
  comment?: string
  externalRefs?: Array<{ referenceCategory: string; referenceType: string; referenceLocator: string }>
  primaryPackagePurpose: string
  annotations?: Annotation[]
}
interface Relationship {
  spdxElementId: string
  relationshipType: string
  relatedSpdxElement: string
  comment?: string
}
interface Document {
  spdxVersion: string
  dataLicense: string
  SPDXID: string
  name: string
  documentNamespace: string
  creationInfo: { comment: string; created: string; creators: string[] }
  packages: Package[]
  hasExtractedLicensingInfos?: Array<{ licenseId: string; extractedText: string; name?: string }>
  relationships: Relationship[]
}

const rel = (from: string, type: string, to: string): Relationship => ({
  spdxElementId: from,
  relationshipType: type,
  relatedSpdxElement: to,
})

let graph: Graph
let subject: Subject
let text: string
let doc: Document
let pkg: (id: string) => Package
beforeAll(async () => {
  graph = (await scan(MULTI)).graph
  subject = subjectFor(MULTI, env)
  text = writeSpdxJson(graph, subject)
  doc = JSON.parse(text)
  pkg = (id) => doc.packages.find((p) => p.SPDXID === id)!
})

describe('SPDX 2.3 JSON of the multi-ecosystem repository', () => {
  test('validates against the official SPDX 2.3 schema (which refuses a broken copy)', () => {
    expect(spdx23Errors(doc)).toEqual([])
    const broken = JSON.parse(text)
    broken.relationships[0].relationshipType = 'DEPENDS'
    delete broken.packages[1].downloadLocation
    expect(spdx23Errors(broken)).toEqual([
      "/packages/1 must have required property 'downloadLocation'",
      '/relationships/0/relationshipType must be equal to one of the allowed values',
    ])
  })

  test('document: version, data license, content-derived namespace, creators, created; compact, one newline', () => {
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'acme/multi',
    })
    expect(doc.documentNamespace).toMatch(
      /^https:\/\/spdx\.org\/spdxdocs\/lockgraph\/acme-multi-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(doc.creationInfo).toEqual({
      comment:
        'Written by lockgraph from the lockfiles of the repository, without installing or building anything: a source SBOM, made before the build.',
      created: '2026-01-02T03:04:05Z',
      creators: ['Organization: acme', 'Tool: lockgraph-0.0.0-dev'],
    })
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.indexOf('\n')).toBe(text.length - 1)
  })

  test('one package per graph package, per project, and the subject; ids unique and of SPDX characters', () => {
    expect(graph.packages.size).toBe(85)
    expect(graph.projects.size).toBe(6)
    expect(doc.packages).toHaveLength(85 + 6 + 1)
    const ids = doc.packages.map((p) => p.SPDXID)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/)
    expect(
      doc.packages.filter((p) => p.primaryPackagePurpose === 'APPLICATION').map((p) => p.SPDXID),
    ).toEqual([
      'SPDXRef-Root',
      'SPDXRef-Project-php-composer.json',
      'SPDXRef-Project-py-pyproject.toml',
      'SPDXRef-Project-rs-Cargo.toml',
      'SPDXRef-Project-scripts-requirements.txt',
      'SPDXRef-Project-tools-package.json',
      'SPDXRef-Project-web-package.json',
    ])
    expect(pkg('SPDXRef-Root')).toMatchObject({ name: 'acme/multi', versionInfo: env.GITHUB_SHA })
  })

  test('an npm package: SHA-512 from its integrity, registry tarball, purl, no license in the lockfile', () => {
    expect(pkg('SPDXRef-Package-npm-yargs-17.4.1')).toEqual({
      SPDXID: 'SPDXRef-Package-npm-yargs-17.4.1',
      name: 'yargs',
      versionInfo: '17.4.1',
      supplier: 'NOASSERTION',
      downloadLocation: 'https://registry.npmjs.org/yargs/-/yargs-17.4.1.tgz',
      filesAnalyzed: false,
      checksums: [
        {
          algorithm: 'SHA512',
          checksumValue:
            '592643f638286c083764ab8241949ade0f503897820aa2e82c0ca48968265e70e8f443e79f844f7f9a954edce03b1ebaa3afe8aa1700e6d1ed257a46f2932dde',
        },
      ],
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/yargs@17.4.1',
        },
      ],
      primaryPackagePurpose: 'LIBRARY',
      annotations: [
        {
          annotationDate: '2026-01-02T03:04:05Z',
          annotationType: 'OTHER',
          annotator: 'Tool: lockgraph-0.0.0-dev',
          comment:
            'lockgraph:direct=true\nlockgraph:file=web/package-lock.json\nlockgraph:scope=runtime\nlockgraph:source=registry',
        },
      ],
    })
  })

  test('a Python package with one hash per distribution file keeps them all (SPDX allows several per algorithm)', () => {
    expect(pkg('SPDXRef-Package-pypi-anyio-4.8.0').checksums).toEqual([
      {
        algorithm: 'SHA256',
        checksumValue: '034ec5e44f623b0c7d99454c7479bb60845afe7e390d3b73dc2213157f2b7560',
      },
      {
        algorithm: 'SHA256',
        checksumValue: '6433b578dd1c00eea03852915b35b76489f72cec3a131885a5914d9a4c1b8e0e',
      },
    ])
  })

  test('Composer packages: the license of the lockfile; a git source as a VCS location with its commit', () => {
    expect(pkg('SPDXRef-Package-composer-composer-ca-bundle-1.2.7')).toMatchObject({
      downloadLocation:
        'https://api.github.com/repos/composer/ca-bundle/zipball/95c63ab2117a72f48f5a55da9740a3273d45b7fd',
      licenseDeclared: 'MIT',
      licenseConcluded: 'NOASSERTION',
    })
    expect(pkg('SPDXRef-Package-composer-composer-semver-3.0.0')).toMatchObject({
      downloadLocation: 'git+https://github.com/composer/semver.git@3426bd5efa8a12d230824536c42a8a4ad30b7940',
      licenseDeclared: 'MIT',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator:
            'pkg:composer/composer/semver@3.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fcomposer%2Fsemver.git%403426bd5efa8a12d230824536c42a8a4ad30b7940',
        },
      ],
    })
    expect(doc.packages.filter((p) => p.licenseDeclared === 'BSD-3-Clause').map((p) => p.name)).toEqual([
      'sebastian/comparator',
      'sebastian/diff',
      'sebastian/exporter',
      'sebastian/recursion-context',
    ])
  })

  test('relationships: the document describes the subject, which contains the projects', () => {
    expect(doc.relationships[0]).toEqual(rel('SPDXRef-DOCUMENT', 'DESCRIBES', 'SPDXRef-Root'))
    expect(doc.relationships.filter((r) => r.spdxElementId === 'SPDXRef-Root')).toEqual([
      rel('SPDXRef-Root', 'CONTAINS', 'SPDXRef-Project-php-composer.json'),
      rel('SPDXRef-Root', 'CONTAINS', 'SPDXRef-Project-py-pyproject.toml'),
      rel('SPDXRef-Root', 'CONTAINS', 'SPDXRef-Project-rs-Cargo.toml'),
      rel('SPDXRef-Root', 'CONTAINS', 'SPDXRef-Project-scripts-requirements.txt'),
      rel('SPDXRef-Root', 'CONTAINS', 'SPDXRef-Project-tools-package.json'),
      rel('SPDXRef-Root', 'CONTAINS', 'SPDXRef-Project-web-package.json'),
      {
        ...rel('SPDXRef-Root', 'CONTAINS', 'NOASSERTION'),
        comment:
          'Not every project is known: broken/package-lock.json could not be read, and what it locks is not in this document.',
      },
    ])
  })

  test('relationships: runtime DEPENDS_ON, dev and optional from the dependency side', () => {
    const py = 'SPDXRef-Project-py-pyproject.toml'
    expect(doc.relationships.filter((r) => r.spdxElementId === py || r.relatedSpdxElement === py)).toEqual([
      rel('SPDXRef-Root', 'CONTAINS', py),
      rel(py, 'DEPENDS_ON', 'SPDXRef-Package-pypi-anyio-4.8.0'),
      rel(py, 'DEPENDS_ON', 'SPDXRef-Package-pypi-click-8.1.8'),
      rel('SPDXRef-Package-pypi-mypy-1.15.0', 'DEV_DEPENDENCY_OF', py),
      rel('SPDXRef-Package-pypi-pytest-8.3.4', 'DEV_DEPENDENCY_OF', py),
      rel('SPDXRef-Package-pypi-rich-13.9.4', 'OPTIONAL_DEPENDENCY_OF', py),
    ])
    // a package's own dependencies, and every edge of the graph once
    expect(doc.relationships).toContainEqual(
      rel('SPDXRef-Package-pypi-anyio-4.8.0', 'DEPENDS_ON', 'SPDXRef-Package-pypi-idna-3.10'),
    )
    let edges = 0
    for (const out of graph.edges.values()) edges += out.size
    const between = doc.relationships.filter(
      (r) =>
        /^SPDXRef-(Package|Project)-/.test(r.spdxElementId) &&
        /^SPDXRef-(Package|Project)-/.test(r.relatedSpdxElement),
    )
    expect(between).toHaveLength(edges)
  })

  test('known unknowns: the incomplete project and the unread lockfile depend on NOASSERTION', () => {
    expect(doc.relationships.filter((r) => r.relatedSpdxElement === 'NOASSERTION')).toEqual([
      expect.objectContaining(rel('SPDXRef-Root', 'CONTAINS', 'NOASSERTION')),
      {
        ...rel('SPDXRef-Project-scripts-requirements.txt', 'DEPENDS_ON', 'NOASSERTION'),
        comment:
          'Not every dependency is known: the lockfile does not give the full closure (unpinned requirements, or entries it could not resolve).',
      },
    ])
    expect(pkg('SPDXRef-Root').annotations).toEqual([
      {
        annotationDate: '2026-01-02T03:04:05Z',
        annotationType: 'OTHER',
        annotator: 'Tool: lockgraph-0.0.0-dev',
        comment:
          'lockgraph:unread-file=broken/package-lock.json: not valid JSON: unexpected end of file (truncated?); file skipped',
      },
    ])
  })

  test("lockgraph's facts: one annotation per package and project", () => {
    expect(doc.packages.filter((p) => p.annotations?.length === 1)).toHaveLength(doc.packages.length)
    expect(pkg('SPDXRef-Project-php-composer.json').annotations![0].comment).toBe(
      'lockgraph:file=php/composer.lock\nlockgraph:manifest=php/composer.json\nlockgraph:platform=php ^5.3.2 || ^7.0 || ^8.0',
    )
    expect(pkg('SPDXRef-Package-pypi-pytest-8.3.4').annotations![0].comment).toBe(
      'lockgraph:direct=true\nlockgraph:file=py/poetry.lock\nlockgraph:scope=dev\nlockgraph:source=registry',
    )
  })

  test('equals its golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text)
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'))
  })

  test('reproducible: two scans give the same bytes; the namespace depends on the content, not the time', async () => {
    const again = writeSpdxJson((await scan(MULTI)).graph, subjectFor(MULTI, env))
    expect(again).toBe(text)
    const later = writeSpdxJson(graph, subjectFor(MULTI, { ...env, SOURCE_DATE_EPOCH: '1800000000' }))
    expect(JSON.parse(later).documentNamespace).toBe(doc.documentNamespace)
    expect(later.replaceAll('2027-01-15T08:00:00Z', '2026-01-02T03:04:05Z')).toBe(text)
    const other = writeSpdxJson(graph, subjectFor(MULTI, { ...env, GITHUB_SHA: 'f'.repeat(40) }))
    expect(JSON.parse(other).documentNamespace).not.toBe(doc.documentNamespace)
  })
})

describe('SPDX 2.3 licenses (testdata/sbom/spdx/licenses)', () => {
  let licensed: Document
  let declared: Map<string, string>
  beforeAll(async () => {
    const root = join(TESTDATA, 'sbom', 'spdx', 'licenses')
    licensed = JSON.parse(writeSpdxJson((await scan(root)).graph, subjectFor(root, env)))
    declared = new Map(licensed.packages.map((p) => [p.name, p.licenseDeclared]))
  })

  test('validates against the official schema', () => {
    expect(spdx23Errors(licensed)).toEqual([])
  })

  test('SPDX ids and expressions as they are (letter case and spacing made SPDX), no license as NOASSERTION', () => {
    expect(declared.get('left-pad')).toBe('WTFPL')
    expect(declared.get('plugin-x')).toBe('(MIT OR Apache-2.0)')
    expect(declared.get('apache-spaced')).toBe('Apache-2.0')
    expect(declared.get('ref-lib')).toBe('LicenseRef-Acme-1')
    expect(declared.get('licenses-app')).toBe('NOASSERTION')
  })

  test('a name that is not SPDX: a LicenseRef whose text and name are the string itself, never an SPDX id', () => {
    expect(declared.get('acme-internal')).toBe('LicenseRef-Commercial')
    expect(declared.get('bsd-family')).toBe('LicenseRef-BSD')
    expect(declared.get('see-license')).toBe('LicenseRef-SEE-LICENSE-IN-LICENSE.md')
    expect(declared.get('unlicensed-tool')).toBe('LicenseRef-UNLICENSED')
    // two names with the same characters left: each its own LicenseRef, with a hash of the name
    expect(declared.get('custom-a')).toMatch(/^LicenseRef-Custom-Internal-[0-9a-f]{8}$/)
    expect(declared.get('custom-b')).toMatch(/^LicenseRef-Custom-Internal-[0-9a-f]{8}$/)
    expect(declared.get('custom-a')).not.toBe(declared.get('custom-b'))
    expect(licensed.hasExtractedLicensingInfos).toEqual([
      {
        licenseId: 'LicenseRef-Acme-1',
        extractedText:
          'The text of this license is not known: the lockfile names it only by this identifier.',
      },
      { licenseId: 'LicenseRef-BSD', extractedText: 'BSD', name: 'BSD' },
      { licenseId: 'LicenseRef-Commercial', extractedText: 'Commercial', name: 'Commercial' },
      { licenseId: declared.get('custom-b'), extractedText: 'Custom Internal', name: 'Custom Internal' },
      { licenseId: declared.get('custom-a'), extractedText: 'Custom/Internal', name: 'Custom/Internal' },
      {
        licenseId: 'LicenseRef-SEE-LICENSE-IN-LICENSE.md',
        extractedText: 'SEE LICENSE IN LICENSE.md',
        name: 'SEE LICENSE IN LICENSE.md',
      },
      { licenseId: 'LicenseRef-UNLICENSED', extractedText: 'UNLICENSED', name: 'UNLICENSED' },
    ])
  })

  test('a peer dependency is PROVIDED_DEPENDENCY_OF its dependent; git and tarball download locations', () => {
    expect(licensed.relationships).toContainEqual(
      rel(
        'SPDXRef-Package-npm-react-like-18.2.0',
        'PROVIDED_DEPENDENCY_OF',
        'SPDXRef-Package-npm-plugin-x-1.0.0',
      ),
    )
    const location = new Map(licensed.packages.map((p) => [p.name, p.downloadLocation]))
    expect(location.get('acme-internal')).toBe(
      'git+ssh://git@github.com/acme/internal.git@0123456789abcdef0123456789abcdef01234567',
    )
    expect(location.get('tarball-lib')).toBe('https://example.com/tarball-lib-1.0.0.tgz')
  })
})

describe('VCS download locations', () => {
  test.each([
    [
      'https://github.com/composer/semver.git#3426bd5efa8a12d230824536c42a8a4ad30b7940',
      'git+https://github.com/composer/semver.git@3426bd5efa8a12d230824536c42a8a4ad30b7940',
    ],
    [
      'git+ssh://git@github.com/acme/internal.git#0123456',
      'git+ssh://git@github.com/acme/internal.git@0123456',
    ],
    [
      'git+https://github.com/rust-lang/cargo?branch=main#0123456789abcdef0123456789abcdef01234567',
      'git+https://github.com/rust-lang/cargo@0123456789abcdef0123456789abcdef01234567',
    ],
    ['git@github.com:acme/lib.git#abcdef0', 'git+git@github.com:acme/lib.git@abcdef0'],
    // a tag or branch is no commit: left after "#"
    ['https://github.com/acme/lib.git#v1.0.0', 'git+https://github.com/acme/lib.git#v1.0.0'],
  ])('%s → %s, and again the same', (resolved, location) => {
    expect(vcsLocation(resolved)).toBe(location)
    expect(vcsLocation(location)).toBe(location)
  })
})

describe('SPDX ids of refs whose readable part is the same', () => {
  const lib = (purl: string): GraphPackage => ({
    ref: purl,
    purl,
    ecosystem: 'generic',
    name: purl,
    scope: 'runtime',
    direct: false,
    hashes: [],
    source: 'registry',
    aliases: [],
    files: [],
    projects: [],
  })
  const ids = (purls: string[]): string[] => {
    const g = emptyGraph()
    for (const p of purls) g.packages.set(p, lib(p))
    const d = JSON.parse(writeSpdxJson(g, { name: 'x', timestamp: new Date(0) })) as Document
    expect(spdx23Errors(d)).toEqual([])
    return purls.map((p) => d.packages.find((x) => x.externalRefs?.[0].referenceLocator === p)!.SPDXID)
  }

  test('unique, with a hash of the ref, whatever the order', () => {
    const a = ids(['pkg:npm/a_b@1.0.0', 'pkg:npm/a-b@1.0.0', 'pkg:npm/c@1.0.0'])
    expect(a[0]).toMatch(/^SPDXRef-Package-npm-a-b-1.0.0-[0-9a-f]{8}$/)
    expect(a[1]).toMatch(/^SPDXRef-Package-npm-a-b-1.0.0-[0-9a-f]{8}$/)
    expect(a[0]).not.toBe(a[1])
    expect(a[2]).toBe('SPDXRef-Package-npm-c-1.0.0')
    expect(ids(['pkg:npm/c@1.0.0', 'pkg:npm/a-b@1.0.0', 'pkg:npm/a_b@1.0.0'])).toEqual([a[2], a[1], a[0]])
  })

  test("a ref whose plain id is another's hashed id", () => {
    const [x] = ids(['pkg:generic/x@1', 'pkg:generic/x@1?a=b'])
    const taken = `pkg:generic/x@${x.slice('SPDXRef-Package-generic-x-'.length)}`
    const three = ids(['pkg:generic/x@1', 'pkg:generic/x@1?a=b', taken])
    expect(new Set(three).size).toBe(3)
    expect(three[2]).toBe(x) // the plain id is kept; the hashed one takes a longer hash
    expect(three[0]).toMatch(/^SPDXRef-Package-generic-x-1-[0-9a-f]{64}$/)
  })
})

describe('NTIA / CISA minimum elements in SPDX 2.3 (specs/minimum-elements.md)', () => {
  let libraries: Package[]
  beforeAll(() => {
    libraries = doc.packages.filter((p) => p.primaryPackagePurpose === 'LIBRARY')
  })

  test('SBOM author: the repository owner as the creating Organization', () => {
    expect(doc.creationInfo.creators.filter((c) => !c.startsWith('Tool:'))).toEqual(['Organization: acme'])
    // not invented when unknown
    const anonymous = JSON.parse(writeSpdxJson(graph, { ...subject, author: undefined })) as Document
    expect(anonymous.creationInfo.creators).toEqual(['Tool: lockgraph-0.0.0-dev'])
  })
  test('timestamp: created, from SOURCE_DATE_EPOCH', () => {
    expect(doc.creationInfo.created).toBe('2026-01-02T03:04:05Z')
  })
  test('supplier: not stated by lockfiles, so NOASSERTION on every package', () => {
    expect(libraries.every((p) => p.supplier === 'NOASSERTION')).toBe(true)
  })
  test('component name: every package', () => {
    expect(libraries).toHaveLength(graph.packages.size)
    expect(libraries.every((p) => p.name.length > 0)).toBe(true)
  })
  test('component version: every package, but flask, unpinned, said so, and its project marked incomplete', () => {
    expect(libraries.filter((p) => p.versionInfo === undefined)).toEqual([
      expect.objectContaining({
        SPDXID: 'SPDXRef-Package-pypi-flask',
        comment: 'Version unknown: the lockfile does not pin one.',
      }),
    ])
    expect(doc.relationships).toContainEqual(
      expect.objectContaining(rel('SPDXRef-Project-scripts-requirements.txt', 'DEPENDS_ON', 'NOASSERTION')),
    )
  })
  test('unique identifier: a purl on every package', () => {
    for (const p of libraries)
      expect(p.externalRefs).toEqual([
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: expect.stringMatching(/^pkg:/),
        },
      ])
  })
  test('dependency relationship: every package is reached from the described subject', () => {
    const out = new Map<string, string[]>()
    for (const r of doc.relationships) {
      const [from, to] = /_OF$/.test(r.relationshipType)
        ? [r.relatedSpdxElement, r.spdxElementId]
        : [r.spdxElementId, r.relatedSpdxElement]
      out.set(from, [...(out.get(from) ?? []), to])
    }
    const seen = new Set<string>()
    const queue = ['SPDXRef-DOCUMENT']
    while (queue.length)
      for (const to of out.get(queue.pop()!) ?? [])
        if (!seen.has(to)) {
          seen.add(to)
          queue.push(to)
        }
    expect(libraries.filter((p) => !seen.has(p.SPDXID))).toEqual([])
  })
  test('hash: every hash the lockfiles give, on the packages that have one', () => {
    const hashed = libraries.filter((p) => p.checksums?.length)
    expect(hashed).toHaveLength([...graph.packages.values()].filter((p) => p.hashes.length).length)
    expect(hashed.reduce((n, p) => n + p.checksums!.length, 0)).toBe(
      [...graph.packages.values()].reduce((n, p) => n + p.hashes.length, 0),
    )
  })
  test('license: the lockfile license, else explicitly NOASSERTION', () => {
    expect(libraries.filter((p) => p.licenseDeclared !== 'NOASSERTION')).toHaveLength(24) // the Composer ones
    expect(libraries.every((p) => p.licenseDeclared && p.licenseConcluded === 'NOASSERTION')).toBe(true)
  })
  test('tool name: lockgraph and its version', () => {
    expect(doc.creationInfo.creators).toContain('Tool: lockgraph-0.0.0-dev')
  })
  test('generation context: in the creation comment (SPDX 2.3 has no field): source, before the build', () => {
    expect(doc.creationInfo.comment).toMatch(/lockfiles .* a source SBOM, made before the build\.$/)
  })
  test('primary component: the repository at its commit, described by the document', () => {
    expect(doc.relationships).toContainEqual(rel('SPDXRef-DOCUMENT', 'DESCRIBES', 'SPDXRef-Root'))
    expect(pkg('SPDXRef-Root')).toMatchObject({ name: 'acme/multi', versionInfo: env.GITHUB_SHA })
  })
  test('known unknowns: NOASSERTION for the unread lockfile and the incomplete project', () => {
    expect(
      doc.relationships.filter((r) => r.relatedSpdxElement === 'NOASSERTION').map((r) => r.spdxElementId),
    ).toEqual(['SPDXRef-Root', 'SPDXRef-Project-scripts-requirements.txt'])
  })
})
