// Runs the bundled action (dist/index.js) as a child process the way the GitHub runner does:
// working directory = the workspace, an environment built from scratch (never process.env),
// inputs as INPUT_<NAME> with action.yml's defaults filled in, and the file commands
// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ...) read back afterwards.

import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { backendIdFor, makeRuntimeToken } from './github-api.js'

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const ACTION_YML = join(PROJECT_ROOT, 'action.yml')
export const DIST_ENTRY = join(PROJECT_ROOT, 'dist', 'index.js')

export type InputValue = string | number | boolean

export interface RunActionOptions {
  /** The checked-out repository: the child's working directory and GITHUB_WORKSPACE. */
  workspace: string
  /** `with:` values; names as in action.yml. Unknown names throw (a typo would be silently ignored). */
  inputs?: Record<string, InputValue>
  /** Extra or overriding environment variables (applied last). */
  env?: Record<string, string>
  /** Event payload written to GITHUB_EVENT_PATH. Default: a minimal push payload. */
  event?: Record<string, unknown>
  /** GITHUB_EVENT_NAME, default push */
  eventName?: string
  /** GITHUB_API_URL and ACTIONS_RESULTS_URL origin (the fake server). Default: a closed port. */
  apiUrl?: string
  /** What `${{ github.token }}` expands to. */
  token?: string
  /** owner/name, default acme/storefront */
  repository?: string
  sha?: string
  ref?: string
  /** GITHUB_RUN_ID, default 4242 */
  runId?: string
  /** GITHUB_JOB (the job's key in the workflow: the same for every entry of a matrix), default sbom */
  job?: string
  /** Backend ids in ACTIONS_RUNTIME_TOKEN. Default: derived from runId; the job id is random per run. */
  runBackendId?: string
  jobBackendId?: string
  /** Script to run instead of dist/index.js (used by the harness self-tests). */
  entry?: string
  /** Where the runner folders (temp, home, file commands) go; default a new temp folder. */
  tempDir?: string
  timeoutMs?: number
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  title?: string
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface RunActionResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** Text of GITHUB_STEP_SUMMARY. */
  summary: string
  annotations: Annotation[]
  /** Every `::command ...::` line of stdout and stderr, in order. */
  commands: WorkflowCommand[]
  runnerTemp: string
  /** The environment the action ran with. */
  env: Record<string, string>
  runBackendId: string
  jobBackendId: string
  /** Removes the runner folders (RUNNER_TEMP, HOME, file commands); tempDir callers can skip it. */
  cleanup(): void
}

// ---------------------------------------------------------------------------------------------
// action.yml

export interface ActionInput {
  name: string
  default?: string
  required?: boolean
}

/**
 * The `inputs:` of action.yml. A small reader for the block-style YAML action metadata uses
 * (no `yaml` package in the project): keys at two-space steps, plain/quoted scalars, and
 * folded/literal block scalars.
 */
export function readActionInputs(text: string = readFileSync(ACTION_YML, 'utf8')): ActionInput[] {
  const lines = text.split(/\r?\n/)
  const inputs: ActionInput[] = []
  let inInputs = false
  let inputIndent = -1
  let current: ActionInput | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\s*(#.*)?$/.test(line)) continue
    const indent = line.length - line.trimStart().length
    if (indent === 0) {
      inInputs = /^inputs:\s*(#.*)?$/.test(line)
      current = undefined
      inputIndent = -1
      continue
    }
    if (!inInputs) continue
    const match = /^(\s*)([^\s:#][^:]*?):(?:\s+(.*?))?\s*$/.exec(line)
    if (!match) continue
    if (inputIndent < 0) inputIndent = indent
    if (indent === inputIndent) {
      current = { name: unquote(match[2]) }
      inputs.push(current)
      continue
    }
    if (!current || indent <= inputIndent) continue
    const key = match[2]
    let value = match[3] ?? ''
    if (/^[>|][+-]?$/.test(value)) {
      // Block scalar: the following more-indented lines.
      const block: string[] = []
      let blockIndent = -1
      while (i + 1 < lines.length) {
        const next = lines[i + 1]
        const nextIndent = next.length - next.trimStart().length
        if (next.trim() !== '' && nextIndent <= indent) break
        if (blockIndent < 0 && next.trim() !== '') blockIndent = nextIndent
        block.push(next.slice(Math.max(blockIndent, 0)))
        i++
      }
      value = value.startsWith('>')
        ? block.join(' ').replace(/\s+$/, '')
        : block.join('\n').replace(/\n+$/, '')
    } else {
      value = scalar(value)
    }
    if (key === 'default') current.default = value
    if (key === 'required') current.required = value === 'true'
  }
  return inputs
}

function unquote(key: string): string {
  return key.replace(/^(['"])(.*)\1$/, '$2')
}

function scalar(raw: string): string {
  if (raw.startsWith("'")) return raw.slice(1, raw.lastIndexOf("'")).replace(/''/g, "'")
  if (raw.startsWith('"')) return JSON.parse(raw.slice(0, raw.lastIndexOf('"') + 1)) as string
  return raw.replace(/\s+#.*$/, '')
}

/** Evaluates the expressions the runner would in an input default; only github.token is supported. */
function expand(value: string, token: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.token' || expression === 'secrets.GITHUB_TOKEN') return token
    throw new Error(`run-action: cannot evaluate \${{ ${expression} }} in an action.yml default`)
  })
}

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept (as the runner does). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

// ---------------------------------------------------------------------------------------------
// Reading back what the action wrote

/** GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core writes) or `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++])
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`)
      outputs[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`)
    outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return value
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

/** `::name key=value,key=value::message` lines, as @actions/core issues them. */
export function parseCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of output.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const part of (match[2] ?? '').split(',')) {
      const eq = part.indexOf('=')
      if (eq > 0) properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1))
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) })
  }
  return commands
}

export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const annotations: Annotation[] = []
  const num = (value: string | undefined): number | undefined =>
    value === undefined ? undefined : Number(value)
  for (const { command, properties: p, message } of commands) {
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue
    const annotation: Annotation = { level: command, message }
    if (p.file !== undefined) annotation.file = p.file
    if (p.line !== undefined) annotation.line = num(p.line)
    if (p.endLine !== undefined) annotation.endLine = num(p.endLine)
    if (p.col !== undefined) annotation.col = num(p.col)
    if (p.endColumn !== undefined) annotation.endColumn = num(p.endColumn)
    if (p.title !== undefined) annotation.title = p.title
    annotations.push(annotation)
  }
  return annotations
}

// ---------------------------------------------------------------------------------------------
// Running

function defaultEvent(options: RunActionOptions, sha: string, ref: string): Record<string, unknown> {
  const [owner, name] = (options.repository ?? 'acme/storefront').split('/')
  return {
    ref,
    before: '0000000000000000000000000000000000000000',
    after: sha,
    repository: {
      name,
      full_name: `${owner}/${name}`,
      owner: { login: owner, name: owner },
      default_branch: 'main',
    },
    head_commit: { id: sha, message: 'test commit' },
    sender: { login: 'octocat', type: 'User' },
  }
}

export async function runAction(options: RunActionOptions): Promise<RunActionResult> {
  const entry = options.entry ?? DIST_ENTRY
  if (!existsSync(entry)) throw new Error(`run-action: ${entry} does not exist (npm run build)`)
  const token = options.token ?? 'ghs_lockgraphTestInstallationToken0001'
  const repository = options.repository ?? 'acme/storefront'
  const sha = options.sha ?? 'ffac537e6cbbf934b08745a378932722df287a53'
  const eventName = options.eventName ?? 'push'
  const event = options.event
  const pullRequest = event?.pull_request as
    { number?: number; head?: { ref?: string }; base?: { ref?: string } } | undefined
  const ref =
    options.ref ?? (pullRequest?.number ? `refs/pull/${pullRequest.number}/merge` : 'refs/heads/main')
  const runId = options.runId ?? '4242'
  const job = options.job ?? 'sbom'
  const runBackendId = options.runBackendId ?? backendIdFor(`run-${runId}`)
  const jobBackendId = options.jobBackendId ?? randomUUID()
  const apiUrl = options.apiUrl ?? 'http://127.0.0.1:9'

  // Check the inputs before creating anything.
  const declared = readActionInputs()
  const names = new Set(declared.map((input) => input.name))
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!names.has(name)) throw new Error(`run-action: action.yml has no input ${JSON.stringify(name)}`)
  }

  const root = mkdtempSync(join(options.tempDir ?? tmpdir(), 'lockgraph-runner-'))
  const runnerTemp = join(root, 'temp')
  const home = join(root, 'home')
  const files = join(root, 'files')
  for (const dir of [runnerTemp, home, files, join(root, 'tool-cache')]) mkdirSync(dir, { recursive: true })
  const fileCommand = (name: string): string => {
    const path = join(files, `${name}_${randomUUID()}`)
    writeFileSync(path, '')
    return path
  }
  const outputFile = fileCommand('set_output')
  const summaryFile = fileCommand('step_summary')
  const eventPath = join(root, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event ?? defaultEvent(options, sha, ref), null, 2))

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'lockgraph-test-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(root, 'tool-cache'),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: fileCommand('save_state'),
    GITHUB_ENV: fileCommand('set_env'),
    GITHUB_PATH: fileCommand('add_path'),
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref
      .replace(/^refs\/(heads|tags)\//, '')
      .replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: pullRequest?.head?.ref ?? '',
    GITHUB_BASE_REF: pullRequest?.base?.ref ?? '',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: job,
    GITHUB_WORKFLOW: 'SBOM',
    GITHUB_ACTION: '__lockgraph',
    GITHUB_ACTION_REPOSITORY: 'lockgraph/lockgraph',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(runBackendId, jobBackendId),
    ACTIONS_RESULTS_URL: `${apiUrl}/`,
  }

  for (const input of declared) {
    if (input.default !== undefined) env[inputEnvName(input.name)] = expand(input.default, token)
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = String(value)
  Object.assign(env, options.env)

  const child = spawn(process.execPath, [entry], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timeoutMs = options.timeoutMs ?? 60_000
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`run-action: no exit after ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`))
      }, timeoutMs)
      child.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      child.once('close', (exitCode, exitSignal) => {
        clearTimeout(timer)
        resolve({ code: exitCode, signal: exitSignal })
      })
    },
  )

  const commands = [...parseCommands(stdout), ...parseCommands(stderr)]
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: annotationsOf(commands),
    commands,
    runnerTemp,
    env,
    runBackendId,
    jobBackendId,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  }
}

/** A fresh temp folder for a test file; remove it with the returned function. */
export function makeTempDir(prefix = 'lockgraph-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
