// What every parser builds up while it reads one file, and turns into its ParseResult.
import { posix } from 'node:path'
import type { Issue, ParseInput, ParseResult, ParsedEdge, ParsedPackage, ParsedProject } from '../model.js'

export abstract class ResultBuilder {
  readonly packages: ParsedPackage[] = []
  readonly projects: ParsedProject[] = []
  readonly issues: Issue[] = []
  /** False once something was skipped or is unknown: the file does not give the full closure. */
  complete = true
  /** Folder of the file relative to the scan root ("" at the root). */
  readonly dir: string

  constructor(readonly input: ParseInput) {
    const dir = posix.dirname(input.path)
    this.dir = dir === '.' ? '' : dir
  }

  /** A path relative to the scan root, from parts relative to the file's folder ("" for the root). */
  rel(...parts: string[]): string {
    return posix
      .normalize(posix.join(this.dir, ...parts))
      .replace(/^\.\/?$/, '')
      .replace(/\/$/, '')
  }

  /** The ParseResult, with the edges however the reader keeps them. */
  protected finish(format: string, edges: ParsedEdge[]): ParseResult {
    return {
      format,
      projects: this.projects,
      packages: this.packages,
      edges,
      issues: this.issues,
      complete: this.complete,
    }
  }
}
