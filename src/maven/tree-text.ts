// A dependency tree in the text `mvn dependency:tree` prints, to compare with Maven's own output.
import type { DependencyTree, TreeNode } from './collect.js'

function artifact(node: TreeNode): string {
  const classifier = node.classifier ? `:${node.classifier}` : ''
  return `${node.groupId}:${node.artifactId}:${node.type}${classifier}:${node.version}:${node.scope}${node.optional ? ' (optional)' : ''}`
}

export function renderTree(tree: DependencyTree): string {
  const { groupId, artifactId, version } = tree.root.gav
  const lines = [`${groupId}:${artifactId}:${tree.root.packaging}:${version}`]
  const walk = (nodes: TreeNode[], indent: string) => {
    nodes.forEach((node, i) => {
      const last = i === nodes.length - 1
      lines.push(`${indent}${last ? '\\- ' : '+- '}${artifact(node)}`)
      walk(node.children, indent + (last ? '   ' : '|  '))
    })
  }
  walk(tree.children, '')
  return lines.join('\n') + '\n'
}
