// What the offline parser and the resolver share: a build's modules as projects, model problems as issues.
import type { Issue, ParsedProject } from '../../model.js'
import { extensionOf, mavenPurl } from './coordinates.js'
import type { EffectiveModel, ModelProblem } from './model.js'
import type { ReactorModule } from './reactor.js'

/** Project id of a module inside the file's result: "" for the root POM, else its POM's path. */
export function projectId(module: ReactorModule, rootPath: string): string {
  return module.path === rootPath ? '' : module.path
}

export function projectOf(module: ReactorModule, model: EffectiveModel, rootPath: string): ParsedProject {
  const { groupId, artifactId, version } = model.gav
  let purl: string | undefined
  try {
    purl =
      groupId && artifactId
        ? mavenPurl(
            groupId,
            artifactId,
            version || undefined,
            extensionOf(model.packaging) === 'jar' ? 'jar' : model.packaging,
          )
        : undefined
  } catch {
    purl = undefined
  }
  return {
    id: projectId(module, rootPath),
    ecosystem: 'maven',
    name: groupId ? `${groupId}:${artifactId}` : artifactId,
    version: version || undefined,
    purl,
    manifest: module.path,
    dir: module.dir,
  }
}

export function issueOf(problem: ModelProblem, file: string): Issue {
  return {
    file: problem.file ?? file,
    line: problem.line,
    severity: problem.severity,
    message: problem.message,
  }
}

/** Issues without repeats (a parent's problem is met once per module inheriting from it). */
export function uniqueIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = `${i.file}\0${i.line}\0${i.severity}\0${i.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
