// What the workflow run is about, from the runner's environment and the event payload: which commits to compare.
import { readFileSync } from 'node:fs'

export interface RunEvent {
  /** GITHUB_EVENT_NAME */
  name: string
  repo: { owner: string; repo: string }
  /** Pull request number (pull_request, pull_request_target). */
  prNumber?: number
  /** Commit to compare against; undefined when there is none (a new branch, an event without a base). */
  baseSha?: string
  /** Commit of the changes: the pull request's head, the merge group's head, or GITHUB_SHA. */
  headSha?: string
  /** push: the commit the branch was at before; undefined for a new branch. */
  beforeSha?: string
  isPullRequest: boolean
  /** The run's page, for "see the summary" links. */
  runUrl: string
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/
/** push.before for a branch that did not exist. */
const NO_COMMIT = /^0+$/

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) && !NO_COMMIT.test(value) ? value : undefined
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/**
 * Reads the run's event. GITHUB_EVENT_PATH unset gives an event without a payload; a payload that is set but
 * cannot be read or is not JSON is an error (the runner always writes one).
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    let text: string
    try {
      text = readFileSync(env.GITHUB_EVENT_PATH, 'utf8')
    } catch (error) {
      throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`, {
        cause: error,
      })
    }
    try {
      payload = record(JSON.parse(text))
    } catch (error) {
      throw new Error(`the event payload ${env.GITHUB_EVENT_PATH} is not JSON: ${(error as Error).message}`, {
        cause: error,
      })
    }
  }

  const fullName =
    env.GITHUB_REPOSITORY || (record(payload.repository).full_name as string | undefined) || '/'
  const [owner = '', repo = ''] = fullName.split('/')
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const runUrl = `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`
  const event: RunEvent = {
    name,
    repo: { owner, repo },
    headSha: sha(env.GITHUB_SHA),
    isPullRequest: false,
    runUrl,
  }

  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = record(payload.pull_request)
    const number = pr.number ?? payload.number
    event.isPullRequest = true
    if (typeof number === 'number' && Number.isInteger(number) && number > 0) event.prNumber = number
    event.baseSha = sha(record(pr.base).sha)
    // GITHUB_SHA is the test merge commit (pull_request) or the base branch (pull_request_target).
    event.headSha = sha(record(pr.head).sha) ?? event.headSha
  } else if (name === 'merge_group') {
    const group = record(payload.merge_group)
    event.baseSha = sha(group.base_sha)
    event.headSha = sha(group.head_sha) ?? event.headSha
  } else if (name === 'push') {
    event.beforeSha = sha(payload.before)
    event.baseSha = event.beforeSha
    event.headSha = sha(payload.after) ?? event.headSha
  }
  return event
}
