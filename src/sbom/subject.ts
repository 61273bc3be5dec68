// What an SBOM describes: the repository (or folder) that was scanned, and when.
import { basename } from 'node:path'

export interface Subject {
  /** "owner/repo" or the folder name. */
  name: string
  /** The commit, when known. */
  version?: string
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
    timestamp,
  }
}
