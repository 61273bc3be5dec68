// What the yarn classic and berry readers share: the result being built, projects, descriptors.
import type { Issue, ParseResult, ParsedEdge } from '../../model.js'
import { lineOf } from '../../util/text.js'
import { readManifest, type Manifest } from './manifest.js'
import type { SymlEntry } from './yarn-syml.js'
import { NpmResultBuilder } from './npm-result.js'

export class YarnLock extends NpmResultBuilder {
  readonly edges: ParsedEdge[] = []

  issue(severity: Issue['severity'], message: string, line?: number): void {
    this.issues.push({ file: this.input.path, line, severity, message })
  }

  private topLines?: Map<string, number>

  /** Line of an entry: known from the fast reader, else looked up among the top-level lines. */
  lineOf(entry: SymlEntry): number | undefined {
    if (entry.line !== undefined) return entry.line
    if (!this.topLines) {
      // Only after the YAML fallback read the file: one pass over the lines that start a key.
      this.topLines = new Map()
      const lines = this.input.text.split('\n')
      for (let i = 0; i < lines.length; i++) {
        const m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"][^:#]*)):/.exec(lines[i])
        const key = m && (m[1] ?? m[2]?.replaceAll("''", "'") ?? m[3].trimEnd())
        if (key && !this.topLines.has(key)) this.topLines.set(key, i + 1)
      }
    }
    const key = entry.keys.join(', ')
    return this.topLines.get(key) ?? lineOf(this.input.text, entry.keys[0])
  }

  /** A path relative to the scan root, from parts relative to the lockfile's folder. */

  /** The package.json of a project folder (relative to the lockfile's folder); undefined when absent. */
  manifest(dir: string): Manifest | undefined {
    return readManifest(this.input.files, this.rel(dir, 'package.json'), this.issues)
  }

  result(format: string): ParseResult {
    return this.finish(format, this.edges)
  }
}

/** "name@range" → name and range; scoped names keep their "@". Undefined when there is no name. */
export function splitDescriptor(descriptor: string): { name: string; range: string } | undefined {
  const at = descriptor.indexOf('@', 1)
  if (at === -1) return undefined
  const name = descriptor.slice(0, at)
  if (name.startsWith('@') ? !/^@[^/@\s]+\/[^/@\s]+$/.test(name) : /[/@\s]/.test(name)) return undefined
  return { name, range: descriptor.slice(at + 1) }
}

/** An npm alias range ("npm:real-name@^1"): the real name and its range; undefined for other ranges. */
export function npmAlias(range: string): { name: string; range: string } | undefined {
  if (!range.startsWith('npm:')) return undefined
  const target = splitDescriptor(range.slice(4))
  return target ?? undefined
}
