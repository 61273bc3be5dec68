// A Maven build in the repository: the root POM and its modules (recursively), read through the FileSource.
// Shared by the offline parser and the resolver.
import { posix } from 'node:path'
import { ParseError, type FileSource } from '../../model.js'
import { gavString, type Gav } from './coordinates.js'
import { ModelBuilder, type BuildResult, type FoundPom, type ModelProblem, type PomSource } from './model.js'
import { readPom, type RawPom } from './pom.js'

/** Parsed POMs of the build, per FileSource (a scan reads each module's POM once, whichever file asks). */
const parsedByFiles = new WeakMap<FileSource, Map<string, RawPom | ParseError | null>>()

/** A POM of the build by path: the POM, the error that makes it unreadable, or null when there is none. */
export function localPom(files: FileSource, path: string, text?: string): RawPom | ParseError | null {
  let cache = parsedByFiles.get(files)
  if (!cache) parsedByFiles.set(files, (cache = new Map()))
  const known = cache.get(path)
  if (known !== undefined) return known
  const source = text ?? files.read(path)
  let result: RawPom | ParseError | null
  if (source === undefined) result = null
  else
    try {
      result = readPom(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, path, { lines: true })
    } catch (err) {
      result = err instanceof ParseError ? err : new ParseError(String(err))
    }
  cache.set(path, result)
  return result
}

export interface ReactorModule {
  /** Path of its POM relative to the scan root. */
  path: string
  /** Its folder ("" for the root). */
  dir: string
  pom: RawPom
}

export interface Reactor {
  modules: ReactorModule[]
  problems: ModelProblem[]
}

function dirOf(path: string): string {
  const dir = posix.dirname(path)
  return dir === '.' ? '' : dir
}

/** The POM a <module> entry names, relative to the scan root; undefined when it leaves the scan root. */
export function modulePath(pomPath: string, module: string): string | undefined {
  let target = posix.normalize(posix.join(dirOf(pomPath), module.trim()))
  if (!target.endsWith('.xml')) target = posix.join(target, 'pom.xml')
  if (target.startsWith('../') || posix.isAbsolute(target)) return undefined
  return target
}

/** A PomSource over the build's files only (nothing from repositories): what the offline parser sees. */
export function filesPomSource(files: FileSource, reactorByGav?: Map<string, string>): PomSource {
  return {
    byPath(path) {
      const pom = localPom(files, path)
      return pom && !(pom instanceof ParseError) ? { pom, path } : undefined
    },
    byGav(gav: Gav): FoundPom | null {
      const path = reactorByGav?.get(gavString(gav))
      const pom = path === undefined ? null : localPom(files, path)
      return pom && !(pom instanceof ParseError) ? { pom, path } : null
    },
    exists(path) {
      if (files.read(path) !== undefined) return true
      const dir = dirOf(path)
      return files.listDirs ? files.listDirs(dir).includes(posix.basename(path)) : undefined
    },
  }
}

/**
 * The modules of the build whose root POM is `rootPath` (the root first, then breadth first, each once).
 * Module POMs that are missing or unreadable are problems, not modules.
 */
export function readReactor(
  rootPath: string,
  root: RawPom,
  files: FileSource,
  builder: ModelBuilder,
): Reactor {
  const modules: ReactorModule[] = [{ path: rootPath, dir: dirOf(rootPath), pom: root }]
  const problems: ModelProblem[] = []
  const seen = new Set([rootPath])
  for (let i = 0; i < modules.length; i++) {
    const current = modules[i]
    for (const module of builder.modulesOf({ pom: current.pom, path: current.path })) {
      const path = modulePath(current.path, module)
      if (path === undefined) {
        problems.push({
          severity: 'warning',
          message: `module "${module}" is outside the scanned folder: not read`,
          file: current.path,
        })
        continue
      }
      if (seen.has(path)) continue
      seen.add(path)
      const pom = localPom(files, path)
      if (pom === null)
        problems.push({
          severity: 'warning',
          message: `module "${module}": ${path} not found`,
          file: current.path,
        })
      else if (pom instanceof ParseError)
        problems.push({ severity: 'error', message: `module ${pom.message}`, file: path, line: pom.line })
      else modules.push({ path, dir: dirOf(path), pom })
    }
  }
  return { modules, problems }
}

/**
 * Whether the pom.xml at `path` is a module of a build whose root POM is in a folder above it: that root
 * reads it (and its dependencies) as part of its build, so this file yields nothing of its own.
 */
export function aggregatorOf(path: string, files: FileSource): string | undefined {
  const builder = new ModelBuilder(filesPomSource(files))
  let dir = dirOf(path)
  let found: string | undefined
  while (dir !== '') {
    dir = dirOf(dir)
    const candidate = dir ? `${dir}/pom.xml` : 'pom.xml'
    const pom = localPom(files, candidate)
    if (!pom || pom instanceof ParseError) continue
    const reactor = readReactor(candidate, pom, files, builder)
    if (reactor.modules.some((m) => m.path === path)) found = candidate // the topmost one reads it
  }
  return found
}

export type { BuildResult }
