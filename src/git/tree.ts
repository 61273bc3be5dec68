// A commit's files as a folder tree, from a listing (git ls-tree, or the GitHub API's tree): discovery walks it
// like the disk, symbolic links included, and the text of files is loaded on demand.
import { posix } from 'node:path'
import { SKIPPED_DIRS, type FolderEntry, type FolderTree, type LinkTarget } from '../discover.js'
import type { ScanSource } from '../scan.js'

export interface TreeEntry {
  /** Path from the top of the repository, posix separators. */
  path: string
  /** `link`: a symbolic link (mode 120000), whose blob is its target; `submodule`: a gitlink (mode 160000). */
  kind: 'file' | 'link' | 'submodule'
  /** Object id: of the blob, or of the submodule's commit. */
  oid: string
}

/** Mode of a git tree entry to its kind; undefined for trees and anything unknown. */
export function kindOfMode(mode: string): TreeEntry['kind'] | undefined {
  if (mode === '100644' || mode === '100755' || mode === '100664') return 'file'
  if (mode === '120000') return 'link'
  if (mode === '160000') return 'submodule'
  return undefined
}

type Resolved = { kind: 'dir'; path: string } | { kind: 'entry'; path: string; entry: TreeEntry } | 'outside'

/** Links resolved in a row before a path is taken as dangling (Linux gives up at 40 as well). */
const MAX_LINK_HOPS = 40

export class RepoTree implements FolderTree {
  private readonly entries = new Map<string, TreeEntry>()
  /** Folder path ("" for the top) → names in it. */
  private readonly dirs = new Map<string, Set<string>>([['', new Set()]])
  private readonly targets = new Map<string, string>()

  /** `root`: the scanned folder, relative to the top of the repository ("" for the top). */
  constructor(
    entries: Iterable<TreeEntry>,
    readonly root: string,
  ) {
    for (const entry of entries) {
      this.entries.set(entry.path, entry)
      let child = entry.path
      for (;;) {
        const parent = posix.dirname(child) === '.' ? '' : posix.dirname(child)
        let names = this.dirs.get(parent)
        const known = names !== undefined
        if (!names) this.dirs.set(parent, (names = new Set()))
        names.add(posix.basename(child))
        if (parent === '' || known) break
        child = parent
      }
    }
  }

  /** Symbolic links of the repository (paths from the top). */
  links(): TreeEntry[] {
    return [...this.entries.values()].filter((e) => e.kind === 'link')
  }

  /** Records where a symbolic link points (its blob's text); links without a target are dangling. */
  setLinkTarget(path: string, target: string): void {
    this.targets.set(path, target)
  }

  /** Resolves a path from the top of the repository through symbolic links, as realpath does. */
  private resolveFull(path: string): Resolved | undefined {
    let parts = path.split('/').filter((p) => p !== '' && p !== '.')
    const current: string[] = []
    let hops = 0
    while (parts.length > 0) {
      const part = parts.shift()!
      if (part === '..') {
        if (current.length === 0) return 'outside'
        current.pop()
        continue
      }
      const next = current.length ? `${current.join('/')}/${part}` : part
      const entry = this.entries.get(next)
      if (entry?.kind === 'link') {
        const target = this.targets.get(next)
        if (target === undefined || ++hops > MAX_LINK_HOPS) return undefined
        if (target.startsWith('/')) return 'outside'
        parts = [...target.split('/').filter((p) => p !== '' && p !== '.'), ...parts]
        continue
      }
      if (entry) return parts.length === 0 ? { kind: 'entry', path: next, entry } : undefined
      if (!this.dirs.has(next)) return undefined
      current.push(part)
    }
    return { kind: 'dir', path: current.join('/') }
  }

  private full(rel: string): string {
    return this.root && rel ? `${this.root}/${rel}` : this.root || rel
  }

  private inside(path: string): boolean {
    return this.root === '' || path === this.root || path.startsWith(this.root + '/')
  }

  private relative(path: string): string {
    return this.root === '' ? path : path.slice(this.root.length + 1)
  }

  /** The entry a path relative to the root leads to, through links that stay inside the root. */
  entryAt(rel: string): TreeEntry | undefined {
    const resolved = this.resolveFull(this.full(rel))
    if (resolved === undefined || resolved === 'outside' || resolved.kind !== 'entry') return undefined
    return this.inside(resolved.path) ? resolved.entry : undefined
  }

  private dirAt(rel: string): string | undefined {
    const resolved = this.resolveFull(this.full(rel))
    if (resolved === undefined || resolved === 'outside' || resolved.kind !== 'dir') return undefined
    return this.inside(resolved.path) ? resolved.path : undefined
  }

  list(dir: string): FolderEntry[] | undefined {
    const real = this.dirAt(dir)
    // A commit without the scanned folder has no files in it, which is not a read error.
    if (real === undefined) return dir === '' ? [] : undefined
    return [...this.dirs.get(real)!].map((name) => {
      const entry = this.entries.get(real ? `${real}/${name}` : name)
      const kind: FolderEntry['kind'] = !entry
        ? 'dir'
        : entry.kind === 'file'
          ? 'file'
          : entry.kind === 'link'
            ? 'link'
            : 'other'
      return { name, kind }
    })
  }

  follow(path: string): LinkTarget | undefined {
    const resolved = this.resolveFull(this.full(path))
    if (resolved === undefined) return undefined
    if (resolved === 'outside') return { outside: true, isDir: false }
    if (!this.inside(resolved.path)) return { outside: true, isDir: resolved.kind === 'dir' }
    const kind = resolved.kind === 'dir' ? 'dir' : resolved.entry.kind === 'file' ? 'file' : 'other'
    return { outside: false, real: this.relative(resolved.path), kind }
  }

  /** Sub-folders of a folder, as the disk source lists them: real folders only, not the skipped ones. */
  listDirs(dir: string): string[] {
    const real = this.dirAt(dir)
    if (real === undefined) return []
    return [...this.dirs.get(real)!]
      .filter((name) => !this.entries.has(real ? `${real}/${name}` : name) && !SKIPPED_DIRS.has(name))
      .sort()
  }
}

/** Loads blobs by object id. */
export type BlobLoader = (entries: readonly TreeEntry[]) => Promise<Map<string, Buffer>>

/**
 * A ScanSource over a RepoTree: read() answers from what was loaded; a file not loaded yet answers undefined and
 * is listed by pending(), for scanSource to load and parse again.
 */
export class TreeSource implements ScanSource {
  private readonly texts = new Map<string, string>()
  private readonly waiting = new Set<string>()
  /** Objects the loader could not give: read as absent rather than asked for again. */
  private readonly unavailable = new Set<string>()

  constructor(
    readonly tree: RepoTree,
    private readonly loader: BlobLoader,
  ) {}

  read(path: string): string | undefined {
    const entry = this.tree.entryAt(path)
    if (entry?.kind !== 'file') return undefined
    const text = this.texts.get(entry.oid)
    if (text === undefined && !this.unavailable.has(entry.oid)) this.waiting.add(path)
    return text
  }

  listDirs(dir: string): string[] {
    return this.tree.listDirs(dir)
  }

  list(dir: string): FolderEntry[] | undefined {
    return this.tree.list(dir)
  }

  follow(path: string): LinkTarget | undefined {
    return this.tree.follow(path)
  }

  pending(): string[] {
    return [...this.waiting]
  }

  async load(paths: readonly string[]): Promise<void> {
    const wanted = new Map<string, TreeEntry>()
    for (const path of paths) {
      this.waiting.delete(path)
      const entry = this.tree.entryAt(path)
      if (entry?.kind === 'file' && !this.texts.has(entry.oid) && !this.unavailable.has(entry.oid))
        wanted.set(entry.oid, entry)
    }
    if (wanted.size === 0) return
    const blobs = await this.loader([...wanted.values()])
    for (const oid of wanted.keys()) {
      const bytes = blobs.get(oid)
      if (bytes) this.texts.set(oid, bytes.toString('utf8'))
      else this.unavailable.add(oid)
    }
  }
}
