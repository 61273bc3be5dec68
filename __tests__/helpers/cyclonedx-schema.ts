// Validates CycloneDX JSON against the official schema (copied into testdata/specs/cyclonedx).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import addFormats2019 from 'ajv-formats-draft2019'
import { validateXML } from 'xmllint-wasm'

const dir = join(import.meta.dirname, '..', 'testdata', 'specs', 'cyclonedx')
const load = (name: string): object => JSON.parse(readFileSync(join(dir, name), 'utf8'))

const validators = new Map<string, ValidateFunction>()

/** JSON text with object keys sorted: equal for deep-equal JSON values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

/**
 * The schema's `uniqueItems: true`, checked in linear time: ajv compares every pair of items deeply, which
 * takes seconds on an SBOM of a thousand components. Same rule, so the schema is not weakened.
 */
function linearUniqueItems(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(linearUniqueItems)
  if (!node || typeof node !== 'object') return
  const o = node as Record<string, unknown>
  if (o.uniqueItems === true) {
    delete o.uniqueItems
    o.uniqueItemsLinear = true
  }
  Object.values(o).forEach(linearUniqueItems)
}

/** Errors of a CycloneDX JSON document against the official JSON schema of its version ([] when valid). */
export function cycloneDxErrors(bom: unknown, version = '1.6'): string[] {
  let validate = validators.get(version)
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
    addFormats.default(ajv)
    addFormats2019(ajv, { formats: ['idn-email'] })
    // draft2019's iri-reference rejects urn:cdx bom-links; the schema means any IRI reference.
    ajv.addFormat('iri-reference', true)
    ajv.addKeyword({
      keyword: 'uniqueItemsLinear',
      type: 'array',
      errors: false,
      validate: (_: boolean, items: unknown[]) => new Set(items.map(canonical)).size === items.length,
    })
    ajv.addSchema(load('spdx.schema.json'))
    ajv.addSchema(load('jsf-0.82.schema.json'))
    if (version === '1.7') ajv.addSchema(load('cryptography-defs.schema.json'))
    const schema = load(`bom-${version}.schema.json`)
    linearUniqueItems(schema)
    validate = ajv.compile(schema)
    validators.set(version, validate)
  }
  if (validate(bom)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

/**
 * Errors of a CycloneDX XML document against the official XSD of its version ([] when valid), with libxml2 (in
 * WebAssembly). The XSD imports the SPDX license list by URL; it is given the local copy instead.
 */
export async function cycloneDxXmlErrors(xml: string, version = '1.6'): Promise<string[]> {
  const xsd = readFileSync(join(dir, `bom-${version}.xsd`), 'utf8').replace(
    'schemaLocation="http://cyclonedx.org/schema/spdx"',
    'schemaLocation="spdx.xsd"',
  )
  const result = await validateXML({
    xml: [{ fileName: 'bom.xml', contents: xml }],
    schema: [{ fileName: `bom-${version}.xsd`, contents: xsd }],
    preload: [{ fileName: 'spdx.xsd', contents: readFileSync(join(dir, 'spdx.xsd'), 'utf8') }],
    initialMemoryPages: 4096,
    maxMemoryPages: 32768,
  })
  return result.valid ? [] : result.errors.map((e) => e.rawMessage)
}
