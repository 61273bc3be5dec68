// The on-disk cache of what was fetched from Maven repositories, shared between runs: released POMs never
// change (kept for good, as Maven's local repository keeps them), maven-metadata.xml and snapshots do (kept
// for a day). Entries are written atomically; a cache that cannot be written is simply not used.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Where the cache lives: under the runner's temp folder in GitHub Actions, else the user's cache folder. */
export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'lockgraph', 'maven')
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'lockgraph', 'maven')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'lockgraph', 'maven')
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'lockgraph', 'maven')
  const home = homedir()
  return home ? join(home, '.cache', 'lockgraph', 'maven') : join(tmpdir(), 'lockgraph-maven')
}

/** A key is a relative path of safe segments; anything else is not cached. */
const SAFE_KEY = /^(?:[A-Za-z0-9_][A-Za-z0-9._+-]*\/)*[A-Za-z0-9_][A-Za-z0-9._+-]*$/

export class DiskCache {
  hits = 0
  writes = 0
  private disabled: boolean

  constructor(private readonly dir: string | undefined) {
    this.disabled = !dir
  }

  private path(key: string): string | undefined {
    if (this.disabled || !SAFE_KEY.test(key) || key.split('/').some((s) => s === '..')) return undefined
    return join(this.dir!, key)
  }

  /** The cached text, when there is one younger than `maxAgeMs` (forever when undefined). */
  get(key: string, maxAgeMs?: number): string | undefined {
    const file = this.path(key)
    if (!file) return undefined
    try {
      if (maxAgeMs !== undefined && Date.now() - statSync(file).mtimeMs > maxAgeMs) return undefined
      const text = readFileSync(file, 'utf8')
      this.hits++
      return text
    } catch {
      return undefined
    }
  }

  set(key: string, text: string): void {
    const file = this.path(key)
    if (!file) return
    try {
      mkdirSync(dirname(file), { recursive: true })
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      writeFileSync(temp, text)
      renameSync(temp, file)
      this.writes++
    } catch {
      this.disabled = true // read-only or full: run without it
    }
  }
}
