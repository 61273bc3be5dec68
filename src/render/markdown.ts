// The dependency diff as markdown for a pull-request comment or a job summary: a headline of counts,
// policy violations first, one section per manifest, new transitive packages grouped in <details> under the
// direct dependency that brought them. Whatever the size of the diff, the text fits `maxLength`: transitive
// rows are collapsed first, then rows are capped, and at last only the counts are left, with a link.
// Sizes are added up from the byte length of each line, so the text is built once, for the stage chosen.
import type { ChangeKind, DiffCounts, DiffEntry, GraphDiff, ManifestDiff, MovedEntry } from '../diff/model.js'
import type { Violation } from '../policy/policy.js'
import { codeSpan, escapeUntrusted } from './escape.js'

/** GitHub's limit for an issue or pull-request comment body. */
export const COMMENT_LIMIT = 65_536
/** GitHub's limit for a step's job summary. */
export const SUMMARY_LIMIT = 1024 * 1024

export interface MarkdownOptions {
  /** Put first, as is (the caller's hidden marker, e.g. `<!-- lockgraph:comment-id -->`); counted in the size. */
  marker?: string
  /**
   * Most UTF-8 bytes of the whole text, marker included (default COMMENT_LIMIT). Bytes are never fewer than
   * the characters GitHub counts, so the limit holds for both. The counts-only text needs about 600 bytes.
   */
  maxLength?: number
  /** Where the full report is (the run's job summary), linked when rows are left out. */
  runUrl?: string
  /** Policy violations, shown first. */
  violations?: readonly Violation[]
  /** Heading; default "lockgraph: dependency changes". */
  title?: string
}

/** How much had to be left out to fit: nothing, transitive rows, rows past a cap, everything but counts. */
export type TruncationStage = 'full' | 'collapsed' | 'capped' | 'counts'

export interface RenderedMarkdown {
  markdown: string
  stage: TruncationStage
  /** UTF-8 bytes of `markdown`. */
  bytes: number
}

const KIND_LABEL: Record<ChangeKind, string> = {
  added: '➕ added',
  removed: '➖ removed',
  upgraded: '⬆️ upgraded',
  downgraded: '⬇️ downgraded',
  changed: '✏️ changed',
}

const COUNT_ORDER: Array<keyof DiffCounts> = [
  'added',
  'removed',
  'upgraded',
  'downgraded',
  'changed',
  'moved',
]
const TABLE_HEAD = [
  '| Package | Change | Version | Type | Scope | License |',
  '| --- | --- | --- | --- | --- | --- |',
]
const GROUP_HEAD = ['| Package | Version | Path | Scope | License |', '| --- | --- | --- | --- | --- |']
const MOVED_HEAD = ['| Package | From | To | Version | Type |', '| --- | --- | --- | --- | --- |']

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const num = (n: number): string => n.toLocaleString('en-US')
const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`
const arrow = (from: string, to: string): string => (from === to ? from : `${from} → ${to}`)
const word = (direct: boolean): string => (direct ? 'direct' : 'transitive')
const isTransitiveRow = (e: DiffEntry): boolean => !e.direct && !(e.base?.direct ?? false)

function countsText(counts: DiffCounts): string {
  return COUNT_ORDER.filter((k) => counts[k] > 0)
    .map((k) => `**${num(counts[k])}** ${k}`)
    .join(' · ')
}

/** A run of lines: a heading part always shown with it, rows that may be cut, and lines after them. */
interface Block {
  head: string[]
  rows: string[]
  /** UTF-8 bytes of each row. */
  rowBytes: number[]
  tail: string[]
  /** The line that says how many rows were cut. */
  more: (n: number) => string
  /** Drop the whole block rather than show it with no row. */
  needsRows: boolean
}

/** Bytes of lines joined by newlines, plus one newline after the last (blocks are joined the same way). */
const linesBytes = (lines: readonly string[]): number => lines.reduce((n, l) => n + bytes(l) + 1, 0)

class Renderer {
  private readonly escaped = new Map<string, string>()
  private readonly rowCache = new Map<object, { row: string; bytes: number }>()

  constructor(
    private readonly diff: GraphDiff,
    private readonly options: MarkdownOptions,
  ) {}

  /** Untrusted text, escaped; memoized, since versions and licenses repeat. */
  text(s: string | undefined): string {
    if (s === undefined || s === '') return '–'
    let out = this.escaped.get(s)
    if (out === undefined) {
      out = escapeUntrusted(s)
      if (this.escaped.size < 100_000) this.escaped.set(s, out)
    }
    return out
  }

  private row(key: object, make: () => string): { row: string; bytes: number } {
    let r = this.rowCache.get(key)
    if (!r) {
      const row = make()
      this.rowCache.set(key, (r = { row, bytes: bytes(row) }))
    }
    return r
  }

  private entryRow(e: DiffEntry): string {
    const t = (s: string | undefined): string => this.text(s)
    const version = !e.base
      ? t(e.head!.version)
      : !e.head
        ? t(e.base.version)
        : arrow(t(e.base.version), t(e.head.version))
    const change =
      e.kind === 'changed' ? `${KIND_LABEL.changed}: ${e.changes.join(', ')}` : KIND_LABEL[e.kind]
    const type = e.base && e.head ? arrow(word(e.base.direct), word(e.head.direct)) : word(e.direct)
    const scope = e.base && e.head ? arrow(e.base.scope, e.head.scope) : (e.head ?? e.base)!.scope
    const license =
      e.base && e.head && e.changes.includes('license')
        ? `${t(e.base.license)} → ${t(e.head.license)}`
        : t((e.head ?? e.base)!.license)
    return `| ${t(e.name)} | ${change} | ${version} | ${type} | ${scope} | ${license} |`
  }

  private groupRow(e: DiffEntry): string {
    const path = e.path?.map((s) => this.text(s.name)).join(' → ') ?? '–'
    return `| ${this.text(e.name)} | ${this.text(e.head!.version)} | ${path} | ${e.head!.scope} | ${this.text(e.head!.license)} |`
  }

  private movedRow(m: MovedEntry): string {
    const t = (s: string | undefined): string => this.text(s)
    return `| ${t(m.name)} | ${t(m.from)} | ${t(m.to)} | ${arrow(t(m.base.version), t(m.head.version))} | ${arrow(word(m.base.direct), word(m.head.direct))} |`
  }

  private violationLine(v: Violation): string {
    return `- ${v.severity === 'error' ? '❌' : '⚠️'} **${v.rule}** in ${codeSpan(v.manifest)}: ${escapeUntrusted(v.message, 500)}`
  }

  private block<T extends object>(
    head: string[],
    items: readonly T[],
    make: (item: T) => string,
    tail: string[],
    what: string,
    needsRows = false,
  ): Block {
    const rows: string[] = []
    const rowBytes: number[] = []
    for (const item of items) {
      const r = this.row(item, () => make(item))
      rows.push(r.row)
      rowBytes.push(r.bytes)
    }
    return { head, rows, rowBytes, tail, more: (n) => this.more(n, what), needsRows }
  }

  private more(n: number, what: string): string {
    const url = this.options.runUrl
    return `_… and ${plural(n, what)} more${url ? ` ([full report](${url}))` : ''}_`
  }

  /** The blocks of one manifest; `collapse` folds its transitive changes into one line. */
  private manifestBlocks(md: ManifestDiff, collapse: boolean): Block[] {
    const rows: DiffEntry[] = []
    const groups = new Map<string, DiffEntry[]>()
    const folded: Record<ChangeKind, number> = {
      added: 0,
      removed: 0,
      upgraded: 0,
      downgraded: 0,
      changed: 0,
    }
    let foldedCount = 0
    for (const e of md.entries) {
      const transitive = isTransitiveRow(e)
      if (collapse && transitive) {
        folded[e.kind]++
        foldedCount++
      } else if (e.kind === 'added' && transitive) {
        const via = e.path?.[0]
        const key = via ? `${via.name}\u0000${via.version ?? ''}` : ''
        const list = groups.get(key)
        if (list) list.push(e)
        else groups.set(key, [e])
      } else rows.push(e)
    }
    // direct dependencies first; entries are sorted by name already
    rows.sort((a, b) => Number(isTransitiveRow(a)) - Number(isTransitiveRow(b)))
    const status = md.status === 'added' ? ' (new)' : md.status === 'removed' ? ' (removed)' : ''
    const head = [`#### ${codeSpan(md.manifest)}${status} · ${md.ecosystem}`, '', countsText(md.counts), '']
    const tail = rows.length ? [''] : []
    if (foldedCount) {
      const kinds = (Object.keys(folded) as ChangeKind[])
        .filter((k) => folded[k])
        .map((k) => `${num(folded[k])} ${k}`)
      const url = this.options.runUrl
      tail.push(
        `_${plural(foldedCount, 'transitive change')} not listed (${kinds.join(', ')})${url ? `: see the [full report](${url})` : ''}._`,
        '',
      )
    }
    const blocks = [
      this.block(
        [...head, ...(rows.length ? TABLE_HEAD : [])],
        rows,
        (e) => this.entryRow(e),
        tail,
        'change',
      ),
    ]
    for (const key of [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const list = groups.get(key)!
      const via = list[0].path?.[0]
      const from = via
        ? `${this.text(via.name)}${via.version ? ` ${this.text(via.version)}` : ''}`
        : 'an unknown path'
      blocks.push(
        this.block(
          [
            `<details><summary>${plural(list.length, 'new transitive package')} via ${from}</summary>`,
            '',
            ...GROUP_HEAD,
          ],
          list,
          (e) => this.groupRow(e),
          ['', '</details>', ''],
          'package',
          true,
        ),
      )
    }
    return blocks
  }

  private movedBlocks(collapse: boolean): Block[] {
    const moved = this.diff.moved
    if (!moved.length) return []
    const shown = collapse ? moved.filter((m) => m.base.direct || m.head.direct) : moved
    const hidden = moved.length - shown.length
    return [
      this.block(
        [`#### Moved between manifests (${num(moved.length)})`, '', ...(shown.length ? MOVED_HEAD : [])],
        shown,
        (m) => this.movedRow(m),
        [
          ...(shown.length ? [''] : []),
          ...(hidden ? [`_${plural(hidden, 'transitive move')} not listed._`, ''] : []),
        ],
        'move',
      ),
    ]
  }

  private violationBlocks(): Block[] {
    const violations = this.options.violations ?? []
    if (!violations.length) return []
    const errors = violations.filter((v) => v.severity === 'error').length
    const warnings = violations.length - errors
    const title = [errors ? plural(errors, 'violation') : '', warnings ? plural(warnings, 'warning') : '']
      .filter(Boolean)
      .join(', ')
    return [
      this.block(
        [`### ${errors ? '❌' : '⚠️'} Policy: ${title}`, ''],
        violations,
        (v) => this.violationLine(v),
        [''],
        'violation',
      ),
    ]
  }

  blocks(collapse: boolean): Block[] {
    return [
      ...this.violationBlocks(),
      ...this.diff.manifests.flatMap((m) => this.manifestBlocks(m, collapse)),
      ...this.movedBlocks(collapse),
    ]
  }

  preamble(): string[] {
    const { diff, options } = this
    const out: string[] = []
    if (options.marker) out.push(options.marker)
    out.push(`### ${options.title ?? 'lockgraph: dependency changes'}`, '')
    if (!diff.hasChanges) {
      out.push('No dependency changes.', '')
      return out
    }
    const c = diff.counts
    const manifests = c.manifestsAdded + c.manifestsRemoved + c.manifestsChanged
    const extra = [
      c.manifestsAdded ? plural(c.manifestsAdded, 'new manifest') : '',
      c.manifestsRemoved ? `${plural(c.manifestsRemoved, 'manifest')} removed` : '',
    ].filter(Boolean)
    out.push(
      `${countsText(c) || 'No package changes'} in ${plural(manifests, 'manifest')}${extra.length ? ` (${extra.join(', ')})` : ''}.`,
      '',
    )
    return out
  }

  countsOnly(): string {
    const lines = this.preamble()
    const violations = this.options.violations ?? []
    const errors = violations.filter((v) => v.severity === 'error').length
    if (violations.length)
      lines.push(
        `${errors ? '❌' : '⚠️'} Policy: ${plural(errors, 'violation')}, ${plural(violations.length - errors, 'warning')}.`,
        '',
      )
    const url = this.options.runUrl
    lines.push(
      url
        ? `The list is too long for this comment: see the [full report](${url}).`
        : 'The list is too long to show here.',
      '',
    )
    return lines.join('\n')
  }
}

/** Bytes of the text of `pre` and `blocks` with at most `cap` rows per block (see render). */
function size(preBytes: number, blocks: readonly Block[], cap: number): number {
  let n = preBytes
  for (const b of blocks) {
    const shown = Math.min(cap, b.rows.length)
    if (b.needsRows && !shown) continue
    n += linesBytes(b.head) + linesBytes(b.tail)
    for (let i = 0; i < shown; i++) n += b.rowBytes[i] + 1
    if (shown < b.rows.length) n += bytes(b.more(b.rows.length - shown)) + 1
  }
  return n - 1
}

function render(pre: readonly string[], blocks: readonly Block[], cap: number): string {
  const lines = [...pre]
  for (const b of blocks) {
    const shown = Math.min(cap, b.rows.length)
    if (b.needsRows && !shown) continue
    lines.push(...b.head)
    for (let i = 0; i < shown; i++) lines.push(b.rows[i])
    if (shown < b.rows.length) lines.push(b.more(b.rows.length - shown))
    lines.push(...b.tail)
  }
  return lines.join('\n')
}

/**
 * Rows capped: the largest number of rows per table that fits, each cut table saying how many it left
 * out. When not even the headings of every section fit: the sections that fit, in order, with no rows,
 * and one line counting the rest. Undefined when nothing fits.
 */
function capped(pre: string[], blocks: Block[], max: number, runUrl: string | undefined): string | undefined {
  const preBytes = linesBytes(pre)
  if (size(preBytes, blocks, 0) <= max) {
    let lo = 0
    let hi = Math.max(0, ...blocks.map((b) => b.rows.length))
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (size(preBytes, blocks, mid) <= max) lo = mid
      else hi = mid - 1
    }
    return render(pre, blocks, lo)
  }
  const closing = (sections: number, rows: number): string =>
    `_… and ${plural(sections, 'more section')} (${plural(rows, 'row')}) not shown${runUrl ? `: see the [full report](${runUrl})` : ''}._`
  const reserve = bytes(closing(999_999, 9_999_999)) + 2
  let used = preBytes
  let i = 0
  for (; i < blocks.length; i++) {
    const cost = size(0, [blocks[i]], 0) + 1
    if (used + cost + reserve > max) break
    used += cost
  }
  if (i === 0) return undefined
  const rest = blocks.slice(i)
  return `${render(pre, blocks.slice(0, i), 0)}\n${closing(
    rest.length,
    rest.reduce((n, b) => n + b.rows.length, 0),
  )}\n`
}

/** Fewest bytes a row of the full text takes ("| a | ➕ added | 1 | direct | dev | – |"). */
const MIN_ROW_BYTES = 40

/** renderMarkdown, with the stage that was needed to fit. */
export function renderMarkdownDetailed(diff: GraphDiff, options: MarkdownOptions = {}): RenderedMarkdown {
  const max = options.maxLength ?? COMMENT_LIMIT
  const r = new Renderer(diff, options)
  const pre = r.preamble()
  const preBytes = linesBytes(pre)
  const done = (markdown: string, stage: TruncationStage): RenderedMarkdown => ({
    markdown,
    stage,
    bytes: bytes(markdown),
  })
  const entries = diff.manifests.reduce((n, m) => n + m.entries.length, 0) + diff.moved.length
  // Not worth building every row when their number alone rules the full text out.
  if (preBytes + entries * MIN_ROW_BYTES <= max) {
    const full = r.blocks(false)
    if (size(preBytes, full, Infinity) <= max) return done(render(pre, full, Infinity), 'full')
  }
  const collapsed = r.blocks(true)
  if (size(preBytes, collapsed, Infinity) <= max) return done(render(pre, collapsed, Infinity), 'collapsed')
  const cut = capped(pre, collapsed, max, options.runUrl)
  if (cut !== undefined) return done(cut, 'capped')
  return done(r.countsOnly(), 'counts')
}

/** The diff as markdown that fits options.maxLength (see MarkdownOptions and TruncationStage). */
export function renderMarkdown(diff: GraphDiff, options: MarkdownOptions = {}): string {
  return renderMarkdownDetailed(diff, options).markdown
}
