// The data that flows through the pipeline: parsers produce ParseResults, the graph merges them.
// Nothing here does I/O.

/** purl type of a package: the ecosystem it belongs to. */
export type Ecosystem = 'npm' | 'pypi' | 'cargo' | 'maven' | 'composer' | 'gradle' | 'generic'

/**
 * How a package is needed. Merging takes the strongest: runtime > optional > peer > dev.
 * `optional` is installed when possible (npm optionalDependencies, devOptional);
 * `peer` is only in the tree because something declares it as a peer.
 */
export type Scope = 'runtime' | 'optional' | 'peer' | 'dev'

export const SCOPE_RANK: Record<Scope, number> = { runtime: 3, optional: 2, peer: 1, dev: 0 }

export function strongerScope(a: Scope, b: Scope): Scope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b
}

/** Where a package came from. */
export type SourceKind = 'registry' | 'git' | 'url' | 'path' | 'link'

export type HashAlg = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'

export interface Hash {
  alg: HashAlg
  /** lower-case hex */
  value: string
}

/** A package as one parser saw it in one file. */
export interface ParsedPackage {
  /** Identifier of this node inside its file (e.g. the node_modules path); used by edges. */
  id: string
  ecosystem: Ecosystem
  name: string
  /** Exact version; undefined when the file does not pin one. */
  version?: string
  purl: string
  scope: Scope
  hashes: Hash[]
  /** Resolved URL (tarball, git URL with commit) or path. */
  resolved?: string
  source: SourceKind
  /** License as the lockfile states it (not normalized here). */
  license?: string
  /** Name it is installed under when different from its real name (npm aliases). */
  alias?: string
  /** 1-based line of the entry in the file, where known. */
  line?: number
}

/** A requirement on the platform rather than on a package: Composer's php, ext-*, lib-*. */
export interface PlatformRequirement {
  name: string
  constraint: string
  scope: Scope
}

/** A project: the root of a lockfile or one workspace member. */
export interface ParsedProject {
  /** Identifier inside the file ("" for the root, the workspace folder for members). */
  id: string
  ecosystem: Ecosystem
  name: string
  version?: string
  /** purl of the project's own package, where it has one. */
  purl?: string
  /** Path of the project's manifest (package.json, Cargo.toml, ...) relative to the scan root. */
  manifest: string
  /** Folder of the project relative to the scan root ("" for the root). */
  dir: string
  /** What it requires of the platform it runs on (not packages). */
  platform?: PlatformRequirement[]
}

/** A dependency edge inside one file. `from`/`to` are ParsedPackage or ParsedProject ids. */
export interface ParsedEdge {
  from: string
  to: string
  /** How `from` declares `to`. */
  scope: Scope
}

export type Severity = 'error' | 'warning' | 'info'

/** A problem found while reading a file. */
export interface Issue {
  file: string
  line?: number
  severity: Severity
  message: string
}

export interface ParseResult {
  /** The file's format, e.g. "package-lock.json v3". */
  format: string
  projects: ParsedProject[]
  packages: ParsedPackage[]
  edges: ParsedEdge[]
  issues: Issue[]
  /** False when the file does not give the full closure (entries skipped, edges unknown, ...). */
  complete: boolean
}

/** Read-only view of the files being scanned: the working tree, or a git commit later on. */
export interface FileSource {
  /** Text of a file relative to the scan root (posix separators), or undefined if absent. */
  read(path: string): string | undefined
  /** Names of the sub-folders of a folder relative to the scan root ("" for the root); [] if absent. */
  listDirs?(dir: string): string[]
}

/** What a parser gets: the file, and read access to its neighbours (package.json next to a lockfile). */
export interface ParseInput {
  /** Path relative to the scan root, posix separators. */
  path: string
  text: string
  files: FileSource
}

/** A parser is a pure function of its input. It reports problems as issues and never throws for bad input. */
export type Parser = (input: ParseInput) => ParseResult

/** Thrown by parsers for a file that cannot be read at all; the pipeline turns it into one issue. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
    this.name = 'ParseError'
  }
}
