// Validates CycloneDX JSON against the official schema (copied into testdata/specs/cyclonedx).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import addFormats2019 from 'ajv-formats-draft2019'

const dir = join(import.meta.dirname, '..', 'testdata', 'specs', 'cyclonedx')
const load = (name: string): object => JSON.parse(readFileSync(join(dir, name), 'utf8'))

let validate: ValidateFunction | undefined

export function cycloneDxErrors(bom: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
    addFormats.default(ajv)
    addFormats2019(ajv, { formats: ['idn-email'] })
    // draft2019's iri-reference rejects urn:cdx bom-links; the schema means any IRI reference.
    ajv.addFormat('iri-reference', true)
    ajv.addSchema(load('spdx.schema.json'))
    ajv.addSchema(load('jsf-0.82.schema.json'))
    validate = ajv.compile(load('bom-1.6.schema.json'))
  }
  if (validate(bom)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}
