// The job summary of a scan as markdown: counts per ecosystem and per lockfile, and the problems found.
import type { Issue } from '../model.js'
import type { Counts } from '../report/summary.js'
import { codeSpan, escapeMarkdown } from './escape.js'

const MAX_ISSUES = 200

export function scanSummaryMarkdown(
  counts: Counts,
  issues: readonly Issue[],
  sbomFiles: readonly string[],
): string {
  const out: string[] = ['## lockgraph SBOM', '']
  out.push(
    `**${counts.packages}** packages in **${counts.projects}** projects from **${counts.byFile.length}** lockfiles` +
      (counts.byEcosystem.length
        ? ` (${counts.byEcosystem.map((e) => `${e.ecosystem} ${e.packages}`).join(', ')})`
        : '') +
      '.',
    '',
  )
  if (counts.byEcosystem.length) {
    out.push('| Ecosystem | Packages |', '| --- | ---: |')
    for (const e of counts.byEcosystem) out.push(`| ${e.ecosystem} | ${e.packages} |`)
    out.push('')
  }
  if (counts.byFile.length) {
    out.push('| Lockfile | Format | Packages | Projects | Status |', '| --- | --- | ---: | ---: | --- |')
    for (const f of counts.byFile)
      out.push(
        `| ${codeSpan(f.path)} | ${escapeMarkdown(f.format)} | ${f.ok ? f.packages : '–'} | ${f.ok ? f.projects : '–'} | ${
          !f.ok ? '❌ not read' : f.complete ? '✅ complete' : '⚠️ incomplete'
        } |`,
      )
    out.push('')
  }
  const shown = issues.filter((i) => i.severity !== 'info')
  const notes = issues.length - shown.length
  if (shown.length) {
    out.push(`### Problems (${shown.length})`, '')
    for (const i of shown.slice(0, MAX_ISSUES))
      out.push(
        `- ${i.severity === 'error' ? '❌' : '⚠️'} ${codeSpan(i.line ? `${i.file}:${i.line}` : i.file)} ${escapeMarkdown(i.message)}`,
      )
    if (shown.length > MAX_ISSUES) out.push(`- … and ${shown.length - MAX_ISSUES} more (see the step log)`)
    out.push('')
  }
  if (notes) out.push(`${notes} note${notes === 1 ? '' : 's'} in the step log.`, '')
  if (sbomFiles.length) out.push(`SBOM: ${sbomFiles.map((f) => codeSpan(f)).join(', ')}`, '')
  return out.join('\n')
}
