// readSbom: the format from the content, and one clear message for anything that is not an SBOM it reads.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scan } from '../../src/scan.js'
import { sbomFormat } from '../../src/sbom/formats.js'
import { readSbom, SbomReadError } from '../../src/sbom/read/index.js'
import { TESTDATA } from '../helpers/parse.js'

const READ = join(TESTDATA, 'sbom', 'read')
const SPECS = join(TESTDATA, 'specs')

function refusal(text: string, file = 'in.sbom'): SbomReadError {
  try {
    readSbom(text, file)
  } catch (err) {
    if (err instanceof SbomReadError) return err
    throw err
  }
  throw new Error('read without an error')
}

describe('readSbom tells the format from the content', () => {
  test('CycloneDX JSON, whatever the file is called', () => {
    const read = readSbom(readFileSync(join(READ, 'other-tool-1.5.json'), 'utf8'), 'sbom.txt')
    expect([read.format, read.specVersion, read.subject.name]).toEqual(['cyclonedx-json', '1.5', 'shop'])
  })

  test('CycloneDX XML: the version from the namespace (default or prefixed)', () => {
    const v12 = readSbom(readFileSync(join(READ, 'hand-1.2.xml'), 'utf8'), 'a.xml')
    const v16 = readSbom(readFileSync(join(READ, 'hand-1.6.xml'), 'utf8'), 'b.xml')
    expect([v12.format, v12.specVersion, v12.graph.packages.size]).toEqual(['cyclonedx-xml', '1.2', 4])
    expect([v16.format, v16.specVersion, v16.graph.projects.size]).toEqual(['cyclonedx-xml', '1.6', 2])
  })

  test('SPDX 2.3 JSON goes to the SPDX reader', () => {
    const text = readFileSync(
      join(SPECS, 'spdx', '2.3.1', 'examples', 'SPDXJSONExample-v2.3.spdx.json'),
      'utf8',
    )
    const read = readSbom(text, 'example.spdx.json')
    expect([read.format, read.specVersion]).toEqual(['spdx-json', '2.3'])
  })

  test('a UTF-8 byte order mark and leading white space are no obstacle', async () => {
    const { graph } = await scan(join(TESTDATA, 'sbom', 'multi'))
    const write = await sbomFormat('cyclonedx-json')!.load()
    const subject = { name: 'acme/multi', timestamp: new Date('2024-01-02T03:04:05Z') }
    const text = write(graph, subject)
    const read = readSbom(`\uFEFF\n  ${text}`, 'sbom.cdx.json')
    expect(write(read.graph, read.subject)).toBe(text)
  })
})

describe('readSbom refuses, saying why', () => {
  test.each([
    ['', 'in.sbom: empty file'],
    ['  \n', 'in.sbom: empty file'],
    ['SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n', 'in.sbom: not an SBOM: neither JSON nor XML'],
    [
      '{"name": "x", "version": "1.0.0"}',
      'in.sbom: not an SBOM lockgraph reads: JSON without "bomFormat" (CycloneDX) or "spdxVersion" (SPDX)',
    ],
    [
      '[1, 2]',
      'in.sbom: not an SBOM lockgraph reads: JSON without "bomFormat" (CycloneDX) or "spdxVersion" (SPDX)',
    ],
    ['{"bomFormat": "SPDX"}', 'in.sbom: bomFormat: expected "CycloneDX", not "SPDX"'],
    [
      '{"bomFormat": "CycloneDX", "specVersion": "1.1"}',
      'in.sbom: CycloneDX 1.1 is not read (lockgraph reads CycloneDX 1.2 to 1.7)',
    ],
    [
      '{"bomFormat": "CycloneDX", "specVersion": "2.0", "components": []}',
      'in.sbom: CycloneDX 2.0 is not read (lockgraph reads CycloneDX 1.2 to 1.7)',
    ],
    [
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.1"><components/></bom>',
      'in.sbom:1: CycloneDX XML namespace http://cyclonedx.org/schema/bom/1.1 is not read (lockgraph reads CycloneDX 1.2 to 1.7)',
    ],
    [
      '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/2.0"/>',
      'in.sbom:2: CycloneDX XML namespace http://cyclonedx.org/schema/bom/2.0 is not read (lockgraph reads CycloneDX 1.2 to 1.7)',
    ],
    [
      '<?xml version="1.0"?>\n<!-- a comment -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
      'in.sbom:3: not an SBOM lockgraph reads: XML root <rdf:RDF> in http://www.w3.org/1999/02/22-rdf-syntax-ns#, not a CycloneDX <bom>',
    ],
    [
      '<bom><components/></bom>',
      'in.sbom:1: not an SBOM lockgraph reads: XML root <bom>, not a CycloneDX <bom>',
    ],
    ['<?xml version="1.0"?>', 'in.sbom:1: not well-formed XML: no root element'],
  ])('%j', (text, message) => {
    expect(refusal(text).message).toBe(message)
  })

  test('SPDX 3 JSON-LD: not read yet', () => {
    const text = readFileSync(join(SPECS, 'spdx', '3.0.1', 'examples', 'package_sbom.json'), 'utf8')
    expect(refusal(text, 'package_sbom.json').message).toBe(
      'package_sbom.json: SPDX 3 JSON-LD is not read yet (lockgraph reads SPDX 2.2 / 2.3 JSON)',
    )
  })

  test('JSON with a syntax error: its line and column', () => {
    const err = refusal('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",,\n}', 'sbom.cdx.json')
    expect(err.line).toBe(3)
    expect(err.message).toMatch(
      /^sbom\.cdx\.json:3: not valid JSON \(column 24\): Expected double-quoted property name$/,
    )
  })

  test('truncated JSON: the end of the file', () => {
    const err = refusal('{\n  "bomFormat": "CycloneDX",\n  "components": [', 'sbom.cdx.json')
    expect(err.line).toBe(3)
    expect(err.message).toMatch(/^sbom\.cdx\.json:3: not valid JSON \(column 18\): /)
  })

  test('XML with a DTD, before anything else is looked at', () => {
    const err = refusal('<?xml version="1.0"?>\n<!DOCTYPE bom SYSTEM "http://example.com/bom.dtd">\n<bom/>')
    expect(err.message).toMatch(/^in\.sbom:2: XML with a DOCTYPE is not read/)
  })
})
