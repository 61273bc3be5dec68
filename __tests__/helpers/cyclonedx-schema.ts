// Validates CycloneDX JSON against the official schema (copied into testdata/specs/cyclonedx).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import addFormats2019 from 'ajv-formats-draft2019'

const dir = join(import.meta.dirname, '..', 'testdata', 'specs', 'cyclonedx')
const load = (name: string): object => JSON.parse(readFileSync(join(dir, name), 'utf8'))

let validate: ValidateFunction | undefined

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

export function cycloneDxErrors(bom: unknown): string[] {
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
    const schema = load('bom-1.6.schema.json')
    linearUniqueItems(schema)
    validate = ajv.compile(schema)
  }
  if (validate(bom)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}
