// The result of an npm-ecosystem lockfile: projects are keyed by their package.json, the same way for every
// package manager, so one package.json locked by npm, yarn, pnpm and bun is one project in the graph.
import { posix } from 'node:path'
import type { ParsedProject } from '../../model.js'
import { ResultBuilder } from '../result.js'
import { projectPurl } from './source.js'

export abstract class NpmResultBuilder extends ResultBuilder {
  /** Adds the project of folder `id` (relative to the lockfile's folder; "" for the root). */
  addProject(id: string, name: unknown, version: unknown): ParsedProject {
    const projectName = typeof name === 'string' && name ? name : posix.basename(this.rel(id)) || 'root'
    const projectVersion = typeof version === 'string' && version ? version : undefined
    const project: ParsedProject = {
      id,
      ecosystem: 'npm',
      name: projectName,
      version: projectVersion,
      purl: projectPurl(projectName, projectVersion),
      manifest: this.rel(id, 'package.json'),
      dir: this.rel(id),
    }
    this.projects.push(project)
    return project
  }
}
