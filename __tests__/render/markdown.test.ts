import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderMarkdown,
  renderMarkdownDetailed,
} from '../../src/render/markdown.js'
import { TESTDATA } from '../helpers/parse.js'
import { HOSTILE, bigDiff, hostileDiff, manyManifestsDiff, typicalDiff } from './fixtures.js'

const GOLDEN = join(TESTDATA, 'diff', 'golden')
const MARKER = '<!-- lockgraph:comment-id -->'
const RUN = 'https://github.com/octo/repo/actions/runs/42'

/** Compares with a golden file byte for byte; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

describe('renderMarkdown: golden files', () => {
  test('a typical pull request', () => {
    const { diff, violations } = typicalDiff()
    const r = renderMarkdownDetailed(diff, { marker: MARKER, runUrl: RUN, violations })
    expect(r.stage).toBe('full')
    golden('typical.md', r.markdown)
  })

  test('hostile names, versions, licenses and manifest path', () => {
    const { diff, violations } = hostileDiff()
    const r = renderMarkdownDetailed(diff, { marker: MARKER, violations })
    expect(r.stage).toBe('full')
    golden('hostile.md', r.markdown)
  })

  test('no changes', () => {
    const { diff } = typicalDiff()
    const none = { ...diff, manifests: [], moved: [], hasChanges: false }
    golden('no-changes.md', renderMarkdown(none, { marker: MARKER }))
  })
})

describe('renderMarkdown: the typical pull request', () => {
  const { diff, violations } = typicalDiff()
  const md = renderMarkdown(diff, { marker: MARKER, runUrl: RUN, violations })
  const lines = md.split('\n')

  test('marker first, headline of counts, violations before any manifest', () => {
    expect(lines[0]).toBe(MARKER)
    expect(lines[2]).toBe('')
    expect(lines[3]).toBe(
      '**5** added · **1** removed · **3** upgraded · **1** downgraded · **1** changed · **1** moved in 4 manifests (1 new manifest).',
    )
    const policy = lines.findIndex((l) => l.startsWith('### ❌ Policy'))
    const firstManifest = lines.findIndex((l) => l.startsWith('#### '))
    expect(policy).toBeGreaterThan(0)
    expect(policy).toBeLessThan(firstManifest)
  })

  test('new transitive packages are grouped under the direct dependency that brought them', () => {
    const start = lines.indexOf('<details><summary>2 new transitive packages via express 4.18.2</summary>')
    expect(start).toBeGreaterThan(0)
    const end = lines.indexOf('</details>', start)
    expect(lines.slice(start + 4, end - 1)).toEqual([
      '| qs | 6.11.0 | express → body-parser → qs | runtime | BSD-3-Clause |',
      '| side-channel | 1.0.4 | express → body-parser → qs → side-channel | runtime | MIT |',
    ])
  })
})

describe('renderMarkdown: hostile text cannot inject', () => {
  const { diff, violations } = hostileDiff()
  const md = renderMarkdown(diff, { marker: MARKER, violations })
  const ours = md
    .replace(MARKER, '')
    .replace(/<\/?details>|<\/?summary>/g, '')
    .replace(/`[^`\n]*`/g, 'CODE')

  test('no HTML tag but ours; <details> and </details> pair up', () => {
    expect(ours).not.toMatch(/</)
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length)
    expect(md.match(/<summary>/g)?.length).toBe(md.match(/<\/summary>/g)?.length)
  })

  test('every table row keeps its columns: no "|" or line break from the data', () => {
    const tables: string[][] = []
    let current: string[] | undefined
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) {
        if (!current) tables.push((current = []))
        current.push(line)
      } else current = undefined
    }
    expect(tables.length).toBe(2) // the change table, one group
    expect(tables.flat().length).toBe(HOSTILE.length + 4)
    for (const table of tables) {
      const width = table[0].split('|').length
      for (const row of table) expect([row, row.split('|').length]).toEqual([row, width])
    }
  })

  test('markdown: no link, image, code span or emphasis from the data', () => {
    expect(ours).not.toMatch(/\]\(|\[click|!\[/)
    expect(ours).not.toMatch(/`/)
    expect(ours).not.toMatch(/\*bold\*|_em_|~~del~~/)
  })

  test('rendered text (entities decoded, as the mention and autolink filters see it): no autolink, mention or issue reference', () => {
    const decoded = ours.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    expect(decoded).toContain('[click](http:\u200b//evil.example/x)')
    expect(decoded).not.toMatch(/https?:\/\//)
    expect(decoded).not.toMatch(/www\./)
    expect(decoded).not.toMatch(/@[A-Za-z0-9]/)
    expect(decoded).not.toMatch(/#\d|\bGH-\d/i)
    expect(decoded).toContain('@\u200boctocat')
    expect(decoded).toContain('#\u200b1 and GH-\u200b2')
  })

  test('the manifest path is a code span without backticks of its own', () => {
    expect(md).toContain("#### `evil'|<b>@octocat/package.json` · npm")
  })
})

describe('renderMarkdown: fits the limit, marker included, whatever the size', () => {
  test('a small diff: full', () => {
    const r = renderMarkdownDetailed(bigDiff(20, true), { marker: MARKER })
    expect([r.stage, r.markdown.split('\n').filter((l) => l.startsWith('| package-number-')).length]).toEqual(
      ['full', 20],
    )
  })

  test('5,000 transitive changes: transitive rows collapsed', () => {
    const r = renderMarkdownDetailed(bigDiff(5000, false), { marker: MARKER, runUrl: RUN })
    expect(r.stage).toBe('collapsed')
    expect(r.bytes).toBe(bytes(r.markdown))
    expect(r.bytes).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(r.markdown.length).toBeLessThan(COMMENT_LIMIT)
    expect(r.markdown.startsWith(`${MARKER}\n`)).toBe(true)
    expect(r.markdown).toContain('| framework | ⬆️ upgraded | 1.0.0 → 2.0.0 | direct | runtime | – |')
    expect(r.markdown).toContain(
      `_5,000 transitive changes not listed (5,000 upgraded): see the [full report](${RUN})._`,
    )
    expect(r.markdown).not.toContain('package-number-')
  })

  test('5,000 direct changes: rows capped with "… and N more"', () => {
    const r = renderMarkdownDetailed(bigDiff(5000, true), { marker: MARKER, runUrl: RUN })
    expect(r.stage).toBe('capped')
    expect(r.bytes).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(r.markdown.length).toBeLessThan(COMMENT_LIMIT)
    const shown = r.markdown.split('\n').filter((l) => l.startsWith('| package-number-')).length
    const more = /_… and ([\d,]+) changes more/.exec(r.markdown)
    expect(more).not.toBeNull()
    expect(shown + Number(more![1].replace(/,/g, ''))).toBe(5000)
    expect(shown).toBeGreaterThan(400)
    // as many rows as fit: one more would not
    expect(r.bytes + 100).toBeGreaterThan(COMMENT_LIMIT)
  })

  test('5,000 manifests: the sections that fit, and a line counting the rest', () => {
    const r = renderMarkdownDetailed(manyManifestsDiff(5000), { marker: MARKER, runUrl: RUN })
    expect(r.stage).toBe('capped')
    expect(r.bytes).toBeLessThanOrEqual(COMMENT_LIMIT)
    const sections = r.markdown.split('\n').filter((l) => l.startsWith('#### ')).length
    const rest = /_… and ([\d,]+) more sections \(([\d,]+) rows\) not shown: see the \[full report\]/.exec(
      r.markdown,
    )
    expect(rest).not.toBeNull()
    expect(sections + Number(rest![1].replace(/,/g, ''))).toBe(5000)
    expect(Number(rest![2].replace(/,/g, ''))).toBe(5000 - sections)
  })

  test('a limit too small for any section: counts only, with the link', () => {
    const { diff, violations } = typicalDiff()
    const tiny = renderMarkdownDetailed(diff, { marker: MARKER, runUrl: RUN, violations, maxLength: 1 })
    expect(tiny.stage).toBe('counts')
    expect(tiny.markdown).toBe(
      [
        MARKER,
        '### lockgraph: dependency changes',
        '',
        '**5** added · **1** removed · **3** upgraded · **1** downgraded · **1** changed · **1** moved in 4 manifests (1 new manifest).',
        '',
        '❌ Policy: 3 violations, 1 warning.',
        '',
        `The list is too long for this comment: see the [full report](${RUN}).`,
        '',
      ].join('\n'),
    )
    // at exactly its size, still counts only: no section fits with the line that counts the others
    const exact = renderMarkdownDetailed(diff, {
      marker: MARKER,
      runUrl: RUN,
      violations,
      maxLength: tiny.bytes,
    })
    expect([exact.stage, exact.markdown]).toEqual(['counts', tiny.markdown])
  })

  test('the job summary limit (1 MiB) takes 5,000 changes in full', () => {
    const r = renderMarkdownDetailed(bigDiff(5000, true), { maxLength: SUMMARY_LIMIT })
    expect(r.stage).toBe('full')
    expect(r.markdown.split('\n').filter((l) => l.startsWith('| package-number-')).length).toBe(5000)
  })

  test('rendering 10,000 changes takes well under a second', () => {
    const diff = bigDiff(10_000, true)
    const t = performance.now()
    const r = renderMarkdownDetailed(diff, { marker: MARKER, runUrl: RUN })
    expect(r.bytes).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(performance.now() - t).toBeLessThan(1000)
  })
})
