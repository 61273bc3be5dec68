// pip requirements files (requirements.txt, requirements-dev.txt, pip-compile output): pins (== / ===), extras,
// environment markers, --hash options, `name @ url`, VCS and local-path requirements, editables, index
// options, line continuations, -r / -c includes, and the `# via` annotations pip-compile writes, which give
// the dependency edges.
import { posix } from 'node:path'
import type {
  Hash,
  Issue,
  ParseInput,
  ParseResult,
  ParsedEdge,
  ParsedPackage,
  Scope,
  SourceKind,
} from '../../model.js'
import { ParseError, SCOPE_RANK, strongerScope } from '../../model.js'
import { deriveScopes } from '../../graph/scopes.js'
import { comparePep440, satisfiesPep440 } from '../../versions/pep440.js'
import { addPythonHash, indexQualifiers } from './lockfile.js'
import { normalizePythonName, pypiPurl } from './names.js'
import { parseRequirement, pinnedVersion, readPyproject } from './pyproject.js'

// ---------------------------------------------------------------------------------------------------------
// Specifiers, sources and file names

const CLAUSE_RE = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/
/** A valid Python package (or extra) name. */
export const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

/** A PEP 440 specifier in canonical form (">=1.0,<2"), or undefined when it cannot be read. "" for none. */
function canonicalSpecifier(specifier: string): string | undefined {
  if (!specifier.trim()) return ''
  const out: string[] = []
  for (const part of specifier.split(',')) {
    const m = CLAUSE_RE.exec(part.trim())
    if (!m) return undefined
    out.push(m[1] + m[2])
  }
  return out.join(',')
}

const VCS_RE = /^(git|hg|svn|bzr)\+/i
const COMMIT_RE = /^[0-9a-f]{7,40}$/i
const ARCHIVE_RE = /\.(whl|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|zip)$/i

export interface PythonSource {
  source: SourceKind
  /** Resolved URL (with the commit for VCS) or path relative to the scan root. */
  resolved: string
  qualifiers: Record<string, string>
  /** Version the location implies: a wheel or sdist file name, a VCS commit. */
  version?: string
  /** A VCS reference that is not a commit (a branch or tag): not pinned. */
  movingRef?: boolean
  hashes: Hash[]
}

/** Version from a distribution file name (`pkg-1.0-py3-none-any.whl`, `pkg-1.0.tar.gz`) of package `name`. */
function versionFromFileName(file: string, name?: string): string | undefined {
  const base = decode(file.slice(file.lastIndexOf('/') + 1))
  const ext = ARCHIVE_RE.exec(base)
  if (!ext) return undefined
  const stem = base.slice(0, ext.index)
  if (ext[1].toLowerCase() === 'whl') {
    const parts = stem.split('-')
    return parts.length >= 5 ? parts[1] : undefined
  }
  if (name) {
    const norm = normalizePythonName(name)
    for (let at = stem.indexOf('-'); at !== -1; at = stem.indexOf('-', at + 1))
      if (normalizePythonName(stem.slice(0, at)) === norm) return stem.slice(at + 1) || undefined
    return undefined
  }
  const m = /-(\d[^-]*)$/.exec(stem)
  return m ? m[1] : undefined
}

/** Name from a distribution file name, when the requirement does not state one. */
function nameFromFileName(file: string): string | undefined {
  const base = decode(file.slice(file.lastIndexOf('/') + 1))
  const ext = ARCHIVE_RE.exec(base)
  if (!ext) return undefined
  const stem = base.slice(0, ext.index)
  if (ext[1].toLowerCase() === 'whl') return stem.split('-')[0]
  const m = /^(.+?)-\d/.exec(stem)
  return m ? m[1] : undefined
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Splits `url#fragment` and reads its `egg=`, `subdirectory=` and `sha256=` style parts. */
function splitFragment(url: string): { base: string; egg?: string; subdirectory?: string; hashes: Hash[] } {
  const hash = url.indexOf('#')
  if (hash === -1) return { base: url, hashes: [] }
  const hashes: Hash[] = []
  let egg: string | undefined
  let subdirectory: string | undefined
  for (const part of url.slice(hash + 1).split('&')) {
    const eq = part.indexOf('=')
    const key = part.slice(0, eq).toLowerCase()
    const value = part.slice(eq + 1)
    if (key === 'egg') egg = value
    else if (key === 'subdirectory') subdirectory = value
    else if (/^(md5|sha1|sha256|sha384|sha512)$/.test(key)) addPythonHash(hashes, value, key)
  }
  return { base: url.slice(0, hash), egg, subdirectory, hashes }
}

/** The reference of a VCS URL `git+https://host/repo@ref` (an `@` after the host, not a user's). */
function vcsRef(url: string): string | undefined {
  const scheme = url.indexOf('://')
  const pathStart = scheme === -1 ? url.indexOf(':') + 1 : url.indexOf('/', scheme + 3)
  const at = pathStart > 0 ? url.lastIndexOf('@') : -1
  return at > pathStart ? url.slice(at + 1) : undefined
}

/**
 * Where a URL or path requirement comes from. `dir` is the folder (relative to the scan root) paths are
 * relative to.
 */
export function classifyLocation(location: string, dir: string, name?: string): PythonSource {
  const { base, subdirectory, hashes } = splitFragment(location)
  if (VCS_RE.test(base)) {
    const ref = vcsRef(base)
    const commit = ref && COMMIT_RE.test(ref) ? ref : undefined
    // as pip writes it, and as the other Python parsers do: git+<url>@<commit>#subdirectory=<dir>
    const resolved = subdirectory ? `${base}#subdirectory=${subdirectory}` : base
    return {
      source: 'git',
      resolved,
      qualifiers: { vcs_url: resolved },
      version: commit?.toLowerCase(),
      movingRef: !commit,
      hashes,
    }
  }
  if (/^file:/i.test(base)) {
    const path = decode(base.replace(/^file:(\/\/(localhost)?)?/i, ''))
    return {
      source: 'path',
      resolved: base,
      qualifiers: {},
      version: versionFromFileName(path, name),
      hashes,
    }
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(base)) {
    return {
      source: 'url',
      resolved: base,
      qualifiers: { download_url: base },
      version: versionFromFileName(base, name),
      hashes,
    }
  }
  return {
    source: 'path',
    resolved: joinPath(dir, base),
    qualifiers: {},
    version: versionFromFileName(base, name),
    hashes,
  }
}

/** Whether a path relative to the scan root stays inside it. */
function inside(path: string): boolean {
  return !path.startsWith('/') && path !== '..' && !path.startsWith('../')
}

/** A path relative to `dir`, normalized, relative to the scan root ("" for the root itself). */
function joinPath(dir: string, path: string): string {
  if (path.startsWith('/')) return posix.normalize(path)
  return posix
    .normalize(posix.join(dir, path))
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

const DEV_WORDS = new Set([
  'dev',
  'devel',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'lint',
  'linting',
  'linters',
  'doc',
  'docs',
  'ci',
  'typing',
  'mypy',
  'tox',
])

/**
 * Scope a requirements file's name implies: dev when a word of its name (requirements-dev.txt,
 * dev-requirements.txt, requirements_test.in, requirements/docs.txt) or its folder (tests/requirements.txt)
 * says development, test, lint, docs, CI or typing; optional for requirements-optional.txt; else runtime.
 */
export function scopeOfRequirementsFile(path: string): Scope {
  const base = posix.basename(path).replace(/\.(txt|in|pip)$/i, '')
  const words = base.toLowerCase().split(/[-_.\s]+/)
  const folder = posix.basename(posix.dirname(path)).toLowerCase()
  if (words.some((w) => DEV_WORDS.has(w)) || DEV_WORDS.has(folder)) return 'dev'
  if (words.includes('optional')) return 'optional'
  return 'runtime'
}

// ---------------------------------------------------------------------------------------------------------
// Reading requirements files

type Mode = 'requirement' | 'constraint'

/** One requirement as a file lists it. */
interface Req {
  file: string
  line: number
  name: string
  norm: string
  extras: string[]
  /** Canonical version specifier (">=1,<2"); "" for none or for a URL. */
  specifier: string
  marker?: string
  version?: string
  /** URL, VCS URL or path as written, for `name @ url`, bare URLs and paths. */
  location?: string
  where?: PythonSource
  editable: boolean
  hashes: Hash[]
  /** Entries of the `# via` annotation; undefined when there is none. */
  via?: string[]
  /** Scope the listing file's name implies. */
  scope: Scope
}

/** Options that take a value, as pip reads them in requirements files. */
const VALUE_OPTIONS: Record<string, string> = {
  '-r': 'requirement',
  '--requirement': 'requirement',
  '-c': 'constraint',
  '--constraint': 'constraint',
  '-e': 'editable',
  '--editable': 'editable',
  '-i': 'index-url',
  '--index-url': 'index-url',
  '--extra-index-url': 'extra-index-url',
  '-f': 'find-links',
  '--find-links': 'find-links',
  '--trusted-host': 'trusted-host',
  '--no-binary': 'no-binary',
  '--only-binary': 'only-binary',
  '--use-feature': 'use-feature',
  '--hash': 'hash',
  '--global-option': 'global-option',
  '--install-option': 'install-option',
  '--config-settings': 'config-settings',
  '--config-setting': 'config-settings',
}
const FLAG_OPTIONS = new Set([
  '--no-index',
  '--prefer-binary',
  '--require-hashes',
  '--pre',
  '-Z',
  '--always-unzip',
])
/** Options that may follow a requirement on its line. */
const PER_REQUIREMENT = new Set(['hash', 'global-option', 'install-option', 'config-settings'])

/** Splits option text into words as shlex does for pip: whitespace-separated, quotes group. */
function shellWords(text: string): string[] {
  const trimmed = text.trim()
  if (!trimmed) return []
  if (!trimmed.includes('"') && !trimmed.includes("'")) return trimmed.split(/[ \t]+/)
  const words: string[] = []
  let word = ''
  let quote = ''
  let has = false
  for (const c of trimmed) {
    if (quote) {
      if (c === quote) quote = ''
      else word += c
    } else if (c === '"' || c === "'") {
      quote = c
      has = true
    } else if (c === ' ' || c === '\t') {
      if (has) words.push(word)
      word = ''
      has = false
    } else {
      word += c
      has = true
    }
  }
  if (has) words.push(word)
  return words
}

/** Start of the comment of a line as pip finds it: a "#" at the start or after whitespace. */
function commentStart(line: string): number {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1))
    if (at === 0 || isSpace(line[at - 1])) return at
  return -1
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t'

const VIA_RE = /^#\s*via(?:\s+(.*?))?\s*$/
const VIA_ITEM_RE = /^#\s{2,}(\S.*?)\s*$/

class RequirementsReader {
  readonly reqs: Req[] = []
  readonly constraints = new Map<string, { version: string; file: string; line: number }>()
  readonly issues: Issue[] = []
  complete = true
  indexUrl?: string
  /** Files being read (the include chain), and files read, per mode. */
  private readonly chain: string[] = []
  private readonly done = new Set<string>()
  /** Lines of the top file that were requirements or options (to tell a requirements file from prose). */
  understood = 0

  constructor(readonly input: ParseInput) {}

  issue(severity: Issue['severity'], file: string, line: number | undefined, message: string): void {
    this.issues.push({ file, line, severity, message })
  }

  error(file: string, line: number, message: string): void {
    this.issue('error', file, line, message)
    this.complete = false
  }

  readFile(path: string, text: string, mode: Mode): void {
    this.chain.push(path)
    this.done.add(`${mode}:${path}`)
    const top = this.chain.length === 1
    const scope = scopeOfRequirementsFile(path)
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path)
    const lines = text.split('\n')
    let last: Req | undefined // the requirement annotations belong to
    let viaBlock = false
    for (let i = 0; i < lines.length;) {
      const lineNo = i + 1
      let line = stripCr(lines[i++])
      const trimmed = line.trimStart()
      if (trimmed.startsWith('#')) {
        const via = last && VIA_RE.exec(trimmed)
        if (via) {
          if (via[1]) addVia(last!, via[1].split(','))
          viaBlock = !via[1]
        } else if (viaBlock && last) {
          const item = VIA_ITEM_RE.exec(trimmed)
          if (item) addVia(last, [item[1]])
          else viaBlock = false
        }
        continue
      }
      viaBlock = false
      if (!trimmed) {
        last = undefined
        continue
      }
      // Line continuations, as pip joins them: a trailing "\" joins the next line unless that is a comment.
      if (line.endsWith('\\')) {
        const parts = [line.slice(0, -1)]
        while (i < lines.length && !lines[i].trimStart().startsWith('#')) {
          const next = stripCr(lines[i++])
          if (!next.endsWith('\\')) {
            parts.push(next)
            break
          }
          parts.push(next.slice(0, -1))
        }
        line = parts.join('')
      }
      const hash = commentStart(line)
      const comment = hash === -1 ? '' : line.slice(hash)
      const content = (hash === -1 ? line : line.slice(0, hash)).trim()
      if (!content) continue
      const ok = content.startsWith('-')
        ? this.readOptions(path, dir, lineNo, content, mode, scope)
        : this.readRequirementLine(path, dir, lineNo, content, mode, scope)
      if (ok && top) this.understood++
      // annotations follow a requirement of this line (not one an -r include on this line brought in)
      const added = this.reqs[this.reqs.length - 1]
      last = added && added.file === path && added.line === lineNo ? added : undefined
      const inline = last && VIA_RE.exec(comment)
      if (inline && inline[1]) addVia(last!, inline[1].split(','))
    }
    this.chain.pop()
  }

  /** A line that starts with a requirement; pip's per-requirement options (--hash) may follow it. */
  readRequirementLine(
    file: string,
    dir: string,
    line: number,
    content: string,
    mode: Mode,
    scope: Scope,
  ): boolean {
    // pip splits at the first space-separated word that starts with "-": the requirement, then its options.
    const cut = content.indexOf(' -')
    const spec = cut === -1 ? content : content.slice(0, cut).trim()
    const req = this.requirement(file, dir, line, spec, false, scope)
    if (!req) return false
    if (cut !== -1 && !this.perRequirementOptions(file, line, shellWords(content.slice(cut)), req))
      return false
    this.add(req, mode)
    return true
  }

  /** A line of options: -r, -c, -e, index options and the like. */
  readOptions(file: string, dir: string, line: number, content: string, mode: Mode, scope: Scope): boolean {
    const words = shellWords(content)
    let current: Req | undefined
    let ok = true
    for (let k = 0; k < words.length; k++) {
      const { option, value, next } = readOption(words, k)
      if (!option) {
        this.error(file, line, `unknown option ${words[k]}; line skipped`)
        return false
      }
      if (option === 'flag') continue
      if (value === undefined) {
        this.error(file, line, `${words[k]} needs a value; line skipped`)
        return false
      }
      k = next
      switch (option) {
        case 'requirement':
        case 'constraint':
          this.include(
            file,
            dir,
            line,
            value,
            option === 'constraint' || mode === 'constraint' ? 'constraint' : 'requirement',
          )
          break
        case 'editable': {
          if (current) this.add(current, mode)
          current = this.requirement(file, dir, line, value, true, scope)
          if (!current) ok = false
          break
        }
        case 'index-url':
          this.indexUrl = value
          break
        case 'extra-index-url':
        case 'find-links':
        case 'trusted-host':
        case 'no-binary':
        case 'only-binary':
        case 'use-feature':
          break
        default:
          if (!PER_REQUIREMENT.has(option)) break
          if (!current) {
            this.error(file, line, `--${option} must follow a requirement; line skipped`)
            return false
          }
          if (!this.perRequirementOptions(file, line, [`--${option}=${value}`], current)) return false
      }
    }
    if (current) this.add(current, mode)
    return ok
  }

  /** --hash and the other options pip allows after a requirement. */
  perRequirementOptions(file: string, line: number, words: string[], req: Req): boolean {
    for (let k = 0; k < words.length; k++) {
      // the common case first: pip-compile writes thousands of "--hash=sha256:..."
      if (words[k].startsWith('--hash=')) {
        const value = words[k].slice(7)
        if (!addPythonHash(req.hashes, value))
          this.issue('warning', file, line, `${req.name}: unreadable hash ${value}`)
        continue
      }
      const { option, value, next } = readOption(words, k)
      if (!option || option === 'flag' || !PER_REQUIREMENT.has(option)) {
        this.error(file, line, `${words[k]} is not an option a requirement can have; ${req.name} skipped`)
        return false
      }
      if (value === undefined) {
        this.error(file, line, `${words[k]} needs a value; ${req.name} skipped`)
        return false
      }
      k = next
      if (option !== 'hash') continue
      if (!addPythonHash(req.hashes, value))
        this.issue('warning', file, line, `${req.name}: unreadable hash ${value}`)
    }
    return true
  }

  /** A requirement: PEP 508, or pip's bare URL / path forms (`git+https://...#egg=name`, `./pkg`). */
  requirement(
    file: string,
    dir: string,
    line: number,
    spec: string,
    editable: boolean,
    scope: Scope,
  ): Req | undefined {
    const base = { file, line, editable, hashes: [] as Hash[], scope }
    const named = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*@/.test(spec)
    if (named || (!editable && !looksLikeLocation(spec))) {
      const p = parseRequirement(spec)
      const specifier = p && !p.url ? canonicalSpecifier(p.specifier) : ''
      const badExtra = p?.extras.find((e) => !NAME_RE.test(e))
      const bad = !p
        ? 'no package name'
        : named && !p.url
          ? 'no URL after "@"'
          : specifier === undefined
            ? `cannot read the version specifier "${p.specifier}"`
            : badExtra !== undefined
              ? `invalid extra "${badExtra}"`
              : undefined
      if (!p || bad || specifier === undefined) {
        this.error(file, line, `cannot read requirement "${spec}": ${bad}; skipped`)
        return undefined
      }
      const req: Req = { ...base, name: p.name, norm: p.key, extras: p.extras, specifier, marker: p.marker }
      if (!p.url) {
        req.version = pinnedVersion(specifier, false)
        return req
      }
      req.location = p.url
      req.where = classifyLocation(p.url, dir, p.name)
      req.version = req.where.version
      req.hashes.push(...req.where.hashes)
      return req
    }
    // pip's own forms: a URL or path, markers after "; " (URLs) or ";" (paths), extras as a "[...]" suffix.
    const isUrl = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(spec) && !/^[A-Za-z]:[\\/]/.test(spec)
    const sep = isUrl ? spec.indexOf('; ') : spec.indexOf(';')
    let location = (sep === -1 ? spec : spec.slice(0, sep)).trim()
    const marker = sep === -1 ? undefined : spec.slice(sep + 1).trim() || undefined
    let extras: string[] = []
    const ex = isUrl ? null : /^(.+)\[([^\]]*)\]$/.exec(location)
    if (ex) {
      location = ex[1]
      extras = ex[2]
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
    }
    const frag = splitFragment(location)
    let name = frag.egg?.replace(/\[.*$/, '')
    const where = classifyLocation(location, dir, name)
    let version = where.version
    if (
      where.source === 'path' &&
      !/^file:/i.test(frag.base) &&
      !ARCHIVE_RE.test(frag.base) &&
      inside(where.resolved)
    ) {
      // A local project folder: its name (and static version) from its pyproject.toml.
      const at = where.resolved ? `${where.resolved}/pyproject.toml` : 'pyproject.toml'
      const py = readPyproject(this.input.files, at, this.issues)
      name ??= py?.name
      version ??= py?.version
      if (!name && where.resolved) name = posix.basename(where.resolved)
    }
    name ??= nameFromFileName(frag.base)
    if (!name || !NAME_RE.test(name)) {
      this.error(
        file,
        line,
        `cannot tell the package name of "${spec}" (add #egg=name or write "name @ ${location}"); skipped`,
      )
      return undefined
    }
    version ??= versionFromFileName(frag.base, name)
    const norm = normalizePythonName(name)
    return {
      ...base,
      name,
      norm,
      extras,
      specifier: '',
      marker,
      location,
      where,
      version,
      hashes: [...where.hashes],
    }
  }

  add(req: Req, mode: Mode): void {
    if (mode === 'requirement') {
      this.reqs.push(req)
      return
    }
    // A constraint pins a version without asking for the package.
    if (req.version && !req.location) {
      const known = this.constraints.get(req.norm)
      if (known && comparePep440(known.version, req.version) !== 0)
        this.issue(
          'warning',
          req.file,
          req.line,
          `constraint ${req.name}==${req.version} conflicts with ${req.name}==${known.version} (${known.file}:${known.line})`,
        )
      else if (!known)
        this.constraints.set(req.norm, { version: req.version, file: req.file, line: req.line })
    }
  }

  /** -r / -c: another file, relative to the including one, read through input.files with cycle detection. */
  include(file: string, dir: string, line: number, target: string, mode: Mode): void {
    const flag = mode === 'constraint' ? '-c' : '-r'
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target)) {
      this.issue('warning', file, line, `${flag} ${target}: remote files are not fetched`)
      this.complete = false
      return
    }
    const path = joinPath(dir, target)
    if (target.startsWith('/') || !inside(path)) {
      this.issue('warning', file, line, `${flag} ${target}: outside the scanned folder; not read`)
      this.complete = false
      return
    }
    if (this.chain.includes(path)) {
      this.issue(
        'warning',
        file,
        line,
        `${flag} ${target}: include cycle (${[...this.chain, path].join(' -> ')}); not read again`,
      )
      return
    }
    if (this.done.has(`${mode}:${path}`)) return
    const text = this.input.files.read(path)
    if (text === undefined) {
      this.issue('warning', file, line, `${flag} ${target}: ${path} not found`)
      this.complete = false
      return
    }
    this.readFile(path, text.replace(/^\uFEFF/, ''), mode)
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

function addVia(req: Req, items: string[]): void {
  req.via ??= []
  for (const item of items) {
    const text = item.trim()
    if (text) req.via.push(text)
  }
}

/** pip's test for a requirement that is a path or URL rather than a name. */
function looksLikeLocation(spec: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(spec) || /^file:/i.test(spec) || VCS_RE.test(spec)) return true
  const head = spec.split(/\s*;/)[0]
  return /^[./~]/.test(head) || head.includes('/') || head.includes('\\') || ARCHIVE_RE.test(head)
}

/** Reads the option at words[k]: its canonical name ('flag' for flags), value, and the index of its last word. */
function readOption(words: string[], k: number): { option?: string; value?: string; next: number } {
  const word = words[k]
  if (FLAG_OPTIONS.has(word)) return { option: 'flag', next: k }
  const eq = word.indexOf('=')
  if (word.startsWith('--') && eq !== -1) {
    const option = VALUE_OPTIONS[word.slice(0, eq)]
    return { option, value: word.slice(eq + 1), next: k }
  }
  const option = VALUE_OPTIONS[word]
  if (option) return { option, value: words[k + 1], next: k + 1 }
  // short options glued to their value: -rbase.txt, -e.
  if (/^-[a-zA-Z]./.test(word) && VALUE_OPTIONS[word.slice(0, 2)])
    return { option: VALUE_OPTIONS[word.slice(0, 2)], value: word.slice(2), next: k }
  return { next: k }
}

// ---------------------------------------------------------------------------------------------------------
// From requirements to the result

/** Canonical text of a requirement, used as its id: normalized name, sorted extras, specifier, marker. */
function reqId(req: Req): string {
  const extras = req.extras.length
    ? `[${[...new Set(req.extras.map(normalizePythonName))].sort().join(',')}]`
    : ''
  const head = req.editable ? `-e ${req.norm}${extras}` : `${req.norm}${extras}`
  const body = req.where ? ` @ ${req.where.resolved || '.'}` : req.specifier
  return req.marker ? `${head}${body} ; ${req.marker}` : `${head}${body}`
}

export function parseRequirements(input: ParseInput): ParseResult {
  const r = new RequirementsReader(input)
  r.readFile(input.path, input.text, 'requirement')
  const file = posix.basename(input.path)
  const dir = posix.dirname(input.path) === '.' ? '' : posix.dirname(input.path)
  if (r.understood === 0 && r.issues.some((i) => i.severity === 'error' && i.file === input.path)) {
    const first = r.issues.find((i) => i.severity === 'error' && i.file === input.path)!
    throw new ParseError(`not a pip requirements file: ${first.message}`, first.line)
  }

  const repository = indexQualifiers(r.indexUrl)
  const packages: ParsedPackage[] = []
  const byId = new Map<string, { pkg: ParsedPackage; req: Req }>()
  const byName = new Map<string, ParsedPackage[]>()
  const unpinned: string[] = []
  const entries: Array<{ pkg: ParsedPackage; req: Req }> = []

  for (const req of r.reqs) {
    // A constraint file pins what a requirement leaves open.
    if (!req.location) {
      const c = r.constraints.get(req.norm)
      if (c && !req.version) {
        const spec = req.specifier
        if (!spec || satisfiesPep440(c.version, spec) !== false) req.version = c.version
        else
          r.issue(
            'warning',
            req.file,
            req.line,
            `${req.name}${spec} does not allow the version ${c.version} the constraint ${c.file}:${c.line} pins`,
          )
      } else if (c && req.version && comparePep440(c.version, req.version) !== 0) {
        r.issue(
          'warning',
          req.file,
          req.line,
          `${req.name}==${req.version} conflicts with the constraint ${req.name}==${c.version} (${c.file}:${c.line})`,
        )
      }
    }
    const id = reqId(req)
    const known = byId.get(id)
    if (known) {
      for (const h of req.hashes)
        if (!known.pkg.hashes.some((k) => k.alg === h.alg && k.value === h.value)) known.pkg.hashes.push(h)
      if (SCOPE_RANK[req.scope] > SCOPE_RANK[known.req.scope]) known.req.scope = req.scope
      if (req.via) addVia(known.req, req.via)
      continue
    }
    const where = req.where
    const pinned = where ? where.source !== 'git' || !where.movingRef : req.version !== undefined
    if (!pinned) unpinned.push(`${req.name}${req.specifier}`)
    const qualifiers = where ? where.qualifiers : repository
    const pkg: ParsedPackage = {
      id,
      ecosystem: 'pypi',
      name: req.name,
      version: req.version,
      purl: pypiPurl(req.norm, req.version, qualifiers),
      scope: req.scope,
      hashes: req.hashes,
      resolved: where?.resolved,
      source: where?.source ?? 'registry',
      line: req.file === input.path ? req.line : undefined,
    }
    packages.push(pkg)
    const entry = { pkg, req }
    byId.set(id, entry)
    entries.push(entry)
    const same = byName.get(req.norm)
    if (same) same.push(pkg)
    else byName.set(req.norm, [pkg])
  }

  // Edges: `# via` names the packages that need this one; "-r file" and "name (pyproject.toml)" the project.
  const edges: ParsedEdge[] = []
  for (const { pkg, req } of entries) {
    let direct: Scope | undefined
    let linked = false
    const project = (scope: Scope): void => {
      direct = direct ? strongerScope(direct, scope) : scope
    }
    for (const item of req.via ?? []) {
      if (item.startsWith('-r ')) project(scopeOfRequirementsFile(item.slice(3).trim()))
      else if (item.startsWith('-c ')) continue
      else if (item.endsWith(')') && item.includes(' (')) {
        // "myapp (pyproject.toml)": a dependency of the project itself, as that file declares it
        project(scopeOfRequirementsFile(item.slice(item.lastIndexOf(' (') + 2, -1)))
      } else {
        for (const parent of byName.get(normalizePythonName(item.replace(/\[.*$/, ''))) ?? []) {
          if (parent === pkg) continue
          edges.push({ from: parent.id, to: pkg.id, scope: 'runtime' })
          linked = true
        }
      }
    }
    // No `# via` (or only packages the file does not hold): a direct dependency of the file's project.
    if (direct || !linked) edges.push({ from: '', to: pkg.id, scope: direct ?? req.scope })
  }

  const result: ParseResult = {
    format: r.reqs.some((q) => q.via) ? 'pip requirements (pip-compile)' : 'pip requirements',
    projects: [{ id: '', ecosystem: 'pypi', name: input.path, manifest: input.path, dir }],
    packages,
    edges,
    issues: r.issues,
    complete: r.complete,
  }
  deriveScopes(result)
  if (unpinned.length) {
    const shown = unpinned.slice(0, 5).join(', ') + (unpinned.length > 5 ? ', ...' : '')
    r.issues.push({
      file: input.path,
      severity: 'info',
      message: `${file} is not a lockfile: ${unpinned.length} requirement${unpinned.length === 1 ? ' is' : 's are'} not pinned (${shown})`,
    })
    result.complete = false
  }
  return result
}
