// One sticky comment per pull request and comment-id: found by its hidden marker and its author (the token's own
// identity), updated in place. Failures are warnings: the summary, outputs and artifact do not depend on it.
import type { GitHubClient } from './octokit.js'

export type CommentMode = 'auto' | 'always' | 'on-change' | 'never'

export const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'on-change', 'never']

/** GitHub's limit for an issue comment body, in characters (code points), the marker included. */
export const COMMENT_LIMIT = 65536

/** Who comments made with the workflow's GITHUB_TOKEN are by. */
export const ACTIONS_BOT = 'github-actions[bot]'

const COMMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/**
 * The hidden line that marks lockgraph's comment for one comment-id. The posted body is the body as given when it
 * already holds the marker; otherwise the marker, a newline, then the body: a renderer that leaves the marker to
 * upsertComment has COMMENT_LIMIT − (marker length + 1) characters.
 */
export function commentMarker(commentId = 'lockgraph'): string {
  if (!COMMENT_ID.test(commentId))
    throw new Error(
      `comment-id "${commentId}" must be letters, digits, ".", "_" or "-" (at most 100, starting with a letter or digit)`,
    )
  return `<!-- lockgraph:sticky:${commentId} -->`
}

/** The exact text posted for `body` (see commentMarker). */
export function stickyBody(commentId: string, body: string): string {
  const marker = commentMarker(commentId)
  return body.includes(marker) ? body : `${marker}\n${body}`
}

export interface CommentLog {
  warning(message: string): void
  info?(message: string): void
}

export interface UpsertCommentOptions {
  owner: string
  repo: string
  issueNumber: number
  /** Default "lockgraph"; two workflows with different ids keep two comments. */
  commentId?: string
  body: string
  /** `auto` comments like `always`: the caller only asks on pull requests. */
  mode: CommentMode
  /** Whether the diff has any change (for `on-change`). */
  hasChanges: boolean
  log: CommentLog
  /**
   * Login the token comments as, when GET /user cannot tell: a GitHub App's installation token comments as
   * "<app-slug>[bot]". Default: GET /user, or github-actions[bot] when the token is an installation token.
   */
  author?: string
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'skipped' | 'failed'
  /** The comment's html_url (also when skipped because it was already up to date). */
  url?: string
  reason?: string
}

interface IssueComment {
  id: number
  body?: string
  html_url: string
  user: { login: string } | null
}

// One identity lookup per client: a run that keeps two comments asks once.
const identities = new WeakMap<GitHubClient, Promise<string>>()

/**
 * The login comments made with this client's token are by. A personal access token answers GET /user; an
 * installation token (GITHUB_TOKEN, a GitHub App) is refused with 403 "Resource not accessible by integration",
 * and GITHUB_TOKEN comments as github-actions[bot].
 */
export function tokenLogin(octokit: GitHubClient): Promise<string> {
  let login = identities.get(octokit)
  if (!login) {
    login = octokit.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (error: unknown) => {
        if (statusOf(error) === 403) return ACTIONS_BOT
        identities.delete(octokit)
        throw error
      },
    )
    identities.set(octokit, login)
  }
  return login
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

function describe(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  const text = status === undefined ? message : `HTTP ${status}: ${message}`
  if (status === 403)
    return `${text} (the token cannot write comments: pull requests from forks get a read-only token; see the workflow_run pattern in the README)`
  return text
}

/** The oldest comment carrying the marker and written by `login`: the one kept up to date. */
async function findComment(
  octokit: GitHubClient,
  options: UpsertCommentOptions,
  marker: string,
  login: string,
): Promise<IssueComment | undefined> {
  const wanted = login.toLowerCase()
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    const found = (page.data as IssueComment[]).find(
      (c) => c.user?.login.toLowerCase() === wanted && (c.body ?? '').includes(marker),
    )
    if (found) return found
  }
  return undefined
}

/** Creates or updates the sticky comment; never throws. */
export async function upsertComment(
  octokit: GitHubClient,
  options: UpsertCommentOptions,
): Promise<UpsertResult> {
  if (options.mode === 'never') return { action: 'skipped', reason: 'comment is "never"' }
  let step = 'preparing the comment'
  try {
    const commentId = options.commentId ?? 'lockgraph'
    const marker = commentMarker(commentId)
    const body = stickyBody(commentId, options.body)
    step = 'learning who the token is'
    const login = options.author ?? (await tokenLogin(octokit))
    step = 'looking for the earlier comment'
    const existing = await findComment(octokit, options, marker, login)
    const target = { owner: options.owner, repo: options.repo }
    if (!existing) {
      if (options.mode === 'on-change' && !options.hasChanges)
        return { action: 'skipped', reason: 'no dependency changes and no earlier comment to update' }
      step = 'creating the comment'
      const { data } = await octokit.rest.issues.createComment({
        ...target,
        issue_number: options.issueNumber,
        body,
      })
      return { action: 'created', url: data.html_url }
    }
    if (existing.body === body)
      return { action: 'skipped', url: existing.html_url, reason: 'the comment is already up to date' }
    step = `updating comment ${existing.id}`
    const { data } = await octokit.rest.issues.updateComment({ ...target, comment_id: existing.id, body })
    return { action: 'updated', url: data.html_url }
  } catch (error) {
    const reason = `${step}: ${describe(error)}`
    options.log.warning(`lockgraph: the pull request comment was not written (${reason})`)
    return { action: 'failed', reason }
  }
}
