// The action's inputs (action.yml), read and checked.
import * as core from '@actions/core'

export interface ActionInputs {
  path: string
  formats: string[]
  specVersion: string
  outputDir: string
  exclude: string[]
  uploadArtifact: boolean
  artifactName: string
  strict: boolean
  token: string
}

export class InputError extends Error {}

function list(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

function bool(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return false
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new InputError(`input ${name} must be true or false, got "${core.getInput(name)}"`)
}

export function readInputs(defaultOutputDir: string): ActionInputs {
  const formats = list(core.getInput('formats') || 'cyclonedx-json')
  const artifactName = core.getInput('artifact-name').trim() || 'sbom'
  if (/["':<>|*?\\/\r\n]/.test(artifactName))
    throw new InputError(
      `input artifact-name "${artifactName}" contains a character artifact names cannot have`,
    )
  return {
    path: core.getInput('path').trim() || '.',
    formats,
    specVersion: core.getInput('spec-version').trim(),
    outputDir: core.getInput('output-dir').trim() || defaultOutputDir,
    exclude: list(core.getInput('exclude')),
    uploadArtifact: core.getInput('upload-artifact').trim() === '' ? true : bool('upload-artifact'),
    artifactName,
    strict: bool('strict'),
    token: core.getInput('github-token'),
  }
}
