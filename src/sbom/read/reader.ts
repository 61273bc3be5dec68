// What the CycloneDX JSON and XML readers share: the document's version, and failing with the file and place.
import { SbomReadError } from './types.js'

export class BaseReader {
  /** Version as a number for comparisons: 1.2 → 2, 1.7 → 7. */
  readonly minor: number

  constructor(
    readonly file: string,
    readonly version: string,
  ) {
    this.minor = Number(version.slice(2))
  }

  fail(path: string, message: string): never {
    throw new SbomReadError(this.file, `${path}: ${message}`)
  }
}
