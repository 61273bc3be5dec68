// The CycloneDX specification's own JSON test vectors (1.4 – 1.7): every valid one is read, every invalid one
// is refused with its file and the JSON path of the problem — except those whose invalidity lies in a part of
// the document lockgraph does not read, listed below with the reason.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCycloneDxJson } from '../../src/sbom/read/cyclonedx-json.js'
import { SbomReadError } from '../../src/sbom/read/types.js'
import { TESTDATA } from '../helpers/parse.js'

const VECTORS = join(TESTDATA, 'specs', 'cyclonedx', 'test-vectors')
const VERSIONS = ['1.4', '1.5', '1.6', '1.7']

/** Vector name without its version → what the refusal says (the JSON path, then the problem). */
const REFUSED: Record<string, string | Record<string, string>> = {
  'invalid-bomformat': 'bomFormat: expected "CycloneDX", not "AnotherFormat"',
  'invalid-component-ref': {
    // 1.4: two components with one bom-ref; 1.5 has that too, and (first found) an empty bom-ref as 1.6 and 1.7
    '1.4': 'components[1].bom-ref: "123" is also the bom-ref of components[0]',
    '1.5': 'components[2].bom-ref: empty bom-ref',
    '1.6': 'components[1].bom-ref: empty bom-ref',
    '1.7': 'components[1].bom-ref: empty bom-ref',
  },
  'invalid-component-type': 'components[0].type: unknown component type "foo"',
  'invalid-component-external-version-and-range': 'components[0]: has both "version" and "versionRange"',
  'invalid-component-versionRange-non-external-explicit':
    'components[0].versionRange: is only allowed with "isExternal": true',
  'invalid-component-versionRange-non-external-implicit':
    'components[0].versionRange: is only allowed with "isExternal": true',
  'invalid-dependency': 'dependencies[0].ref: missing',
  'invalid-empty-component': 'components[0].name: missing',
  'invalid-hash-alg': 'components[0].hashes[0]: unknown hash algorithm "FOO"',
  'invalid-hash-md5': 'components[0].hashes[0]: "foo" is not a hex digest',
  'invalid-hash-sha1': 'components[0].hashes[1]: "foo" is not a hex digest',
  'invalid-hash-sha256': 'components[0].hashes[2]: "foo" is not a hex digest',
  'invalid-hash-sha512': 'components[0].hashes[3]: "foo" is not a hex digest',
  'invalid-license-choice': 'components[0].licenses[0]: needs exactly one of "license" and "expression"',
  'invalid-license-declared-concluded-mix':
    'components[0].licenses[3]: an expression must be the only entry of "licenses" in CycloneDX 1.6',
  'invalid-license-id':
    'components[0].licenses[0].license.id: "Apache-2" is not an SPDX license id (a license name goes in "name")',
  'invalid-license-missing-id-and-name':
    'components[0].licenses[0].license: needs exactly one of "id" and "name"',
  'invalid-metadata-license':
    'metadata.licenses[0].license.id: "Apache-2" is not an SPDX license id (a license name goes in "name")',
  'invalid-metadata-timestamp': 'metadata.timestamp: "2020-04-13" is not an RFC 3339 date-time',
  'invalid-missing-component-type': 'components[0].type: missing',
  'invalid-properties': 'metadata.properties[0].name: missing',
  'invalid-scope': 'components[0].scope: unknown scope "foo"',
  'invalid-serialnumber': 'serialNumber: "urn:uuid:3e671687-395b-41f5-a30f" is not a urn:uuid serial number',
}

/** Invalid vectors read anyway: the invalid part is one lockgraph does not read. */
const NOT_READ: Record<string, string> = {
  'invalid-component-swid': 'component.swid (a SWID tag without tagId) is not read',
  'invalid-issue-type': 'pedigree.patches[].resolves[].type is not read',
  'invalid-patch-type': 'pedigree.patches[].type is not read',
  'invalid-license-encoding': 'license.text (its encoding) is not read: only the id, name or expression',
  'invalid-service-data': 'services are not read',
  'invalid-citations': 'citations (1.7) are not read',
  'invalid-metadata-distribution': 'metadata.distribution (1.7) is not read',
}

const stem = (file: string) => file.replace(/(-1\.\d)?\.json$/, '')

const files = VERSIONS.flatMap((version) =>
  readdirSync(join(VECTORS, version))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ version, file, doc: JSON.parse(readFileSync(join(VECTORS, version, file), 'utf8')) })),
)

interface Component {
  type: string
  'bom-ref'?: string
  components?: Component[]
}

function flatten(list: Component[] | undefined): Component[] {
  return (list ?? []).flatMap((c) => [c, ...flatten(c.components)])
}

function refusal(doc: unknown, file: string): SbomReadError | undefined {
  try {
    readCycloneDxJson(doc, file)
    return undefined
  } catch (err) {
    if (err instanceof SbomReadError) return err
    throw err
  }
}

describe('official CycloneDX test vectors', () => {
  test('are all here: valid and invalid ones of every version', () => {
    for (const version of VERSIONS) {
      expect(
        files.filter((f) => f.version === version && f.file.startsWith('valid-')).length,
      ).toBeGreaterThan(25)
      expect(
        files.filter((f) => f.version === version && f.file.startsWith('invalid-')).length,
      ).toBeGreaterThan(18)
    }
  })

  test.each(files.filter((f) => f.file.startsWith('valid-')).map((f) => [f.version, f.file, f.doc]))(
    '%s %s is read, every component in the graph',
    (version, file, doc) => {
      const read = readCycloneDxJson(doc, file)
      expect(read.specVersion).toBe(version)
      const components = flatten(doc.components)
      // Another tool's SBOM: the applications metadata.component depends on are projects; when there are
      // none, metadata.component itself is the one project, and a node more than the components.
      const root = doc.metadata?.component
      const direct = new Set(
        doc.dependencies?.find((d: { ref: string }) => d.ref === root?.['bom-ref'])?.dependsOn,
      )
      const apps = components.filter((c) => c.type === 'application' && direct.has(c['bom-ref']))
      const rootProject = root && !apps.length ? 1 : 0
      expect(read.graph.packages.size + read.graph.projects.size - rootProject).toBe(components.length)
    },
  )

  test.each(files.filter((f) => f.file.startsWith('invalid-')).map((f) => [f.version, f.file, f.doc]))(
    '%s %s is refused with the path of the problem, or listed as not read',
    (version, file, doc) => {
      const err = refusal(doc, file)
      const name = stem(file)
      if (NOT_READ[name]) {
        expect(err).toBeUndefined()
        return
      }
      const expected = REFUSED[name]
      expect(expected).toBeDefined()
      expect(err?.message).toBe(`${file}: ${typeof expected === 'string' ? expected : expected[version]}`)
    },
  )
})
