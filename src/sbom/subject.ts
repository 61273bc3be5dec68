// What an SBOM describes: the repository (or folder) that was scanned, and when.
import { basename } from 'node:path'

export interface Subject {
  /** "owner/repo" or the folder name. */
  name: string
  /** The commit, when known. */
  version?: string
  /** Who the SBOM is by: the repository's owner when known (GITHUB_REPOSITORY_OWNER, or the owner in GITHUB_REPOSITORY). */
  author?: string
  /** Time of the SBOM: SOURCE_DATE_EPOCH when set, else now. */
  timestamp: Date
}

export function subjectFor(root: string, env: NodeJS.ProcessEnv = process.env): Subject {
  const epoch = env.SOURCE_DATE_EPOCH
  const timestamp = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()
  timestamp.setMilliseconds(0)
  return {
    name: env.GITHUB_REPOSITORY || basename(root) || 'root',
    version: env.GITHUB_SHA || undefined,
    author: env.GITHUB_REPOSITORY_OWNER || env.GITHUB_REPOSITORY?.split('/')[0] || undefined,
    timestamp,
  }
}
