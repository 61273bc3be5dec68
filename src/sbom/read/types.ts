// What an SBOM reader gives back: the graph it describes, and its subject, so it can be written again.
import type { Graph } from '../../graph/graph.js'
import type { SbomFormatId } from '../formats.js'
import type { Subject } from '../subject.js'

export interface ReadSbom {
  graph: Graph
  subject: Subject
  format: SbomFormatId
  /** The document's own spec version: "1.2" … "1.7", "2.2", "2.3", "3.0.1". */
  specVersion: string
  /** The tool that wrote it, as the document says ("lockgraph 0.1.0", "syft 1.2.0"), when it says. */
  tool?: string
}

/** An SBOM that cannot be read: not JSON / XML, not an SBOM, an unknown format or version, or invalid. */
export class SbomReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`)
    this.name = 'SbomReadError'
  }
}
