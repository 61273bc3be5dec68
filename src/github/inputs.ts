// The action's inputs (action.yml), read and checked: a bad value stops the run before anything is read, with a
// message naming the input.
import * as core from '@actions/core'
import { posix } from 'node:path'
import { COMMENT_MODES, commentMarker, type CommentMode } from './comment.js'
import {
  DEFAULT_CONFIG_PATH,
  PolicyError,
  resolvePolicy,
  splitList,
  type PolicyInputs,
} from '../policy/config.js'

export interface ActionInputs {
  path: string
  formats: string[]
  specVersion: string
  outputDir: string
  exclude: string[]
  /** Maven: fetch no POMs. */
  offline: boolean
  /** Maven repositories asked first: "URL" or "ID=URL". */
  mavenRepositories: string[]
  uploadArtifact: boolean
  artifactName: string
  strict: boolean
  token: string
  /** When to write the pull-request comment. */
  comment: CommentMode
  /** Tells this workflow's sticky comment from another's. */
  commentId: string
  /** Overrides the event's base: a commit or ref, or a path (relative to the workspace) to an SBOM file. */
  baseRef: string
  /** The policy config file, relative to the workspace, posix separators. */
  configFile: string
  /** Whether config-file was set to something other than the default (a missing file is then worth a warning). */
  configFileSet: boolean
  /** The policy inputs, split; checked already. */
  policy: PolicyInputs
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

function commentMode(): CommentMode {
  const value = core.getInput('comment').trim().toLowerCase() || 'auto'
  if (!(COMMENT_MODES as readonly string[]).includes(value))
    throw new InputError(
      `input comment must be one of ${COMMENT_MODES.join(', ')}, got "${core.getInput('comment')}"`,
    )
  return value as CommentMode
}

function commentId(): string {
  const value = core.getInput('comment-id').trim() || 'lockgraph'
  try {
    commentMarker(value)
  } catch (err) {
    throw new InputError(`input ${(err as Error).message}`)
  }
  return value
}

/** A path inside the workspace, relative, posix: the same file can then be read from the base commit. */
function configFile(): string {
  const raw = core.getInput('config-file').trim() || DEFAULT_CONFIG_PATH
  const path = posix.normalize(raw.split('\\').join('/'))
  if (posix.isAbsolute(path) || path === '..' || path.startsWith('../') || path === '.')
    throw new InputError(
      `input config-file must be a file path relative to the workspace (it is read from the base commit), got "${raw}"`,
    )
  return path
}

function policyInputs(): PolicyInputs {
  const inputs: PolicyInputs = {
    failOn: splitList(core.getInput('fail-on'))?.map((s) => s.toLowerCase()),
    licenseAllow: splitList(core.getInput('license-allow')),
    licenseDeny: splitList(core.getInput('license-deny')),
    licenseUnknown: core.getInput('license-unknown').trim().toLowerCase() || undefined,
    deniedPackages: splitList(core.getInput('denied-packages')),
  }
  try {
    resolvePolicy(undefined, inputs)
  } catch (err) {
    // Its messages already name the input: "input fail-on[0]: unknown value ...".
    if (err instanceof PolicyError) throw new InputError(err.problems.join('; '))
    throw err
  }
  return inputs
}

export function readInputs(defaultOutputDir: string): ActionInputs {
  const formats = list(core.getInput('formats') || 'cyclonedx-json,spdx-json')
  const artifactName = core.getInput('artifact-name').trim() || 'sbom'
  if (/["':<>|*?\\/\r\n]/.test(artifactName))
    throw new InputError(
      `input artifact-name "${artifactName}" contains a character artifact names cannot have`,
    )
  const config = configFile()
  return {
    path: core.getInput('path').trim() || '.',
    formats,
    specVersion: core.getInput('spec-version').trim(),
    outputDir: core.getInput('output-dir').trim() || defaultOutputDir,
    exclude: list(core.getInput('exclude')),
    offline: bool('offline'),
    mavenRepositories: list(core.getInput('maven-repositories')),
    uploadArtifact: core.getInput('upload-artifact').trim() === '' ? true : bool('upload-artifact'),
    artifactName,
    strict: bool('strict'),
    token: core.getInput('github-token'),
    comment: commentMode(),
    commentId: commentId(),
    baseRef: core.getInput('base-ref').trim(),
    configFile: config,
    configFileSet: config !== DEFAULT_CONFIG_PATH,
    policy: policyInputs(),
  }
}
