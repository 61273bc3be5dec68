// Problems found in lockfiles as workflow annotations on their file and line.
import * as core from '@actions/core'
import { posix } from 'node:path'
import type { Issue } from '../model.js'

/**
 * `prefix` is the scanned folder relative to the workspace, so annotations land on the right file. Problems
 * are errors only when they fail the step (strict); otherwise warnings, as action.yml promises.
 */
export function annotate(issues: readonly Issue[], prefix: string, strict: boolean): void {
  for (const issue of issues) {
    const file = prefix && prefix !== '.' ? posix.join(prefix, issue.file) : issue.file
    const props = { file, startLine: issue.line, title: 'lockgraph' }
    if (issue.severity === 'error' && strict) core.error(issue.message, props)
    else if (issue.severity !== 'info') core.warning(issue.message, props)
    else core.info(`${issue.line ? `${file}:${issue.line}` : file}: note: ${issue.message}`)
  }
}
