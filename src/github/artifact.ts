// Uploads the SBOM files as one workflow artifact. Artifact names are unique per workflow run: when two jobs
// (a matrix) use the same name, the later one gets the job name and then a number appended.
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'

export interface Uploaded {
  name: string
  id?: number
  size: number
}

function isNameConflict(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err)
  return /already[ _]exists|conflict|\b409\b/i.test(text)
}

export function candidateNames(name: string, job: string | undefined): string[] {
  const suffix = job ? `${name}-${job}` : name
  const names = [name]
  if (job) names.push(suffix)
  for (let n = 2; n <= 10; n++) names.push(`${suffix}-${n}`)
  return names
}

export async function uploadSbom(name: string, files: string[], rootDirectory: string): Promise<Uploaded> {
  const client = new DefaultArtifactClient()
  let lastError: unknown
  for (const candidate of candidateNames(name, process.env.GITHUB_JOB)) {
    try {
      const { id, size } = await client.uploadArtifact(candidate, files, rootDirectory)
      return { name: candidate, id, size: size ?? 0 }
    } catch (err) {
      if (!isNameConflict(err)) throw err
      core.info(`artifact name "${candidate}" is taken in this run; trying another`)
      lastError = err
    }
  }
  throw lastError
}
