// The build and the tests run on the Node LTS that package.json's "engines" names (README, "Node"):
// the Maven build installs it into frontend/.node, whatever node the machine has.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const engines = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).engines.node
const version = (text) => text.match(/(\d+)\.(\d+)\.(\d+)/).slice(1).map(Number)
const atLeast = (have, want) => have[0] !== want[0] ? have[0] > want[0] : have[1] !== want[1] ? have[1] > want[1] : have[2] >= want[2]

describe('node', () => {
  it('is a maintained LTS, at least what package.json asks for', () => {
    expect(engines).toMatch(/^>=\s*\d+\.\d+\.\d+$/)
    const minimum = version(engines)
    expect(minimum[0]).toBeGreaterThanOrEqual(22)
    expect(atLeast(version(process.versions.node), minimum), `node ${process.versions.node}, wanted ${engines}`).toBe(true)
  })
})
