// The dependency diff as plain text for a terminal (`lockgraph diff --format text`).
import type { ChangeKind, DiffCounts, DiffEntry, GraphDiff, MovedEntry } from '../diff/model.js'
import type { Violation } from '../policy/policy.js'

const MARK: Record<ChangeKind, string> = {
  added: '+',
  removed: '-',
  upgraded: '↑',
  downgraded: '↓',
  changed: '~',
}
const ORDER: Array<keyof DiffCounts> = ['added', 'removed', 'upgraded', 'downgraded', 'changed', 'moved']

/** Untrusted text for a terminal: no control characters (escape sequences could rewrite the screen). */
function clean(text: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
}

function counts(c: DiffCounts): string {
  return ORDER.map((k) => `${c[k]} ${k}`).join(', ')
}

function entryLine(e: DiffEntry): string {
  const v = (s: string | undefined): string => (s === undefined ? '(no version)' : clean(s))
  let line = `  ${MARK[e.kind]} ${clean(e.name)} `
  if (e.base && e.head)
    line +=
      e.base.version === e.head.version ? v(e.head.version) : `${v(e.base.version)} → ${v(e.head.version)}`
  else line += v((e.head ?? e.base)!.version)
  const notes: string[] = [e.direct ? 'direct' : 'transitive', (e.head ?? e.base)!.scope]
  if (e.base && e.head) {
    if (e.changes.includes('scope')) notes[1] = `${e.base.scope} → ${e.head.scope}`
    if (e.changes.includes('direct')) notes[0] = `${e.base.direct ? 'direct' : 'transitive'} → ${notes[0]}`
    if (e.changes.includes('license'))
      notes.push(`license ${clean(e.base.license) || 'none'} → ${clean(e.head.license) || 'none'}`)
    if (e.changes.includes('source')) notes.push(`source ${e.base.source} → ${e.head.source}`)
    if (e.changes.includes('hash')) notes.push('hash changed')
    if (e.kind === 'changed' && e.changes.includes('version')) notes.push('version respelled')
  }
  if (e.path && e.path.length > 1) notes.push(`via ${e.path.map((s) => clean(s.name)).join(' → ')}`)
  return `${line} (${notes.join(', ')})`
}

function movedLine(m: MovedEntry): string {
  const v =
    m.base.version === m.head.version
      ? clean(m.head.version)
      : `${clean(m.base.version)} → ${clean(m.head.version)}`
  return `  > ${clean(m.name)} ${v}: ${clean(m.from)} → ${clean(m.to)}`
}

/** Every change, one per line, grouped by manifest; violations first. */
export function renderText(diff: GraphDiff, violations: readonly Violation[] = []): string {
  const out: string[] = []
  if (violations.length) {
    out.push('Policy:')
    for (const v of violations)
      out.push(`  ${v.severity}: ${clean(v.manifest)}: [${v.rule}] ${clean(v.message)}`)
    out.push('')
  }
  if (!diff.hasChanges) {
    out.push('No dependency changes.')
    return `${out.join('\n')}\n`
  }
  out.push(
    `${counts(diff.counts)} in ${diff.manifests.length} manifest${diff.manifests.length === 1 ? '' : 's'}`,
    '',
  )
  for (const m of diff.manifests) {
    const status = m.status === 'added' ? ' (new)' : m.status === 'removed' ? ' (removed)' : ''
    out.push(`${clean(m.manifest)}${status} [${m.ecosystem}]: ${counts(m.counts)}`)
    for (const e of m.entries) out.push(entryLine(e))
    out.push('')
  }
  if (diff.moved.length) {
    out.push('Moved between manifests:')
    for (const m of diff.moved) out.push(movedLine(m))
    out.push('')
  }
  return out.join('\n')
}
