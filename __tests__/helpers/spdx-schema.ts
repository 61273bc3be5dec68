// Validates SPDX documents against the official JSON schemas (copied into testdata/specs/spdx): SPDX 2.3 JSON
// (draft-07) and SPDX 3.0.1 JSON-LD (draft 2020-12).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const dir = join(import.meta.dirname, '..', 'testdata', 'specs', 'spdx')
const load = (path: string): object => JSON.parse(readFileSync(join(dir, path), 'utf8'))

let validate23: ValidateFunction | undefined
let validate301: ValidateFunction | undefined

const errors = (validate: ValidateFunction, doc: unknown): string[] =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)

/** Schema errors of an SPDX 2.3 JSON document ([] when it is valid). */
export function spdx23Errors(doc: unknown): string[] {
  if (!validate23) {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats.default(ajv)
    validate23 = ajv.compile(load('2.3/spdx-schema.json'))
  }
  return errors(validate23, doc)
}

/** Schema errors of an SPDX 3.0.1 JSON-LD document ([] when it is valid). */
export function spdx301Errors(doc: unknown): string[] {
  if (!validate301) {
    // allErrors would report every branch of the schema's large anyOf for each element: first error only.
    const ajv = new Ajv2020({ strict: false })
    addFormats.default(ajv)
    validate301 = ajv.compile(load('3.0.1/spdx-json-schema.json'))
  }
  return errors(validate301, doc)
}
