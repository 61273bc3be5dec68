// The pull-request dependency diff in the action: which base to compare with, reading it (git objects, else the
// GitHub API), the policy (its config file from the base commit), the diff files, the comment, the summary and
// the annotations. Never fails the step itself: main.ts does, from what this returns.
import * as core from '@actions/core'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { diffGraphs } from '../diff/diff.js'
import type { GraphDiff } from '../diff/model.js'
import { readCommitSide, readSbomSide, readSourceSide, type Side, type SideOptions } from '../diff/sides.js'
import { ensureCommit, gitSource } from '../git/source.js'
import type { Graph } from '../graph/graph.js'
import { loadPolicy, PolicyError, type Policy } from '../policy/config.js'
import { evaluatePolicy, policyFails, type Violation } from '../policy/policy.js'
import { diffJson } from '../render/diff-json.js'
import { codeSpan } from '../render/escape.js'
import { COMMENT_LIMIT, renderMarkdownDetailed, type RenderedMarkdown } from '../render/markdown.js'
import type { ScanSource } from '../scan.js'
import { apiSource } from './api-source.js'
import { commentMarker, upsertComment, type UpsertResult } from './comment.js'
import type { RunEvent } from './event.js'
import { InputError, type ActionInputs } from './inputs.js'
import { createOctokit, type GitHubClient } from './octokit.js'

export const DIFF_FILE = 'lockgraph-diff.json'
/** The comment's markdown, marker included: what a workflow_run job posts for a fork (see the README). */
export const COMMENT_FILE = 'lockgraph-comment.md'
/** The whole markdown, written when the job summary could not hold it. */
export const FULL_MARKDOWN_FILE = 'lockgraph-diff.md'

export interface DiffContext {
  workspace: string
  inputs: ActionInputs
  event: RunEvent
  /** The scanned folder (absolute). */
  root: string
  /** The lockfile's name when `path` names one file rather than a folder. */
  only?: string
  /** The scanned folder relative to the workspace, posix; "" for the workspace itself. */
  prefix: string
  head: Graph
  outputDir: string
}

/** What to compare with. */
export type BaseSpec =
  | { kind: 'none'; reason: string }
  | { kind: 'sbom'; file: string; shownAs: string }
  | { kind: 'commit'; rev: string; origin: string }

export interface DiffReport {
  base: Side
  /** Where the base came from: "the pull request's base", "input base-ref", ... */
  origin: string
  diff: GraphDiff
  violations: Violation[]
  diffFile: string
  commentFile: string
  comment: RenderedMarkdown
  /** For the job summary: the markdown that fits, and the full one when it did not. */
  summary: RenderedMarkdown
  fullFile?: string
  /** Files for the artifact. */
  files: string[]
}

const EVENT_ORIGIN: Record<string, string> = {
  pull_request: "the pull request's base",
  pull_request_target: "the pull request's base",
  merge_group: "the merge group's base",
  push: 'the commit before the push',
}

function isMissing(err: unknown): boolean {
  return (
    !!err && typeof err === 'object' && 'code' in err && (err.code === 'ENOENT' || err.code === 'ENOTDIR')
  )
}

function isFile(path: string): boolean | undefined {
  try {
    return !statSync(path).isDirectory()
  } catch (err) {
    if (isMissing(err)) return undefined
    throw err
  }
}

/**
 * The base: input base-ref when set (an existing file is an SBOM; a folder is refused; anything else is a
 * commit or ref), else the event's (pull request / merge group base, push `before`), else none.
 */
export function findBase(inputs: ActionInputs, event: RunEvent, workspace: string): BaseSpec {
  const ref = inputs.baseRef
  if (ref) {
    const file = resolve(workspace, ref)
    const found = isFile(file)
    if (found === true) return { kind: 'sbom', file, shownAs: ref }
    if (found === false)
      throw new InputError(
        `input base-ref: "${ref}" is a folder; give a commit, a ref, or the path of an SBOM file`,
      )
    return { kind: 'commit', rev: ref, origin: 'input base-ref' }
  }
  if (event.baseSha) return { kind: 'commit', rev: event.baseSha, origin: EVENT_ORIGIN[event.name] ?? 'base' }
  if (event.name === 'push')
    return { kind: 'none', reason: 'the push created the branch (no "before" commit)' }
  return {
    kind: 'none',
    reason: `a ${event.name || 'run'} event has no base commit (set input base-ref to compare with one)`,
  }
}

function errorText(err: unknown): string {
  const status = (err as { status?: unknown } | null)?.status
  const message = err instanceof Error ? err.message : String(err)
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message
}

export function octokitFor(token: string): GitHubClient {
  return createOctokit({
    token,
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    log: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      warn: (m) => core.warning(m),
      error: (m) => core.debug(m),
    },
  })
}

/** The base commit and how it was read: git objects first, the GitHub API when git cannot serve it. */
interface CommitBase {
  side: Side
  /** Reads a file of the commit, relative to the workspace. */
  readFile(path: string): Promise<string | undefined>
}

async function readFrom(source: ScanSource, path: string): Promise<string | undefined> {
  await source.load?.([path])
  return source.read(path)
}

async function commitBase(
  ctx: DiffContext,
  rev: string,
  lazyOctokit: () => GitHubClient,
): Promise<CommitBase> {
  const options: SideOptions = {
    exclude: ctx.inputs.exclude,
    only: ctx.only,
    offline: ctx.inputs.offline,
    mavenRepositories: ctx.inputs.mavenRepositories,
  }
  let gitProblem: string
  try {
    const { commit, fetched } = await ensureCommit(ctx.root, rev)
    if (fetched) core.info(`fetched the base commit ${commit} from origin (depth 1)`)
    const side = await readCommitSide(ctx.root, commit, options)
    return {
      side,
      readFile: async (path) => readFrom(await gitSource(ctx.workspace, commit), path),
    }
  } catch (err) {
    gitProblem = errorText(err)
    core.info(`git cannot serve the base ${rev} (${gitProblem}); reading it through the GitHub API`)
  }
  if (!ctx.inputs.token) throw new Error(`git: ${gitProblem}; GitHub API: no github-token`)
  const { owner, repo } = ctx.event.repo
  try {
    const octokit = lazyOctokit()
    const source = await apiSource(octokit, owner, repo, rev, { root: ctx.prefix })
    const side = await readSourceSide(source, `commit ${source.commit.slice(0, 12)}`, options, source.commit)
    side.description += ' (through the GitHub API)'
    return {
      side,
      readFile: async (path) =>
        readFrom(ctx.prefix === '' ? source : await apiSource(octokit, owner, repo, rev), path),
    }
  } catch (err) {
    throw new Error(`git: ${gitProblem}; GitHub API: ${errorText(err)}`, { cause: err })
  }
}

/**
 * The policy: the config file from the trusted commit (the base) when there is one, so that a pull request
 * cannot weaken the policy that judges it; from the workspace only without one. Inputs win key by key.
 */
async function readPolicy(
  ctx: DiffContext,
  fromCommit: CommitBase | undefined,
  commitLabel: string | undefined,
): Promise<Policy> {
  const file = ctx.inputs.configFile
  let text: string | undefined
  let where: string
  if (fromCommit) {
    where = `the base (${commitLabel})`
    try {
      text = await fromCommit.readFile(file)
    } catch (err) {
      core.warning(
        `lockgraph: the policy config file ${file} could not be read from ${where} (${errorText(err)}); only the policy inputs apply`,
      )
    }
  } else {
    where = 'the workspace'
    try {
      text = readFileSync(join(ctx.workspace, file), 'utf8')
    } catch (err) {
      if (!isMissing(err)) throw err
    }
  }
  if (text === undefined) {
    const say = ctx.inputs.configFileSet ? core.warning : core.info
    say(`policy config file ${file}: not in ${where}`)
  } else core.info(`policy config file ${file}: read from ${where}`)

  if (fromCommit) {
    // The pull request's own version judges nothing yet, but it will once merged: say what is wrong with it.
    let mine: string | undefined
    try {
      mine = readFileSync(join(ctx.workspace, file), 'utf8')
    } catch {
      mine = undefined
    }
    if (mine !== undefined && mine !== text) {
      core.info(`${file} differs from the base's; the base's applies to this run`)
      try {
        loadPolicy(mine, {}, file)
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err
        for (const problem of err.problems)
          core.warning(`${problem} (this change's config file; it would apply once merged)`, { file })
      }
    }
  }
  try {
    return loadPolicy(text, ctx.inputs.policy, file)
  } catch (err) {
    if (err instanceof PolicyError)
      throw new InputError(`policy config (${file}, from ${where}): ${err.problems.join('; ')}`)
    throw err
  }
}

function footer(report: { base: Side; origin: string }, event: RunEvent): string {
  const head = event.headSha ? ` with ${codeSpan(event.headSha.slice(0, 12))}` : ''
  const base = report.base.commit
    ? `commit ${codeSpan(report.base.commit.slice(0, 12))}`
    : report.base.kind === 'sbom'
      ? 'an SBOM file'
      : report.base.description
  return `<sub>Compared ${base} (${report.origin})${head} · [workflow run](${event.runUrl})</sub>`
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/**
 * Reads the base and makes the diff, its files and its markdown. Undefined (with a log line or a warning) when
 * there is nothing to compare with: no base, or a base neither git nor the API could give.
 */
export async function prepareDiff(
  ctx: DiffContext,
  /** Bytes the diff may take in the job summary. */
  summaryBudget: number,
  lazyOctokit: () => GitHubClient,
): Promise<DiffReport | undefined> {
  const spec = findBase(ctx.inputs, ctx.event, ctx.workspace)
  if (spec.kind === 'none') {
    core.info(`no dependency diff: ${spec.reason}`)
    return undefined
  }

  let base: Side
  let origin: string
  let fromCommit: CommitBase | undefined
  let commitLabel: string | undefined
  if (spec.kind === 'sbom') {
    origin = 'input base-ref'
    try {
      base = readSbomSide(spec.file, spec.shownAs)
    } catch (err) {
      throw new InputError(`input base-ref: ${errorText(err)}`)
    }
    // The policy still comes from the event's base commit when there is one.
    if (ctx.event.baseSha) {
      try {
        fromCommit = await commitBase(ctx, ctx.event.baseSha, lazyOctokit)
        commitLabel = ctx.event.baseSha.slice(0, 12)
      } catch (err) {
        core.warning(
          `lockgraph: the base commit ${ctx.event.baseSha} could not be read for the policy config file (${errorText(err)})`,
        )
      }
    }
  } else {
    origin = spec.origin
    try {
      fromCommit = await commitBase(ctx, spec.rev, lazyOctokit)
    } catch (err) {
      core.warning(
        `lockgraph: no dependency diff: the base ${spec.rev} (${spec.origin}) could not be read (${errorText(err)})`,
      )
      return undefined
    }
    base = fromCommit.side
    commitLabel = base.commit?.slice(0, 12)
  }
  core.info(`base: ${base.description}, ${origin}; ${base.graph.packages.size} packages`)
  for (const issue of base.graph.issues)
    if (issue.severity !== 'info')
      core.info(
        `base ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.severity}: ${issue.message}`,
      )

  const policy = await readPolicy(ctx, fromCommit, commitLabel)
  const diff = diffGraphs(base.graph, ctx.head)
  const violations = evaluatePolicy(diff, policy)

  const files: string[] = []
  const write = (name: string, text: string): string => {
    const file = join(ctx.outputDir, name)
    writeFileSync(file, text)
    files.push(file)
    return file
  }
  const diffFile = write(DIFF_FILE, `${JSON.stringify(diffJson(diff, violations), null, 2)}\n`)

  const tail = footer({ base, origin }, ctx.event)
  const comment = renderMarkdownDetailed(diff, {
    marker: commentMarker(ctx.inputs.commentId),
    maxLength: COMMENT_LIMIT - bytes(tail) - 2,
    runUrl: ctx.event.runUrl,
    violations,
  })
  comment.markdown = `${comment.markdown.replace(/\n*$/, '\n')}\n${tail}`
  comment.bytes = bytes(comment.markdown)
  const commentFile = write(COMMENT_FILE, comment.markdown)

  // Room for the footer and the line saying where the whole list is.
  let summary = renderMarkdownDetailed(diff, { maxLength: summaryBudget - bytes(tail) - 512, violations })
  let fullFile: string | undefined
  if (summary.stage !== 'full') {
    const full = renderMarkdownDetailed(diff, { maxLength: Number.POSITIVE_INFINITY, violations })
    fullFile = write(FULL_MARKDOWN_FILE, full.markdown)
  }
  summary = { ...summary, markdown: `${summary.markdown.replace(/\n*$/, '\n')}\n${tail}\n` }
  return { base, origin, diff, violations, diffFile, commentFile, comment, summary, fullFile, files }
}

/** The pull request's head comes from a fork, in a `pull_request` run: its token is read-only. */
export function isForkPullRequest(event: RunEvent, env: NodeJS.ProcessEnv = process.env): boolean {
  if (event.name !== 'pull_request' || !env.GITHUB_EVENT_PATH) return false
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: {
        head?: { repo?: { full_name?: string } | null }
        base?: { repo?: { full_name?: string } }
      }
    }
    const pr = payload.pull_request
    const base = pr?.base?.repo?.full_name
    if (!pr || !base) return false
    const head = pr.head?.repo?.full_name
    return head === undefined || head.toLowerCase() !== base.toLowerCase()
  } catch {
    return false
  }
}

/** Writes or updates the sticky comment as the `comment` input says; never throws. */
export async function publishComment(
  report: DiffReport,
  ctx: DiffContext,
  lazyOctokit: () => GitHubClient,
): Promise<UpsertResult> {
  const { inputs, event } = ctx
  if (inputs.comment === 'never') return { action: 'skipped', reason: 'comment is "never"' }
  if (!event.isPullRequest) {
    const say = inputs.comment === 'always' ? core.info : core.debug
    say(`no pull-request comment: a ${event.name} run is not for a pull request`)
    return { action: 'skipped', reason: 'not a pull request' }
  }
  if (event.prNumber === undefined) {
    core.warning('lockgraph: the event payload has no pull request number: no comment')
    return { action: 'skipped', reason: 'no pull request number' }
  }
  if (inputs.comment === 'auto' && isForkPullRequest(event)) {
    core.notice(
      'lockgraph: no pull-request comment: this pull request comes from a fork, whose token cannot write comments. The diff is in the job summary and the artifact; see the workflow_run pattern in the README to comment anyway, or set comment: always.',
    )
    return { action: 'skipped', reason: 'pull request from a fork' }
  }
  if (!inputs.token) {
    core.warning('lockgraph: no github-token: no pull-request comment')
    return { action: 'failed', reason: 'no github-token' }
  }
  let octokit: GitHubClient
  try {
    octokit = lazyOctokit()
  } catch (err) {
    core.warning(`lockgraph: the pull request comment was not written (${errorText(err)})`)
    return { action: 'failed', reason: errorText(err) }
  }
  const result = await upsertComment(octokit, {
    owner: event.repo.owner,
    repo: event.repo.repo,
    issueNumber: event.prNumber,
    commentId: inputs.commentId,
    body: report.comment.markdown,
    mode: inputs.comment,
    hasChanges: report.diff.hasChanges,
    log: { warning: (m) => core.warning(m), info: (m) => core.info(m) },
  })
  if (result.action !== 'failed')
    core.info(
      `pull-request comment: ${result.action}${result.url ? ` ${result.url}` : ''}${result.reason ? ` (${result.reason})` : ''}`,
    )
  return result
}

/** The job summary's part for the diff; `fullAt` says where the whole markdown is when it did not fit. */
export function summaryMarkdown(report: DiffReport, fullAt: string | undefined): string {
  if (!report.fullFile) return report.summary.markdown
  return `${report.summary.markdown}\n_The whole list did not fit in the job summary: it is in ${fullAt ?? codeSpan(report.fullFile)}._\n`
}

const NAME_CHAR = /[A-Za-z0-9._-]/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The line of a lockfile where a package is, when it can be told: the first line naming it (as a whole name)
 * with its version on that line or one of the next few, as every lockfile format writes an entry. A version
 * written as a pin ("29.7.0", `==29.7.0`, `@29.7.0`) is looked for first, so that an entry wins over a range
 * that happens to hold the same text (`"jest": "^29.7.0"` in a dependency list).
 */
export function findPackageLine(text: string, name: string, version: string | undefined): number | undefined {
  const lines = text.split('\n')
  const nameAt = new RegExp(`(^|[^A-Za-z0-9._-])${escapeRegExp(name)}(?![A-Za-z0-9_/-]|\\.[A-Za-z0-9])`, 'i')
  const find = (versionAt: RegExp | undefined): number | undefined => {
    for (let i = 0; i < lines.length; i++) {
      if (!nameAt.test(lines[i])) continue
      if (!versionAt) return i + 1
      for (let j = i; j < Math.min(lines.length, i + 6); j++) if (versionAt.test(lines[j])) return i + 1
    }
    return undefined
  }
  if (version === undefined) return find(undefined)
  const v = escapeRegExp(version)
  return (
    find(new RegExp(`(^|["'\\s@=/:])${v}(?![A-Za-z0-9.])`)) ??
    find(new RegExp(`(^|[^A-Za-z0-9.])${v}(?![A-Za-z0-9.])`))
  )
}

/** Violations as annotations on the lockfile (and line, where it can be told): errors fail, others warn. */
export function annotateViolations(violations: readonly Violation[], ctx: DiffContext): void {
  const texts = new Map<string, string | undefined>()
  const textOf = (file: string): string | undefined => {
    if (!texts.has(file)) {
      let text: string | undefined
      try {
        text = readFileSync(join(ctx.root, file), 'utf8')
      } catch {
        text = undefined
      }
      texts.set(file, text)
    }
    return texts.get(file)
  }
  for (const v of violations) {
    const rel = v.file ?? v.manifest
    const text = NAME_CHAR.test(v.name) ? textOf(rel) : undefined
    const line = v.line ?? (text === undefined ? undefined : findPackageLine(text, v.name, v.version))
    const props = {
      file: ctx.prefix ? posix.join(ctx.prefix, rel) : rel,
      startLine: line,
      title: `lockgraph policy: ${v.rule}`,
    }
    if (v.severity === 'error') core.error(v.message, props)
    else core.warning(v.message, props)
  }
}

/** One line for setFailed, or undefined when the policy does not fail the check. */
export function policyFailure(violations: readonly Violation[]): string | undefined {
  if (!policyFails(violations)) return undefined
  const errors = violations.filter((v) => v.severity === 'error')
  const first = errors[0].message.replace(/\s+/g, ' ')
  return `dependency policy: ${errors.length} violation${errors.length === 1 ? '' : 's'}: ${first}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
}
