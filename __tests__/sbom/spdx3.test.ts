// SPDX 3.0.1 JSON-LD writer: the multi-ecosystem repository against the official JSON schema, exact content,
// the golden file, reproducibility, and the NTIA / CISA minimum elements. UPDATE_GOLDEN=1 rewrites the golden file.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Graph } from '../../src/graph/graph.js'
import { scan } from '../../src/scan.js'
import { writeSpdxJson } from '../../src/sbom/spdx.js'
import { writeSpdx3Json } from '../../src/sbom/spdx3.js'
import { subjectFor, type Subject } from '../../src/sbom/subject.js'
import { spdx301Errors } from '../helpers/spdx-schema.js'
import { TESTDATA } from '../helpers/parse.js'

const MULTI = join(TESTDATA, 'sbom', 'multi')
const GOLDEN = join(TESTDATA, 'sbom', 'golden', 'multi.spdx3.json')
const env = {
  GITHUB_REPOSITORY: 'acme/multi',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  SOURCE_DATE_EPOCH: '1767323045', // 2026-01-02T03:04:05Z
}

type Element = Record<string, unknown> & { type: string; spdxId?: string }
interface Relationship extends Element {
  from: string
  relationshipType: string
  to: string[]
  scope?: string
  completeness?: string
  comment?: string
}

let graph: Graph
let subject: Subject
let text: string
let elements: Element[]
let ns: string
/** The element of a local id ("Package-npm-yargs-17.4.1"). */
let byId: (local: string) => Element
/** Relationships from an element, by local id, with IRIs shortened to local ids. */
let from: (local: string) => Array<Omit<Relationship, 'spdxId' | 'creationInfo' | 'from'>>
beforeAll(async () => {
  graph = (await scan(MULTI)).graph
  subject = subjectFor(MULTI, env)
  text = writeSpdx3Json(graph, subject)
  elements = JSON.parse(text)['@graph']
  ns = (elements.find((e) => e.type === 'SpdxDocument')!.spdxId as string).replace(/#Document$/, '')
  const local = (iri: string) => (iri.startsWith(`${ns}#`) ? iri.slice(ns.length + 1) : iri)
  byId = (id) => elements.find((e) => e.spdxId === `${ns}#${id}`)!
  from = (id) =>
    (elements as Relationship[])
      .filter((e) => e.from === `${ns}#${id}`)
      .map(({ spdxId: _, creationInfo: __, from: ___, ...r }) => ({ ...r, to: r.to.map(local) }))
})

describe('SPDX 3.0.1 JSON-LD of the multi-ecosystem repository', () => {
  test('validates against the official SPDX 3.0.1 JSON schema (which refuses a broken copy)', () => {
    expect(spdx301Errors(JSON.parse(text))).toEqual([])
    const broken = JSON.parse(text)
    broken['@graph'].find((e: Element) => e.type === 'Relationship').relationshipType = 'dependOn'
    expect(spdx301Errors(broken).length).toBeGreaterThan(0)
  })

  test('creation info, the creating organization and tool, the document and the SBOM', () => {
    expect(ns).toMatch(
      /^https:\/\/spdx\.org\/spdxdocs\/lockgraph\/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(JSON.parse(text)['@context']).toBe('https://spdx.org/rdf/3.0.1/spdx-context.jsonld')
    expect(elements.slice(0, 4)).toEqual([
      {
        type: 'CreationInfo',
        '@id': '_:creationinfo',
        specVersion: '3.0.1',
        created: '2026-01-02T03:04:05Z',
        createdBy: [`${ns}#Organization`],
        createdUsing: [`${ns}#Tool-lockgraph`],
        comment:
          'Written by lockgraph from the lockfiles of the repository, without installing or building anything: a source SBOM, made before the build.',
      },
      { type: 'Organization', spdxId: `${ns}#Organization`, creationInfo: '_:creationinfo', name: 'acme' },
      {
        type: 'Tool',
        spdxId: `${ns}#Tool-lockgraph`,
        creationInfo: '_:creationinfo',
        name: 'lockgraph-0.0.0-dev',
      },
      {
        type: 'SpdxDocument',
        spdxId: `${ns}#Document`,
        creationInfo: '_:creationinfo',
        name: 'acme/multi',
        dataLicense: 'https://spdx.org/licenses/CC0-1.0',
        profileConformance: ['core', 'software', 'simpleLicensing'],
        rootElement: [`${ns}#Sbom`],
      },
    ])
    const sbom = elements[4]
    expect(sbom).toMatchObject({
      type: 'software_Sbom',
      software_sbomType: ['source'],
      rootElement: [`${ns}#Root`],
    })
    expect(sbom.element).toEqual(elements.filter((e) => e.type === 'software_Package').map((e) => e.spdxId))
    expect(text.indexOf('\n')).toBe(text.length - 1)
  })

  test('one software_Package per graph package, per project, and the subject; unique IRIs', () => {
    const packages = elements.filter((e) => e.type === 'software_Package')
    expect(packages).toHaveLength(85 + 6 + 1)
    const ids = elements.filter((e) => e.spdxId).map((e) => e.spdxId)
    expect(new Set(ids).size).toBe(ids.length)
    expect(packages.filter((p) => p.software_primaryPurpose === 'application')).toHaveLength(7)
  })

  test('a known package: version, purl, download location, hash, license relationship', () => {
    expect(byId('Package-npm-yargs-17.4.1')).toEqual({
      type: 'software_Package',
      spdxId: `${ns}#Package-npm-yargs-17.4.1`,
      creationInfo: '_:creationinfo',
      name: 'yargs',
      software_packageVersion: '17.4.1',
      software_packageUrl: 'pkg:npm/yargs@17.4.1',
      software_downloadLocation: 'https://registry.npmjs.org/yargs/-/yargs-17.4.1.tgz',
      verifiedUsing: [
        {
          type: 'Hash',
          algorithm: 'sha512',
          hashValue:
            '592643f638286c083764ab8241949ade0f503897820aa2e82c0ca48968265e70e8f443e79f844f7f9a954edce03b1ebaa3afe8aa1700e6d1ed257a46f2932dde',
        },
      ],
      software_primaryPurpose: 'library',
    })
    expect(byId('Package-pypi-anyio-4.8.0').verifiedUsing).toEqual([
      {
        type: 'Hash',
        algorithm: 'sha256',
        hashValue: '034ec5e44f623b0c7d99454c7479bb60845afe7e390d3b73dc2213157f2b7560',
      },
      {
        type: 'Hash',
        algorithm: 'sha256',
        hashValue: '6433b578dd1c00eea03852915b35b76489f72cec3a131885a5914d9a4c1b8e0e',
      },
    ])
    expect(byId('Package-composer-composer-semver-3.0.0').software_downloadLocation).toBe(
      'git+https://github.com/composer/semver.git@3426bd5efa8a12d230824536c42a8a4ad30b7940',
    )
    expect(from('Package-composer-composer-semver-3.0.0')).toEqual([
      { type: 'Relationship', relationshipType: 'hasDeclaredLicense', to: ['License-MIT'] },
    ])
    expect(byId('License-MIT')).toEqual({
      type: 'simplelicensing_LicenseExpression',
      spdxId: `${ns}#License-MIT`,
      creationInfo: '_:creationinfo',
      simplelicensing_licenseExpression: 'MIT',
    })
  })

  test('a project: runtime dependsOn, dev as a development-scoped dependsOn, optional; complete', () => {
    expect(from('Project-py-pyproject.toml')).toEqual([
      {
        type: 'Relationship',
        relationshipType: 'dependsOn',
        to: ['Package-pypi-anyio-4.8.0', 'Package-pypi-click-8.1.8'],
        completeness: 'complete',
      },
      {
        type: 'LifecycleScopedRelationship',
        relationshipType: 'dependsOn',
        to: ['Package-pypi-mypy-1.15.0', 'Package-pypi-pytest-8.3.4'],
        scope: 'development',
        completeness: 'complete',
      },
      {
        type: 'Relationship',
        relationshipType: 'hasOptionalDependency',
        to: ['Package-pypi-rich-13.9.4'],
        completeness: 'complete',
      },
      {
        type: 'Relationship',
        relationshipType: 'hasDeclaredLicense',
        to: ['expandedlicensing_NoAssertionLicense'],
      },
    ])
  })

  test('known unknowns: the incomplete project and the unread lockfile have incomplete relationships', () => {
    expect(from('Project-scripts-requirements.txt')[0]).toEqual({
      type: 'Relationship',
      comment:
        'Not every dependency is known: the lockfile does not give the full closure (unpinned requirements, or entries it could not resolve).',
      relationshipType: 'dependsOn',
      to: ['Package-pypi-flask', 'Package-pypi-requests-2.31.0'],
      completeness: 'incomplete',
    })
    expect(from('Root')).toEqual([
      {
        type: 'Relationship',
        comment:
          'Not every project is known: broken/package-lock.json could not be read, and what it locks is not in this document.',
        relationshipType: 'contains',
        to: [
          'Project-php-composer.json',
          'Project-py-pyproject.toml',
          'Project-rs-Cargo.toml',
          'Project-scripts-requirements.txt',
          'Project-tools-package.json',
          'Project-web-package.json',
        ],
        completeness: 'incomplete',
      },
    ])
  })

  test("lockgraph's facts: an Annotation for the subject and each project, none per package", () => {
    const annotations = elements.filter((e) => e.type === 'Annotation')
    expect(annotations.map((a) => String(a.subject).slice(ns.length + 1))).toEqual([
      'Root',
      'Project-php-composer.json',
      'Project-py-pyproject.toml',
      'Project-rs-Cargo.toml',
      'Project-scripts-requirements.txt',
      'Project-tools-package.json',
      'Project-web-package.json',
    ])
    expect(byId('Project-py-pyproject.toml/annotation')).toEqual({
      type: 'Annotation',
      spdxId: `${ns}#Project-py-pyproject.toml/annotation`,
      creationInfo: '_:creationinfo',
      annotationType: 'other',
      subject: `${ns}#Project-py-pyproject.toml`,
      statement: 'lockgraph:file=py/poetry.lock\nlockgraph:manifest=py/pyproject.toml',
    })
    expect(byId('Root/annotation').statement).toBe(
      'lockgraph:unread-file=broken/package-lock.json: not valid JSON: unexpected end of file (truncated?); file skipped',
    )
  })

  test('every edge of the graph is in exactly one relationship', () => {
    let edges = 0
    for (const out of graph.edges.values()) edges += out.size
    const deps = (elements as Relationship[]).filter((e) =>
      ['dependsOn', 'hasOptionalDependency', 'hasProvidedDependency'].includes(e.relationshipType),
    )
    expect(deps.reduce((n, r) => n + r.to.filter((t) => t.startsWith(ns)).length, 0)).toBe(edges)
  })

  test('equals its golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text)
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'))
  })

  test('reproducible: two scans give the same bytes; the namespace depends on the content, not the time', async () => {
    expect(writeSpdx3Json((await scan(MULTI)).graph, subjectFor(MULTI, env))).toBe(text)
    const later = writeSpdx3Json(graph, subjectFor(MULTI, { ...env, SOURCE_DATE_EPOCH: '1800000000' }))
    expect(later.replace('2027-01-15T08:00:00Z', '2026-01-02T03:04:05Z')).toBe(text)
    const other = writeSpdx3Json(graph, subjectFor(MULTI, { ...env, GITHUB_SHA: 'f'.repeat(40) }))
    expect(other.slice(0, 400)).not.toContain(ns)
  })

  test('written after SPDX 2.3 in one go (WriteOptions.shared): laid out once, the same bytes', () => {
    const shared = new Map<string, unknown>()
    const spdx23 = writeSpdxJson(graph, subject, { shared })
    expect(shared.size).toBe(1)
    expect(writeSpdx3Json(graph, subject, { shared })).toBe(text)
    expect(shared.size).toBe(1)
    expect(spdx23).toBe(writeSpdxJson(graph, subject))
  })

  test('non-SPDX licenses become CustomLicense elements named and worded as the lockfile says', async () => {
    const root = join(TESTDATA, 'sbom', 'spdx', 'licenses')
    const doc = JSON.parse(writeSpdx3Json((await scan(root)).graph, subjectFor(root, env)))
    expect(spdx301Errors(doc)).toEqual([])
    const custom = (doc['@graph'] as Element[]).filter((e) => e.type === 'expandedlicensing_CustomLicense')
    expect(custom.map((e) => [e.name, e.simplelicensing_licenseText])).toEqual([
      ['BSD', 'BSD'],
      ['Commercial', 'Commercial'],
      ['Custom Internal', 'Custom Internal'],
      ['Custom/Internal', 'Custom/Internal'],
      ['SEE LICENSE IN LICENSE.md', 'SEE LICENSE IN LICENSE.md'],
      ['UNLICENSED', 'UNLICENSED'],
    ])
    expect(doc['@graph'][3].profileConformance).toContain('expandedLicensing')
    const peer = (doc['@graph'] as Relationship[]).find(
      (e) => e.relationshipType === 'hasProvidedDependency',
    )!
    expect([peer.from, peer.to].map(String).map((s) => s.replace(/^.*#/, ''))).toEqual([
      'Package-npm-plugin-x-1.0.0',
      'Package-npm-react-like-18.2.0',
    ])
  })
})

describe('NTIA / CISA minimum elements in SPDX 3.0.1 (specs/minimum-elements.md)', () => {
  let libraries: Element[]
  beforeAll(() => {
    libraries = elements.filter((e) => e.software_primaryPurpose === 'library')
  })
  const declared = (p: Element) =>
    (elements as Relationship[]).filter(
      (r) => r.from === p.spdxId && r.relationshipType === 'hasDeclaredLicense',
    )

  test('SBOM author: createdBy the repository owner; lockgraph itself (an agent of no one named) when unknown', () => {
    expect(elements[0].createdBy).toEqual([`${ns}#Organization`])
    expect(byId('Organization').name).toBe('acme')
    const anonymous = JSON.parse(writeSpdx3Json(graph, { ...subject, author: undefined }))[
      '@graph'
    ] as Element[]
    expect(anonymous[1]).toMatchObject({ type: 'SoftwareAgent', name: 'lockgraph' })
    expect(anonymous.some((e) => e.type === 'Organization' || e.type === 'Person')).toBe(false)
  })
  test('timestamp: CreationInfo.created', () => {
    expect(elements[0].created).toBe('2026-01-02T03:04:05Z')
  })
  test('supplier: not stated by lockfiles; SPDX 3 has no NOASSERTION agent, so suppliedBy is absent, not invented', () => {
    expect(elements.filter((e) => 'suppliedBy' in e || 'originatedBy' in e)).toEqual([])
  })
  test('component name: every package', () => {
    expect(libraries).toHaveLength(graph.packages.size)
    expect(libraries.every((p) => typeof p.name === 'string' && p.name)).toBe(true)
  })
  test('component version: every package but flask, which says it is unknown', () => {
    expect(libraries.filter((p) => p.software_packageVersion === undefined)).toEqual([
      expect.objectContaining({ name: 'flask', comment: 'Version unknown: the lockfile does not pin one.' }),
    ])
  })
  test('unique identifier: software_packageUrl on every package', () => {
    expect(libraries.filter((p) => !String(p.software_packageUrl).startsWith('pkg:'))).toEqual([])
  })
  test('dependency relationship: every package is reached from the SBOM root', () => {
    const out = new Map<string, string[]>()
    for (const r of elements as Relationship[])
      if (
        ['contains', 'dependsOn', 'hasOptionalDependency', 'hasProvidedDependency'].includes(
          r.relationshipType,
        )
      )
        out.set(r.from, [...(out.get(r.from) ?? []), ...r.to])
    const seen = new Set<string>()
    const queue = [`${ns}#Root`]
    while (queue.length)
      for (const to of out.get(queue.pop()!) ?? [])
        if (!seen.has(to)) {
          seen.add(to)
          queue.push(to)
        }
    expect(libraries.filter((p) => !seen.has(p.spdxId!))).toEqual([])
  })
  test('hash: verifiedUsing on every package the lockfiles hash', () => {
    expect(libraries.filter((p) => p.verifiedUsing)).toHaveLength(
      [...graph.packages.values()].filter((p) => p.hashes.length).length,
    )
  })
  test('license: one hasDeclaredLicense per package, NoAssertionLicense where the lockfile states none', () => {
    expect(libraries.every((p) => declared(p).length === 1)).toBe(true)
    const unknown = libraries.filter((p) => declared(p)[0].to[0] === 'expandedlicensing_NoAssertionLicense')
    expect(unknown).toHaveLength(graph.packages.size - 24)
  })
  test('tool name: createdUsing lockgraph and its version', () => {
    expect(elements[0].createdUsing).toEqual([`${ns}#Tool-lockgraph`])
    expect(byId('Tool-lockgraph').name).toBe('lockgraph-0.0.0-dev')
  })
  test('generation context: software_sbomType source', () => {
    expect(elements.find((e) => e.type === 'software_Sbom')!.software_sbomType).toEqual(['source'])
  })
  test('primary component: the SBOM root is the repository at its commit', () => {
    expect(byId('Root')).toMatchObject({ name: 'acme/multi', software_packageVersion: env.GITHUB_SHA })
  })
  test('known unknowns: incomplete completeness where a lockfile is unread or a closure is not full', () => {
    const incomplete = (elements as Relationship[])
      .filter((r) => r.completeness === 'incomplete')
      .map((r) => r.from)
    expect(incomplete).toEqual([`${ns}#Root`, `${ns}#Project-scripts-requirements.txt`])
    expect(
      (elements as Relationship[]).filter((r) => r.completeness === 'complete').map((r) => r.from),
    ).toEqual(expect.arrayContaining([`${ns}#Project-web-package.json`, `${ns}#Project-rs-Cargo.toml`]))
  })
})
