// Which SBOMs to write (formats and spec versions, as the CLI and the action ask for them), and writing them.
import type { Graph } from '../graph/graph.js'
import { FORMAT_IDS, sbomFormat, SBOM_FORMATS, type SbomFormat } from './formats.js'
import type { Subject } from './subject.js'

export interface SbomRequest {
  format: SbomFormat
  specVersion: string
}

/** A format list or spec version that cannot be written; the message says what can. */
export class FormatError extends Error {}

/** Splits "a,b" entries (repeatable flags, comma lists, newline lists) into format ids, in order, once each. */
export function formatList(values: readonly string[]): string[] {
  const ids = values.flatMap((v) => v.split(/[,\n]/)).map((v) => v.trim().toLowerCase())
  return [...new Set(ids.filter(Boolean))]
}

/**
 * The SBOMs to write. `specVersion` applies to every asked format that has it (1.5 → the CycloneDX ones, 2.3 →
 * SPDX 2.3); the others keep their default. A version no asked format has is an error, not silently ignored.
 */
export function resolveRequests(ids: readonly string[], specVersion?: string): SbomRequest[] {
  if (!ids.length) throw new FormatError(`no SBOM format given (supported: ${FORMAT_IDS.join(', ')})`)
  const requests = ids.map((id) => {
    const format = sbomFormat(id)
    if (!format) throw new FormatError(`unknown SBOM format "${id}" (supported: ${FORMAT_IDS.join(', ')})`)
    return { format, specVersion: format.defaultSpecVersion }
  })
  const version = specVersion?.trim()
  if (version) {
    const takers = requests.filter((r) => r.format.specVersions.includes(version))
    if (!takers.length) {
      const known = ids.map((id) => `${id}: ${sbomFormat(id)!.specVersions.join(', ')}`).join('; ')
      throw new FormatError(`spec version "${version}" is not one of the asked formats' (${known})`)
    }
    for (const r of takers) r.specVersion = version
  }
  return requests
}

/** Every format's default file name, for help texts. */
export function defaultFileNames(): string {
  return SBOM_FORMATS.map((f) => `${f.id} → ${f.fileName}`).join(', ')
}

/** Writes each requested SBOM of one graph; the writers share work (one `shared` map for the run). */
export async function renderSboms(
  graph: Graph,
  subject: Subject,
  requests: readonly SbomRequest[],
): Promise<Array<{ request: SbomRequest; text: string }>> {
  const shared = new Map<string, unknown>()
  const out = []
  for (const request of requests) {
    const write = await request.format.load()
    out.push({ request, text: write(graph, subject, { specVersion: request.specVersion, shared }) })
  }
  return out
}
