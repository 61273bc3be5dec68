// A small, stateful stand-in for GitHub on 127.0.0.1, for the parts lockgraph talks to:
//
// - the Actions results service (Twirp JSON) that @actions/artifact 6.2.1 calls to create, finalize,
//   list and download artifacts; the artifact bytes go to azurite through the signed URLs it hands out;
// - REST API basics: repository, issue comments (pagination, edit, size limit), GET /user, with
//   GitHub's answers for bad tokens (401), read-only tokens (403), validation (422) and 404;
// - git data: a commit's tree (recursive, with the `truncated` flag) and blobs (base64), for commits
//   seeded with addCommit;
// - injected failures with headers: a 5xx, or a rate limit with retry-after / x-ratelimit-reset.
//
// Everything it knows is in `state`, which tests may read and seed directly.

import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Azurite } from './azurite.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
const DOCS = 'https://docs.github.com/rest'
/** GitHub's limit for issue and pull request comment bodies (in characters). */
export const COMMENT_BODY_MAX = 65536

// ---------------------------------------------------------------------------------------------
// Runtime token (ACTIONS_RUNTIME_TOKEN)

/**
 * An unsigned JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN. @actions/artifact decodes it
 * without checking the signature and reads the backend ids from the `scp` claim
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`.
 */
export function makeRuntimeToken(runBackendId: string, jobBackendId: string): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const header = { typ: 'JWT', alg: 'none' }
  const payload = {
    scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:lockgraph-tests',
    nbf: now - 60,
    iat: now - 60,
    exp: now + 6 * 3600,
  }
  return `${encode(header)}.${encode(payload)}.`
}

/** The backend ids in a runtime token, or undefined when it is not one. */
export function readRuntimeToken(token: string): { runBackendId: string; jobBackendId: string } | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  const scp = (payload as { scp?: unknown }).scp
  if (typeof scp !== 'string') return undefined
  for (const scope of scp.split(' ')) {
    const [kind, runBackendId, jobBackendId, ...rest] = scope.split(':')
    if (kind === 'Actions.Results' && runBackendId && jobBackendId && rest.length === 0) {
      return { runBackendId, jobBackendId }
    }
  }
  return undefined
}

/** A stable UUID-shaped id derived from a string (e.g. a GITHUB_RUN_ID). */
export function backendIdFor(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

// ---------------------------------------------------------------------------------------------
// State

export interface Account {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

/** The app GITHUB_TOKEN belongs to: comments made with it are authored by github-actions[bot]. */
export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

export interface TokenRecord {
  token: string
  /** Who the API says made a change with this token. */
  account: Account
  /**
   * `installation` behaves like GITHUB_TOKEN or a GitHub App token (GET /user is 403 "Resource not
   * accessible by integration"); `user` like a personal access token.
   */
  kind: 'installation' | 'user'
  /** Writes answer 403, as with GITHUB_TOKEN in a pull request from a fork. */
  readOnly: boolean
}

export interface RepoRecord {
  id: number
  owner: Account
  name: string
  private: boolean
  default_branch: string
}

export interface CommentRecord {
  id: number
  /** "owner/name" of the repository, as stored in state.repos */
  repo: string
  issue_number: number
  body: string
  user: Account
  author_association: string
  created_at: string
  updated_at: string
  /** Whether it was made through an installation token (shown as performed_via_github_app). */
  via_app: boolean
}

export interface ArtifactRecord {
  id: number
  name: string
  runBackendId: string
  jobBackendId: string
  container: string
  /** Blob path inside the container. */
  blob: string
  mimeType?: string
  version?: number
  expiresAt?: string
  createdAt: string
  finalized: boolean
  /** Size the client reported in FinalizeArtifact. */
  size?: number
  /** Size of the blob azurite holds at finalization. */
  blobSize?: number
  /** "sha256:<hex>" as the client reported it. */
  digest?: string
  deleted: boolean
}

export interface RequestRecord {
  method: string
  /** Path with query, as received. */
  url: string
  status: number
  /** For Twirp calls, the method name (CreateArtifact, ...). */
  twirp?: string
  /** For Twirp calls, the run backend id from the runtime token. */
  runBackendId?: string
  /** For REST calls, the token used (undefined: anonymous). */
  token?: string
  userAgent?: string
}

export interface Failure {
  method?: string
  /** Matched against the path without the query string. */
  path: string | RegExp
  status: number
  body?: unknown
  /** Response headers, e.g. retry-after, x-ratelimit-remaining and x-ratelimit-reset for rate limits. */
  headers?: Record<string, string>
  /** How many requests it applies to; default 1. */
  times?: number
}

export interface GitHubState {
  /** By lower-cased "owner/name". */
  repos: Map<string, RepoRecord>
  tokens: Map<string, TokenRecord>
  comments: CommentRecord[]
  artifacts: ArtifactRecord[]
  requests: RequestRecord[]
  /** Answers injected by tests, consumed first-match-first. */
  failures: Failure[]
  nextId: number
  /** Commits seeded with addCommit, by "owner/name@sha" (lower-case owner/name). */
  commits: Map<string, CommitRecord>
  /** Blob contents by git blob id. */
  blobs: Map<string, Buffer>
}

/** A file of a seeded commit: its text, or a symbolic link to a target path. */
export type SeedFile = string | Buffer | { link: string }

export interface CommitRecord {
  sha: string
  /** Entries as GET /git/trees/{sha}?recursive=1 lists them (folders included). */
  tree: Array<{ path: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }>
  /** Answer truncated: true, as GitHub does for trees over 100,000 entries or 7 MB. */
  truncated: boolean
}

export interface GitHubApiOptions {
  /** Where artifact uploads go. Without it, CreateArtifact answers a non-retryable error. */
  azurite?: Azurite
  /** The repository that exists, "owner/name". Default acme/storefront. */
  repository?: string
  /** The GITHUB_TOKEN-like token (installation, github-actions[bot]). */
  token?: string
  /** Container the artifacts are uploaded to. */
  container?: string
}

export interface SeedComment {
  /** Default: the main repository */
  repo?: string
  issue: number
  body: string
  user: string | Partial<Account>
  author_association?: string
  created_at?: string
}

export interface GitHubApi {
  /** http://127.0.0.1:<port> (GITHUB_API_URL; ACTIONS_RESULTS_URL is the same origin) */
  url: string
  state: GitHubState
  /** The default installation token (GITHUB_TOKEN). */
  token: string
  repository: string
  addToken(
    token: string,
    options?: { login?: string; type?: Account['type']; kind?: TokenRecord['kind']; readOnly?: boolean },
  ): TokenRecord
  setReadOnly(token: string, readOnly: boolean): void
  addRepo(fullName: string, options?: { private?: boolean; ownerType?: Account['type'] }): RepoRecord
  seedComment(comment: SeedComment): CommentRecord
  /** Comments on one issue as the API would list them. */
  listComments(issue: number, repo?: string): CommentRecord[]
  /** Makes the next matching request(s) answer `status` with `body`. */
  failNext(failure: Failure): void
  /**
   * Seeds a commit's files (paths from the top of the repository) for the git data endpoints; returns its sha
   * (derived from the content, or `options.sha`).
   */
  addCommit(
    files: Record<string, SeedFile>,
    options?: { repo?: string; sha?: string; truncated?: boolean },
  ): string
  /** Artifacts that were finalized (and not deleted), optionally only those of one run. */
  artifacts(runBackendId?: string): ArtifactRecord[]
  /** Downloads an artifact's zip from azurite. */
  artifactZip(artifact: ArtifactRecord): Promise<Buffer>
  stop(): Promise<void>
}

// ---------------------------------------------------------------------------------------------
// Server

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`)
  }
}

function restError(status: number, message: string, extra: Record<string, unknown> = {}): HttpError {
  return new HttpError(status, { message, ...extra, documentation_url: DOCS, status: String(status) })
}

class Created {
  constructor(readonly body: unknown) {}
}

class NoContent {}

const notFound = (): HttpError => restError(404, 'Not Found')

// Twirp error codes and the HTTP status each maps to (twirp spec v7).
const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503,
}

function twirpError(code: string, msg: string): HttpError {
  return new HttpError(TWIRP_STATUS[code] ?? 500, { code, msg })
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`lockgraph-test-${id}`).toString('base64url')}`
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const repository = options.repository ?? 'acme/storefront'
  const container = options.container ?? 'actions-results'
  const azurite = options.azurite
  if (azurite) await azurite.createContainer(container)

  const state: GitHubState = {
    repos: new Map(),
    tokens: new Map(),
    comments: [],
    artifacts: [],
    requests: [],
    failures: [],
    nextId: 1000,
    commits: new Map(),
    blobs: new Map(),
  }
  const newId = (): number => state.nextId++
  let baseUrl = ''
  const accounts = new Map<string, Account>([[GITHUB_ACTIONS_BOT.login.toLowerCase(), GITHUB_ACTIONS_BOT]])

  function account(login: string, type: Account['type'] = 'User'): Account {
    const key = login.toLowerCase()
    let found = accounts.get(key)
    if (!found) {
      found = { login, id: newId(), type }
      accounts.set(key, found)
    }
    return found
  }

  function addToken(
    token: string,
    opts: { login?: string; type?: Account['type']; kind?: TokenRecord['kind']; readOnly?: boolean } = {},
  ): TokenRecord {
    const kind = opts.kind ?? (opts.login === undefined ? 'installation' : 'user')
    const who = opts.login === undefined ? GITHUB_ACTIONS_BOT : account(opts.login, opts.type ?? 'User')
    const record: TokenRecord = { token, account: who, kind, readOnly: opts.readOnly ?? false }
    state.tokens.set(token, record)
    return record
  }

  function addRepo(
    fullName: string,
    opts: { private?: boolean; ownerType?: Account['type'] } = {},
  ): RepoRecord {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`repository must be owner/name: ${fullName}`)
    const record: RepoRecord = {
      id: newId(),
      owner: account(owner, opts.ownerType ?? 'Organization'),
      name,
      private: opts.private ?? false,
      default_branch: 'main',
    }
    state.repos.set(fullName.toLowerCase(), record)
    return record
  }

  const mainToken = options.token ?? 'ghs_lockgraphTestInstallationToken0001'
  addToken(mainToken)
  addRepo(repository)

  function repoKey(repo: RepoRecord): string {
    return `${repo.owner.login}/${repo.name}`.toLowerCase()
  }

  function seedComment(seed: SeedComment): CommentRecord {
    const repo = state.repos.get((seed.repo ?? repository).toLowerCase())
    if (!repo) throw new Error(`unknown repository ${seed.repo}`)
    const user =
      typeof seed.user === 'string'
        ? account(seed.user)
        : { ...account(seed.user.login ?? 'octocat', seed.user.type ?? 'User'), ...seed.user }
    const created = seed.created_at ?? now()
    const comment: CommentRecord = {
      id: newId(),
      repo: repoKey(repo),
      issue_number: seed.issue,
      body: seed.body,
      user,
      author_association: seed.author_association ?? 'NONE',
      created_at: created,
      updated_at: created,
      via_app: false,
    }
    state.comments.push(comment)
    return comment
  }

  function listComments(issue: number, repo = repository): CommentRecord[] {
    const key = repo.toLowerCase()
    return state.comments
      .filter((c) => c.repo === key && c.issue_number === issue)
      .sort((a, b) => a.id - b.id)
  }

  function gitHash(type: string, content: Buffer): string {
    return createHash('sha1')
      .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
      .digest('hex')
  }

  function addCommit(
    files: Record<string, SeedFile>,
    opts: { repo?: string; sha?: string; truncated?: boolean } = {},
  ): string {
    const key = (opts.repo ?? repository).toLowerCase()
    if (!state.repos.has(key)) throw new Error(`unknown repository ${opts.repo}`)
    const tree: CommitRecord['tree'] = []
    const folders = new Set<string>()
    for (const [path, file] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const parts = path.split('/')
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'))
      const content =
        typeof file === 'string' ? Buffer.from(file) : Buffer.isBuffer(file) ? file : Buffer.from(file.link)
      const sha = gitHash('blob', content)
      state.blobs.set(sha, content)
      const mode = typeof file === 'object' && !Buffer.isBuffer(file) ? '120000' : '100644'
      tree.push({ path, mode, type: 'blob', sha, size: content.length })
    }
    for (const folder of folders)
      tree.push({ path: folder, mode: '040000', type: 'tree', sha: gitHash('tree', Buffer.from(folder)) })
    tree.sort((a, b) => (a.path < b.path ? -1 : 1))
    const sha = opts.sha ?? gitHash('commit', Buffer.from(JSON.stringify(tree)))
    state.commits.set(`${key}@${sha}`, { sha, tree, truncated: opts.truncated ?? false })
    return sha
  }

  // --- JSON views -------------------------------------------------------------------------------

  function accountJson(who: Account): Record<string, unknown> {
    const login = encodeURIComponent(who.login)
    return {
      login: who.login,
      id: who.id,
      node_id: nodeId(who.type === 'Bot' ? 'BOT' : 'U', who.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${who.id}?v=4`,
      url: `${baseUrl}/users/${login}`,
      html_url:
        who.type === 'Bot'
          ? `https://github.com/apps/${login.replace('%5Bbot%5D', '')}`
          : `https://github.com/${login}`,
      type: who.type,
      site_admin: false,
    }
  }

  function repoJson(repo: RepoRecord): Record<string, unknown> {
    const full = `${repo.owner.login}/${repo.name}`
    return {
      id: repo.id,
      node_id: nodeId('R', repo.id),
      name: repo.name,
      full_name: full,
      owner: accountJson(repo.owner),
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      html_url: `https://github.com/${full}`,
      url: `${baseUrl}/repos/${full}`,
      fork: false,
      default_branch: repo.default_branch,
      archived: false,
      disabled: false,
    }
  }

  function commentJson(comment: CommentRecord): Record<string, unknown> {
    const repo = state.repos.get(comment.repo)
    const full = repo ? `${repo.owner.login}/${repo.name}` : comment.repo
    return {
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${baseUrl}/repos/${full}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${full}/issues/${comment.issue_number}#issuecomment-${comment.id}`,
      issue_url: `${baseUrl}/repos/${full}/issues/${comment.issue_number}`,
      body: comment.body,
      user: accountJson(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: comment.author_association,
      performed_via_github_app: comment.via_app
        ? { id: 15368, slug: 'github-actions', node_id: 'MDM6QXBwMTUzNjg=', name: 'GitHub Actions' }
        : null,
    }
  }

  // --- REST -----------------------------------------------------------------------------------

  interface RestContext {
    method: string
    segments: string[]
    query: URLSearchParams
    token?: TokenRecord
    body: () => Record<string, unknown>
    res: ServerResponse
  }

  function findRepo(owner: string, name: string, ctx: RestContext): RepoRecord {
    const repo = state.repos.get(`${owner}/${name}`.toLowerCase())
    // A private repository is a 404 to anyone without access, like on GitHub.
    if (!repo || (repo.private && !ctx.token)) throw notFound()
    return repo
  }

  function requireWrite(ctx: RestContext): TokenRecord {
    if (!ctx.token) throw restError(401, 'Requires authentication')
    if (ctx.token.readOnly) throw restError(403, 'Resource not accessible by integration')
    return ctx.token
  }

  function commentBody(ctx: RestContext, docs: string): string {
    const body = ctx.body().body
    if (body === undefined || body === null) {
      throw restError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', { documentation_url: docs })
    }
    if (typeof body !== 'string') {
      throw restError(
        422,
        `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(body)} is not a string.`,
      )
    }
    // GitHub counts characters (code points), not UTF-16 units or bytes.
    if ([...body].length > COMMENT_BODY_MAX) {
      throw restError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${COMMENT_BODY_MAX} characters)`,
          },
        ],
      })
    }
    return body
  }

  function paginate(ctx: RestContext, items: unknown[], path: string): unknown[] {
    const perPageRaw = Number.parseInt(ctx.query.get('per_page') ?? '', 10)
    const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30
    const pageRaw = Number.parseInt(ctx.query.get('page') ?? '', 10)
    const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (p: number, rel: string): string => {
      const query = new URLSearchParams(ctx.query)
      query.set('per_page', String(perPage))
      query.set('page', String(p))
      return `<${baseUrl}${path}?${query}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    if (links.length > 0) ctx.res.setHeader('Link', links.join(', '))
    return items.slice((page - 1) * perPage, page * perPage)
  }

  function issueCommentsRoute(
    ctx: RestContext,
    repo: RepoRecord,
    issue: string,
    pathForLinks: string,
  ): unknown {
    const number = Number(issue)
    if (!/^\d+$/.test(issue) || number < 1) throw notFound()
    if (ctx.method === 'GET') {
      return paginate(ctx, listComments(number, repoKey(repo)).map(commentJson), pathForLinks)
    }
    if (ctx.method === 'POST') {
      const token = requireWrite(ctx)
      const body = commentBody(ctx, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment')
      const created = now()
      const comment: CommentRecord = {
        id: newId(),
        repo: repoKey(repo),
        issue_number: number,
        body,
        user: token.account,
        author_association: token.kind === 'installation' ? 'NONE' : 'MEMBER',
        created_at: created,
        updated_at: created,
        via_app: token.kind === 'installation',
      }
      state.comments.push(comment)
      return new Created(commentJson(comment))
    }
    throw notFound()
  }

  function commentRoute(ctx: RestContext, repo: RepoRecord, id: string): unknown {
    const comment = state.comments.find((c) => String(c.id) === id && c.repo === repoKey(repo))
    if (!comment) throw notFound()
    if (ctx.method === 'GET') return commentJson(comment)
    if (ctx.method === 'PATCH') {
      requireWrite(ctx)
      comment.body = commentBody(ctx, 'https://docs.github.com/rest/issues/comments#update-an-issue-comment')
      comment.updated_at = now()
      return commentJson(comment)
    }
    if (ctx.method === 'DELETE') {
      requireWrite(ctx)
      state.comments.splice(state.comments.indexOf(comment), 1)
      return new NoContent()
    }
    throw notFound()
  }

  function gitRoute(ctx: RestContext, repo: RepoRecord, tail: string[]): unknown {
    const full = `${repo.owner.login}/${repo.name}`
    if (tail[1] === 'trees') {
      const commit = state.commits.get(`${repoKey(repo)}@${tail[2]}`)
      if (!commit) throw notFound()
      const recursive = ctx.query.has('recursive')
      return {
        sha: commit.sha,
        url: `${baseUrl}/repos/${full}/git/trees/${commit.sha}`,
        tree: commit.tree
          .filter((e) => recursive || !e.path.includes('/'))
          .map((e) => ({ ...e, url: `${baseUrl}/repos/${full}/git/${e.type}s/${e.sha}` })),
        truncated: commit.truncated,
      }
    }
    if (tail[1] === 'blobs') {
      const content = state.blobs.get(tail[2])
      if (!content) throw notFound()
      return {
        sha: tail[2],
        node_id: nodeId('B', content.length),
        size: content.length,
        url: `${baseUrl}/repos/${full}/git/blobs/${tail[2]}`,
        // GitHub wraps the base64 text at 60 characters
        content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        encoding: 'base64',
      }
    }
    throw notFound()
  }

  function rest(ctx: RestContext): unknown {
    const s = ctx.segments
    if (s[0] === 'user' && s.length === 1 && ctx.method === 'GET') {
      if (!ctx.token) throw restError(401, 'Requires authentication')
      if (ctx.token.kind === 'installation') {
        throw restError(403, 'Resource not accessible by integration', {
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        })
      }
      return accountJson(ctx.token.account)
    }
    // /repositories/{id}/... is the form GitHub uses in Link headers.
    let repo: RepoRecord | undefined
    let tail: string[] = []
    if (s[0] === 'repos' && s.length >= 3) {
      repo = findRepo(s[1], s[2], ctx)
      tail = s.slice(3)
    } else if (s[0] === 'repositories' && s.length >= 2) {
      repo = [...state.repos.values()].find((r) => String(r.id) === s[1])
      if (!repo || (repo.private && !ctx.token)) throw notFound()
      tail = s.slice(2)
    }
    if (!repo) throw notFound()
    if (tail.length === 0 && ctx.method === 'GET') return repoJson(repo)
    if (tail[0] === 'issues' && tail.length === 3 && tail[2] === 'comments') {
      return issueCommentsRoute(ctx, repo, tail[1], `/repositories/${repo.id}/issues/${tail[1]}/comments`)
    }
    if (tail[0] === 'issues' && tail[1] === 'comments' && tail.length === 3) {
      return commentRoute(ctx, repo, tail[2])
    }
    if (tail[0] === 'git' && tail.length === 3 && ctx.method === 'GET') return gitRoute(ctx, repo, tail)
    throw notFound()
  }

  // --- Twirp (Actions results service) -----------------------------------------------------------

  function str(value: unknown): string {
    return typeof value === 'string' ? value : ''
  }

  function blobPathFor(runBackendId: string, jobBackendId: string, name: string): string {
    const hash = createHash('sha256').update(name).digest('hex')
    return `${runBackendId}/workflow-job-run-${jobBackendId}/artifacts/${hash}.zip`
  }

  function liveArtifacts(runBackendId?: string): ArtifactRecord[] {
    return state.artifacts.filter(
      (a) => !a.deleted && (runBackendId === undefined || a.runBackendId === runBackendId),
    )
  }

  async function twirp(
    method: string,
    req: IncomingMessage,
    raw: string,
    record: RequestRecord,
  ): Promise<unknown> {
    if (req.method !== 'POST')
      throw twirpError('bad_route', `unsupported method ${req.method} (only POST is allowed)`)
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim()
    if (contentType !== 'application/json')
      throw twirpError('bad_route', `unexpected Content-Type: "${contentType}"`)
    const auth = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')
    const ids = auth ? readRuntimeToken(auth[1]) : undefined
    if (!ids) throw twirpError('unauthenticated', 'missing or invalid runtime token')
    record.runBackendId = ids.runBackendId
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw || '{}') as Record<string, unknown>
    } catch {
      throw twirpError('malformed', 'the json request could not be decoded')
    }
    const run = str(body.workflow_run_backend_id)
    const job = str(body.workflow_job_run_backend_id)
    // Any job of the run may read its artifacts (download names the job that uploaded the artifact);
    // creating and finalizing act as the token's own job.
    const ownJob = method === 'CreateArtifact' || method === 'FinalizeArtifact'
    if (run !== ids.runBackendId || (ownJob && job !== ids.jobBackendId)) {
      throw twirpError('permission_denied', 'the backend ids do not match the runtime token')
    }
    const name = str(body.name)

    switch (method) {
      case 'CreateArtifact': {
        if (!name) throw twirpError('invalid_argument', 'name: value is required')
        if (!azurite)
          throw twirpError('failed_precondition', 'test server: no blob storage (start it with azurite)')
        if (liveArtifacts(run).some((a) => a.name === name)) {
          throw twirpError('already_exists', 'an artifact with this name already exists on the workflow run')
        }
        const artifact: ArtifactRecord = {
          id: newId(),
          name,
          runBackendId: run,
          jobBackendId: job,
          container,
          blob: blobPathFor(run, job, name),
          mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
          version: typeof body.version === 'number' ? body.version : undefined,
          expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
          createdAt: now(),
          finalized: false,
          deleted: false,
        }
        state.artifacts.push(artifact)
        return { ok: true, signed_upload_url: azurite.blobUrl(container, artifact.blob, 'cw') }
      }
      case 'FinalizeArtifact': {
        const artifact = liveArtifacts(run).find((a) => a.name === name && a.jobBackendId === job)
        if (!artifact) throw twirpError('not_found', 'artifact not found')
        if (artifact.finalized) throw twirpError('failed_precondition', 'artifact is already finalized')
        let blobSize: number
        try {
          blobSize = (await azurite!.download(container, artifact.blob)).length
        } catch {
          throw twirpError('failed_precondition', 'no upload found for the artifact')
        }
        artifact.finalized = true
        artifact.size = Number(body.size ?? 0)
        artifact.blobSize = blobSize
        artifact.digest = typeof body.hash === 'string' ? body.hash : undefined
        return { ok: true, artifact_id: String(artifact.id) }
      }
      case 'ListArtifacts': {
        const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined
        const idFilter = body.id_filter === undefined ? undefined : String(body.id_filter)
        const artifacts = liveArtifacts(run)
          .filter((a) => a.finalized)
          .filter((a) => nameFilter === undefined || a.name === nameFilter)
          .filter((a) => idFilter === undefined || String(a.id) === idFilter)
          .map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.createdAt,
            ...(a.digest ? { digest: a.digest } : {}),
          }))
        return { artifacts }
      }
      case 'GetSignedArtifactURL': {
        const artifact = liveArtifacts(run).find((a) => a.finalized && a.name === name)
        if (!artifact) throw twirpError('not_found', 'artifact not found')
        return { signed_url: azurite!.blobUrl(container, artifact.blob, 'r') }
      }
      case 'DeleteArtifact': {
        const artifact = liveArtifacts(run).find((a) => a.finalized && a.name === name)
        if (!artifact) throw twirpError('not_found', 'artifact not found')
        artifact.deleted = true
        return { ok: true, artifact_id: String(artifact.id) }
      }
      default:
        throw twirpError('bad_route', `no handler for path "${TWIRP_PREFIX}${method}"`)
    }
  }

  // --- dispatch -------------------------------------------------------------------------------

  function takeFailure(method: string, path: string): Failure | undefined {
    const index = state.failures.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
    )
    if (index < 0) return undefined
    const failure = state.failures[index]
    const times = (failure.times ?? 1) - 1
    if (times <= 0) state.failures.splice(index, 1)
    else failure.times = times
    return failure
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    res.statusCode = status
    res.setHeader('x-github-request-id', randomUUID().toUpperCase())
    if (body === undefined) {
      res.end()
      return
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(JSON.stringify(body))
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const record: RequestRecord = {
      method,
      url: req.url ?? '/',
      status: 0,
      userAgent: req.headers['user-agent'],
    }
    state.requests.push(record)

    try {
      const failure = takeFailure(method, url.pathname)
      if (failure) throw new HttpError(failure.status, failure.body, failure.headers)

      if (url.pathname.startsWith(TWIRP_PREFIX)) {
        record.twirp = url.pathname.slice(TWIRP_PREFIX.length)
        const result = await twirp(record.twirp, req, raw, record)
        record.status = 200
        send(res, 200, result)
        return
      }

      let token: TokenRecord | undefined
      const auth = req.headers.authorization
      if (auth) {
        const match = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)
        token = match ? state.tokens.get(match[1]) : undefined
        if (!token) throw restError(401, 'Bad credentials')
        record.token = token.token
      }
      let segments: string[]
      try {
        segments = url.pathname
          .split('/')
          .filter((segment) => segment !== '')
          .map((segment) => decodeURIComponent(segment))
      } catch {
        throw restError(400, 'Bad request: malformed path')
      }
      let parsed: Record<string, unknown> | undefined
      const ctx: RestContext = {
        method,
        segments,
        query: url.searchParams,
        token,
        res,
        body: () => {
          if (parsed) return parsed
          try {
            const value: unknown = raw ? JSON.parse(raw) : {}
            if (typeof value !== 'object' || value === null || Array.isArray(value))
              throw new Error('not an object')
            parsed = value as Record<string, unknown>
          } catch {
            throw restError(400, 'Problems parsing JSON')
          }
          return parsed
        },
      }
      res.setHeader('x-ratelimit-limit', '5000')
      res.setHeader('x-ratelimit-remaining', '4999')
      res.setHeader('x-ratelimit-resource', 'core')
      const result = rest(ctx)
      if (result instanceof NoContent) {
        record.status = 204
        send(res, 204, undefined)
      } else if (result instanceof Created) {
        record.status = 201
        send(res, 201, result.body)
      } else {
        record.status = 200
        send(res, 200, result)
      }
    } catch (error) {
      if (error instanceof HttpError) {
        for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value)
        record.status = error.status
        send(res, error.status, error.body)
      } else {
        record.status = 500
        send(res, 500, { message: `test server error: ${(error as Error).stack ?? String(error)}` })
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: String(error) })
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  baseUrl = `http://127.0.0.1:${port}`

  return {
    url: baseUrl,
    state,
    token: mainToken,
    repository,
    addToken,
    setReadOnly(token, readOnly) {
      const record = state.tokens.get(token)
      if (!record) throw new Error(`unknown token ${token}`)
      record.readOnly = readOnly
    },
    addRepo,
    seedComment,
    listComments,
    failNext(failure) {
      state.failures.push({ ...failure })
    },
    addCommit,
    artifacts(runBackendId) {
      return liveArtifacts(runBackendId).filter((a) => a.finalized)
    },
    async artifactZip(artifact) {
      if (!azurite) throw new Error('no azurite')
      return azurite.download(artifact.container, artifact.blob)
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
