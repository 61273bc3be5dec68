// CycloneDX XML read into the graph: hand-written 1.2 and 1.6 documents (valid against the official XSDs),
// and XML that is refused: a DTD (external entities, entity expansion), malformed XML, invalid content.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Graph } from '../../src/graph/graph.js'
import { readCycloneDxXml, xmlRoot } from '../../src/sbom/read/cyclonedx-xml.js'
import { SbomReadError } from '../../src/sbom/read/types.js'
import { cycloneDxXmlErrors } from '../helpers/cyclonedx-schema.js'
import { TESTDATA } from '../helpers/parse.js'

const READ = join(TESTDATA, 'sbom', 'read')
const text = (name: string) => readFileSync(join(READ, name), 'utf8')

const edges = (graph: Graph) =>
  [...graph.edges]
    .flatMap(([from, tos]) => [...tos].map(([to, scope]) => `${from} -> ${to} (${scope})`))
    .sort()

function refusal(xml: string, version = '1.6'): SbomReadError {
  try {
    readCycloneDxXml(xml, 'in.cdx.xml', version)
  } catch (err) {
    if (err instanceof SbomReadError) return err
    throw err
  }
  throw new Error('read without an error')
}

const NS = 'http://cyclonedx.org/schema/bom/1.6'
const doc = (components: string) =>
  `<?xml version="1.0"?>\n<bom xmlns="${NS}" version="1">\n<components>\n${components}\n</components>\n</bom>\n`

describe('CycloneDX 1.2 XML of another tool (hand-1.2.xml)', () => {
  const read = readCycloneDxXml(text('hand-1.2.xml'), 'hand-1.2.xml', '1.2')

  test('subject (group/name), tool from the legacy <tool> list, timestamp', () => {
    expect(read.format).toBe('cyclonedx-xml')
    expect(read.specVersion).toBe('1.2')
    expect(read.subject).toEqual({
      name: 'acme/webshop',
      version: '3.0.0',
      timestamp: new Date('2021-03-04T05:06:07Z'),
    })
    expect(read.tool).toBe('old-scanner 2.1')
  })

  test('nested components flattened; hashes, licenses (id, expression, name with entities), distribution URL', () => {
    expect([...read.graph.packages.values()]).toEqual([
      {
        ref: 'pkg:npm/%40babel/core@7.24.0',
        purl: 'pkg:npm/%40babel/core@7.24.0',
        ecosystem: 'npm',
        name: '@babel/core',
        version: '7.24.0',
        scope: 'runtime',
        direct: true,
        hashes: [
          { alg: 'SHA-1', value: '3ddf0e0d5e6f5d0cbd5c9fbb5d4c1a59f0b8a8d1' },
          {
            alg: 'SHA-512',
            value:
              'f2a5c6b1e4f1a3d2c8b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3',
          },
        ],
        resolved: 'https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz?x=1&y=2',
        source: 'registry',
        license: 'MIT',
        aliases: [],
        files: [],
        projects: ['project:acme/webshop'],
      },
      expect.objectContaining({
        ref: 'pkg:npm/%40babel/parser@7.24.0',
        name: '@babel/parser',
        scope: 'dev',
        direct: false,
        license: 'MIT OR Apache-2.0',
      }),
      expect.objectContaining({
        ref: 'pkg:generic/acme/internal-utils@0.3.1',
        ecosystem: 'generic',
        name: 'acme/internal-utils',
        scope: 'optional',
        direct: true,
        license: 'Acme Proprietary <internal>',
      }),
      expect.objectContaining({
        ref: 'pkg:pypi/requests@2.31.0',
        scope: 'runtime',
        hashes: [
          { alg: 'SHA-256', value: '58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f' },
        ],
        projects: ['project:acme/webshop'],
      }),
    ])
  })

  test('metadata.component is the project (it depends on no application); edges with their target’s scope', () => {
    expect([...read.graph.projects.keys()]).toEqual(['project:acme/webshop'])
    expect(read.graph.projects.get('project:acme/webshop')).toMatchObject({ complete: false, dir: '' })
    expect(edges(read.graph)).toEqual([
      'pkg:generic/acme/internal-utils@0.3.1 -> pkg:pypi/requests@2.31.0 (runtime)',
      'pkg:npm/%40babel/core@7.24.0 -> pkg:npm/%40babel/parser@7.24.0 (dev)',
      'project:acme/webshop -> pkg:generic/acme/internal-utils@0.3.1 (optional)',
      'project:acme/webshop -> pkg:npm/%40babel/core@7.24.0 (runtime)',
    ])
  })
})

describe('CycloneDX 1.6 XML with lockgraph’s properties, a namespace prefix, CDATA (hand-1.6.xml)', () => {
  const xml = text('hand-1.6.xml')
  const read = readCycloneDxXml(xml, 'hand-1.6.xml', '1.6')

  test('is valid against the official 1.6 XSD', async () => {
    expect(await cycloneDxXmlErrors(xml, '1.6')).toEqual([])
  })

  test('root element and namespace, read from the start tag', () => {
    expect(xmlRoot(xml, 'hand-1.6.xml')).toEqual({
      name: 'cdx:bom',
      localName: 'bom',
      namespace: NS,
      line: 4,
    })
  })

  test('projects from lockgraph:manifest; compositions make one incomplete; platform requirements', () => {
    expect([...read.graph.projects.values()]).toEqual([
      {
        ref: 'project:crates/app/Cargo.toml',
        purl: 'pkg:cargo/app-cli@0.9.0',
        ecosystem: 'cargo',
        name: 'app-cli', // &#x2D;
        version: '0.9.0',
        manifest: 'crates/app/Cargo.toml',
        dir: 'crates/app',
        files: ['crates/Cargo.lock'],
        complete: true,
        platform: [],
      },
      {
        ref: 'project:py/pyproject.toml',
        purl: undefined,
        ecosystem: 'pypi',
        name: 'tools',
        version: undefined,
        manifest: 'py/pyproject.toml',
        dir: 'py',
        files: ['py/poetry.lock'],
        complete: false, // lockgraph:complete says true, but an incomplete aggregate names it
        platform: [{ name: 'python', constraint: '>=3.10', scope: 'runtime' }],
      },
    ])
  })

  test('packages from lockgraph properties: scope, direct, source, file hashes; CDATA kept as it is', () => {
    expect(read.graph.packages.get('pkg:pypi/cryptography@42.0.5')).toEqual({
      ref: 'pkg:pypi/cryptography@42.0.5',
      purl: 'pkg:pypi/cryptography@42.0.5',
      ecosystem: 'pypi',
      name: 'cryptography',
      version: '42.0.5',
      scope: 'dev',
      direct: false,
      hashes: [
        { alg: 'SHA-256', value: '0a68bfcf57a6887818307600c3c0ebc3f62fbb6ccad2240aa21887cda1f8df1b' },
        { alg: 'SHA-256', value: '2424ff4c4ac7f6b8177b53c17ed5d8fa74ae5955656867f5a8affaca36a27abb' },
      ],
      resolved: undefined,
      source: 'registry',
      license: 'Apache-2.0 & BSD <dual>',
      aliases: [],
      files: ['py/poetry.lock'],
      projects: ['project:py/pyproject.toml'],
    })
    expect(
      read.graph.packages.get(
        'pkg:pypi/vendored@0.1.0?vcs_url=git%2Bhttps://example.com/vendored.git%40abc123',
      ),
    ).toMatchObject({
      scope: 'optional',
      direct: true,
      source: 'git',
      resolved: 'git+https://example.com/vendored.git@abc123',
    })
    expect(read.graph.packages.get('pkg:cargo/serde@1.0.200')).toMatchObject({
      license: 'MIT OR Apache-2.0',
      direct: true,
      projects: ['project:crates/app/Cargo.toml'],
    })
  })

  test('files: from lockgraph:file, and the unread one with its issue', () => {
    expect(read.graph.files).toEqual([
      {
        path: 'crates/Cargo.lock',
        format: 'cargo-lock',
        ecosystem: 'cargo',
        ok: true,
        packages: 1,
        projects: 1,
        complete: true,
      },
      {
        path: 'legacy/yarn.lock',
        format: 'yarn-lock',
        ecosystem: 'npm',
        ok: false,
        packages: 0,
        projects: 0,
        complete: false,
      },
      {
        path: 'py/poetry.lock',
        format: 'poetry-lock',
        ecosystem: 'pypi',
        ok: true,
        packages: 2,
        projects: 1,
        complete: false,
      },
    ])
    expect(read.graph.issues).toEqual([
      { file: 'legacy/yarn.lock', severity: 'error', message: 'not a yarn.lock: line 3: unexpected "}"' },
    ])
    expect(read.tool).toBe('lockgraph 1.2.3')
  })
})

describe('XML that is refused', () => {
  test('an external entity (XXE) is never resolved: the DOCTYPE is refused', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<bom xmlns="${NS}"><components><component type="library"><name>&xxe;</name></component></components></bom>`
    const err = refusal(xxe)
    expect(err.message).toBe(
      'in.cdx.xml:2: XML with a DOCTYPE is not read: CycloneDX needs no DTD, and its entities could read local files or expand without end',
    )
    expect(() => xmlRoot(xxe, 'in.cdx.xml')).toThrow(err.message)
  })

  test('an entity-expansion bomb is refused before any expansion', () => {
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('')
    const bomb = `<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY lol0 "lol">${lols}]><bom xmlns="${NS}"><metadata><component type="application"><name>&lol9;</name></component></metadata></bom>`
    const started = Date.now()
    expect(refusal(bomb).message).toMatch(/^in\.cdx\.xml:1: XML with a DOCTYPE is not read/)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  test('an entity that XML does not define is refused where it is read', () => {
    expect(refusal(doc('<component type="library"><name>a&nbsp;b</name></component>')).message).toBe(
      'in.cdx.xml: /bom/components/component[1]/name: undefined entity reference',
    )
  })

  test('malformed XML: the line and column of the problem', () => {
    const err = refusal(doc('<component type="library">\n<name>a</nam>\n</component>'))
    expect(err.line).toBe(5)
    expect(err.message).toBe(
      "in.cdx.xml:5: not well-formed XML (column 8): Expected closing tag 'name' (opened in line 5, col 1) instead of closing tag 'nam'.",
    )
  })

  test.each([
    ['<component><name>a</name></component>', '/bom/components/component[1]/@type: missing'],
    [
      '<component type="lib"><name>a</name></component>',
      '/bom/components/component[1]/@type: unknown component type "lib"',
    ],
    ['<component type="library"/>', '/bom/components/component[1]/name: missing'],
    [
      '<component type="library"><name>a</name><hashes><hash alg="SHA-256">xyz</hash></hashes></component>',
      '/bom/components/component[1]/hashes/hash[1]: "xyz" is not a hex digest',
    ],
    [
      '<component type="library"><name>a</name><licenses><license><id>Apache-2</id></license></licenses></component>',
      '/bom/components/component[1]/licenses/license[1]/id: "Apache-2" is not an SPDX license id (a license name goes in "name")',
    ],
    [
      '<component type="library"><name>a</name><licenses><license><name>x</name></license><expression>MIT</expression></licenses></component>',
      '/bom/components/component[1]/licenses: an expression must be the only license in CycloneDX 1.6',
    ],
    [
      '<component type="library"><name>a</name><components><component type="library"><name>b</name><scope>sometimes</scope></component></components></component>',
      '/bom/components/component[1]/components/component[1]/scope: unknown scope "sometimes"',
    ],
    [
      '<component type="library" bom-ref="x"><name>a</name></component><component type="library" bom-ref="x"><name>b</name></component>',
      '/bom/components/component[2]/@bom-ref: "x" is also the bom-ref of /bom/components/component[1]',
    ],
    [
      '<component type="library"><name>a</name><name>b</name></component>',
      '/bom/components/component[1]/name: expected one element, found several',
    ],
  ])('%s', (components, message) => {
    expect(refusal(doc(components)).message).toBe(`in.cdx.xml: ${message}`)
  })

  test('a timestamp that is no xs:dateTime; a time without zone is UTC', () => {
    const meta = (t: string) => `<bom xmlns="${NS}"><metadata><timestamp>${t}</timestamp></metadata></bom>`
    expect(refusal(meta('2024-13-01')).message).toBe(
      'in.cdx.xml: /bom/metadata/timestamp: "2024-13-01" is not an xs:dateTime',
    )
    expect(readCycloneDxXml(meta('2024-01-02T03:04:05'), 'in.cdx.xml', '1.6').subject.timestamp).toEqual(
      new Date('2024-01-02T03:04:05Z'),
    )
  })

  test('1.7: licenses and expressions may be mixed', () => {
    const xml = doc(
      '<component type="library"><name>a</name><purl>pkg:npm/a@1</purl><licenses><license><id>MIT</id></license><expression-detailed expression="Apache-2.0 OR MIT"/></licenses></component>',
    ).replace(NS, 'http://cyclonedx.org/schema/bom/1.7')
    expect(readCycloneDxXml(xml, 'in.cdx.xml', '1.7').graph.packages.get('pkg:npm/a@1')?.license).toBe(
      'MIT AND (Apache-2.0 OR MIT)',
    )
  })
})
