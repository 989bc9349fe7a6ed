// `deidentify` on the command line: standard input in, the de-identified text (or JSON spans) out, by the app's code.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { deidentify } from '../../shared/domain/deidentify';

const narrative = 'Her son Tobias Fenwright (503-555-0148) met Dr. Okafor on March 3, 2026 at 14 Larkspur Lane.';

async function cli(input: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), readInput: async () => input });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli deidentify', () => {
  it('prints the text with each identifier replaced by its kind, and needs no database', async () => {
    const r = await cli(narrative, 'deidentify');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Her son [NAME] ([PHONE]) met Dr. [NAME] on [DATE] at [ADDRESS].');
  });

  it('with --json, prints the text and every span removed with its kind and offsets: the same answer as the app’s code', async () => {
    const r = await cli(narrative, 'deidentify', '--json');
    const parsed = JSON.parse(r.out) as ReturnType<typeof deidentify>;
    expect(parsed).toEqual(deidentify(narrative));
    for (const s of parsed.spans) expect(narrative.slice(s.start, s.end)).toBe(s.text);
    expect(parsed.spans.map((s) => s.kind)).toEqual(['name', 'phone', 'name', 'date', 'address']);
  });

  it('reads standard input through npm run cli', () => {
    const run = spawnSync('npx', ['tsx', 'electron/cli/main.ts', 'deidentify'], { input: 'Call 503-555-0148 today.\n', encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout.trim()).toBe('Call [PHONE] today.');
  }, 60_000);
});
