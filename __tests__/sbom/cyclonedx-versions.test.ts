// CycloneDX 1.4–1.7 in JSON and XML: every version validates against its official schema, and carries the same
// content as @cyclonedx/cyclonedx-library writes for the same graph.
import { join } from 'node:path'
import { emptyGraph, type Graph } from '../../src/graph/graph.js'
import { scan } from '../../src/scan.js'
import { CYCLONEDX_VERSIONS, writeCycloneDxJson, writeCycloneDxXml } from '../../src/sbom/cyclonedx.js'
import type { Subject } from '../../src/sbom/subject.js'
import { XMLParser } from 'fast-xml-parser'
import { libraryJson, libraryXml } from '../helpers/cyclonedx-library-bom.js'
import { cycloneDxErrors, cycloneDxXmlErrors } from '../helpers/cyclonedx-schema.js'
import { TESTDATA } from '../helpers/parse.js'

const subject: Subject = {
  name: 'acme/multi',
  author: 'acme',
  version: '0123456789abcdef0123456789abcdef01234567',
  timestamp: new Date('2026-01-02T03:04:05Z'),
}

let graph: Graph
beforeAll(async () => {
  graph = (await scan(join(TESTDATA, 'sbom', 'multi'))).graph
})

describe.each(CYCLONEDX_VERSIONS)('CycloneDX %s', (version) => {
  test('JSON validates against the official JSON schema', () => {
    const bom = JSON.parse(writeCycloneDxJson(graph, subject, { specVersion: version }))
    expect(bom.specVersion).toBe(version)
    expect(cycloneDxErrors(bom, version)).toEqual([])
  })

  test('XML validates against the official XSD', async () => {
    const xml = writeCycloneDxXml(graph, subject, { specVersion: version })
    expect(xml).toContain(`<bom xmlns="http://cyclonedx.org/schema/bom/${version}"`)
    expect(await cycloneDxXmlErrors(xml, version)).toEqual([])
  })
})

/** A JSON value with every array sorted and object keys in order: equal for the same content in any order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  return value
}

describe.each(CYCLONEDX_VERSIONS)('CycloneDX %s, compared with @cyclonedx/cyclonedx-library', (version) => {
  test('JSON: the same document as the library writes, plus compositions', () => {
    const ours = JSON.parse(writeCycloneDxJson(graph, subject, { specVersion: version }))
    const theirs = libraryJson(graph, subject, version)
    // The library has no model of compositions; the serial number is ours; the timestamp is in whole seconds.
    const { compositions, serialNumber, ...rest } = ours
    expect(compositions.length).toBeGreaterThan(0)
    expect(serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    ;(theirs.metadata as { timestamp: string }).timestamp = subject.timestamp
      .toISOString()
      .replace('.000Z', 'Z')
    expect(canonical(rest)).toEqual(canonical(theirs))
  })
})

/** An XML document as a plain object (attributes prefixed "@"), for comparing content regardless of layout. */
function xmlObject(xml: string): unknown {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml)
}

describe.each(CYCLONEDX_VERSIONS)(
  'CycloneDX %s XML, compared with @cyclonedx/cyclonedx-library',
  (version) => {
    test('the same document as the library writes, plus compositions', () => {
      const ours = xmlObject(writeCycloneDxXml(graph, subject, { specVersion: version })) as {
        bom: Record<string, unknown> & { metadata: { timestamp: string } }
      }
      const theirs = xmlObject(libraryXml(graph, subject, version)) as typeof ours
      const { compositions, '@serialNumber': serial, ...rest } = ours.bom
      expect(JSON.stringify(compositions)).toContain('<aggregate>'.slice(1, -1))
      expect(serial).toMatch(/^urn:uuid:/)
      theirs.bom.metadata.timestamp = subject.timestamp.toISOString().replace('.000Z', 'Z')
      delete (theirs as Record<string, unknown>)['?xml']
      delete (ours as Record<string, unknown>)['?xml']
      expect(canonical({ ...ours, bom: rest })).toEqual(canonical(theirs))
    })
  },
)

/** A graph whose strings are made to break JSON and XML: quotes, markup, entities, control characters. */
function hostileGraph(): Graph {
  const g = emptyGraph()
  g.projects.set('project:a&b/package.json', {
    ref: 'project:a&b/package.json',
    ecosystem: 'npm',
    name: '<app> & "friends"',
    manifest: 'a&b/package.json',
    dir: 'a&b',
    files: ['a&b/package-lock.json'],
    complete: false,
    platform: [],
  })
  const purl = 'pkg:npm/%3Cscript%3E@1.0.0-%3C%3E'
  g.packages.set(purl, {
    ref: purl,
    purl,
    ecosystem: 'npm',
    name: '<script>',
    version: '1.0.0-<>',
    scope: 'optional',
    direct: true,
    hashes: [{ alg: 'SHA-1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' }],
    resolved: 'https://example.com/a?b=1&c="2"',
    source: 'url',
    license: 'Free & <Open> "License" ]]>',
    aliases: ["it's\ttabbed"],
    files: ['a&b/package-lock.json'],
    projects: ['project:a&b/package.json'],
  })
  g.edges.set('project:a&b/package.json', new Map([[purl, 'optional']]))
  return g
}

describe.each(CYCLONEDX_VERSIONS)('CycloneDX %s of hostile strings', (version) => {
  test('JSON and XML are valid and hold the strings exactly, as the library writes them', async () => {
    const g = hostileGraph()
    const json = JSON.parse(writeCycloneDxJson(g, subject, { specVersion: version }))
    expect(cycloneDxErrors(json, version)).toEqual([])
    expect(json.components.map((c: { name: string }) => c.name).sort()).toEqual([
      '<app> & "friends"',
      '<script>',
    ])
    const xml = writeCycloneDxXml(g, subject, { specVersion: version })
    expect(await cycloneDxXmlErrors(xml, version)).toEqual([])
    expect(xml).toContain('<name>Free &amp; &lt;Open&gt; &quot;License&quot; ]]&gt;</name>')
    const theirs = xmlObject(libraryXml(g, subject, version)) as { bom: Record<string, unknown> }
    const ours = xmlObject(xml) as typeof theirs
    expect(canonical(ours.bom.components)).toEqual(canonical(theirs.bom.components))
    expect(canonical(ours.bom.dependencies)).toEqual(canonical(theirs.bom.dependencies))
  })
})

test('characters XML cannot hold become U+FFFD instead of breaking the document', async () => {
  const g = hostileGraph()
  g.packages.values().next().value!.license = 'bad\u0001char'
  const xml = writeCycloneDxXml(g, subject)
  expect(xml).toContain('<name>bad\ufffdchar</name>')
  expect(await cycloneDxXmlErrors(xml)).toEqual([])
  expect(JSON.parse(writeCycloneDxJson(g, subject)).components[0].licenses).toEqual([
    { license: { name: 'bad\u0001char' } },
  ])
})

test('the XSD check finds an invalid document (so the checks above can fail)', async () => {
  const xml = writeCycloneDxXml(hostileGraph(), subject).replace(
    '<scope>optional</scope>',
    '<scope>sometimes</scope>',
  )
  expect((await cycloneDxXmlErrors(xml)).join('\n')).toMatch(/scope/)
})
