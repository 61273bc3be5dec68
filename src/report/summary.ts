// Counts per ecosystem and per lockfile, and problems, as plain data and as text. No I/O.
import type { Graph } from '../graph/graph.js'
import type { Ecosystem, Issue } from '../model.js'

export interface Counts {
  packages: number
  projects: number
  edges: number
  byEcosystem: Array<{ ecosystem: Ecosystem; packages: number }>
  byFile: Array<{
    path: string
    format: string
    packages: number
    projects: number
    ok: boolean
    complete: boolean
  }>
}

export function countGraph(graph: Graph): Counts {
  const eco = new Map<Ecosystem, number>()
  for (const p of graph.packages.values()) eco.set(p.ecosystem, (eco.get(p.ecosystem) ?? 0) + 1)
  let edges = 0
  for (const tos of graph.edges.values()) edges += tos.size
  return {
    packages: graph.packages.size,
    projects: graph.projects.size,
    edges,
    byEcosystem: [...eco]
      .map(([ecosystem, packages]) => ({ ecosystem, packages }))
      .sort((a, b) => b.packages - a.packages),
    byFile: graph.files
      .map(({ path, format, packages, projects, ok, complete }) => ({
        path,
        format,
        packages,
        projects,
        ok,
        complete,
      }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
  }
}

/** "file:line: severity: message", the way compilers print it. */
export function formatIssue(issue: Issue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file
  return `${where}: ${issue.severity === 'info' ? 'note' : issue.severity}: ${issue.message}`
}

/** Problems that --strict turns into a failure: errors and warnings, not notes. */
export function problems(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity !== 'info')
}

export function textSummary(counts: Counts): string {
  const lines = [
    `${counts.packages} packages in ${counts.projects} projects from ${counts.byFile.length} lockfiles` +
      (counts.byEcosystem.length
        ? ` (${counts.byEcosystem.map((e) => `${e.ecosystem}: ${e.packages}`).join(', ')})`
        : ''),
  ]
  for (const f of counts.byFile)
    lines.push(
      `  ${f.path}  ${f.format}  ${f.ok ? `${f.packages} packages` : 'not read'}${f.ok && !f.complete ? ' (incomplete)' : ''}`,
    )
  return lines.join('\n')
}
