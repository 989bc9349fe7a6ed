// Two real Syncthing instances (Debian's package) on 127.0.0.1, sharing one folder: global discovery, local
// discovery, relays, NAT traversal, upgrades and usage reporting off. Each has its own home and folder copy.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function syncthingBinary(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'syncthing');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Instance {
  home: string;
  folder: string;
  deviceId: string;
  listenPort: number;
  guiPort: number;
  apiKey: string;
  process: ChildProcess | null;
  log: string[];
}

function config(self: Instance, other: Instance): string {
  const device = (i: Instance, name: string) =>
    `  <device id="${i.deviceId}" name="${name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">\n    <address>tcp://127.0.0.1:${i.listenPort}</address>\n    <paused>false</paused>\n    <autoAcceptFolders>false</autoAcceptFolders>\n  </device>`;
  return `<configuration version="35">
  <folder id="chartroom-shared" label="Chartroom" path="${self.folder}" type="sendreceive" rescanIntervalS="3" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${self.deviceId}" introducedBy=""></device>
    <device id="${other.deviceId}" introducedBy=""></device>
    <minDiskFree unit="%">0</minDiskFree>
    <versioning></versioning>
  </folder>
${device(self, 'self')}
${device(other, 'other')}
  <gui enabled="true" tls="false" debugging="false">
    <address>127.0.0.1:${self.guiPort}</address>
    <apikey>${self.apiKey}</apikey>
    <theme>default</theme>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${self.listenPort}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <urSeen>3</urSeen>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
`;
}

export class SyncthingPair {
  readonly a: Instance;
  readonly b: Instance;

  private constructor(a: Instance, b: Instance) {
    this.a = a;
    this.b = b;
  }

  static async create(binary: string, root: string): Promise<SyncthingPair> {
    const make = async (name: string): Promise<Instance> => {
      const home = path.join(root, `syncthing-${name}`);
      const folder = path.join(root, `folder-${name}`);
      fs.mkdirSync(path.join(folder, '.stfolder'), { recursive: true });
      execFileSync(binary, ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { stdio: 'ignore', timeout: 30_000 });
      const deviceId = execFileSync(binary, ['serve', `--home=${home}`, '--device-id'], { encoding: 'utf8', timeout: 30_000 }).trim();
      return { home, folder, deviceId, listenPort: await freePort(), guiPort: await freePort(), apiKey: randomBytes(16).toString('hex'), process: null, log: [] };
    };
    const a = await make('a');
    const b = await make('b');
    fs.writeFileSync(path.join(a.home, 'config.xml'), config(a, b));
    fs.writeFileSync(path.join(b.home, 'config.xml'), config(b, a));
    const pair = new SyncthingPair(a, b);
    for (const i of [a, b]) {
      const child = spawn(binary, ['serve', `--home=${i.home}`, '--no-browser', '--no-restart', '--no-upgrade'], {
        env: { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STGUIADDRESS: `127.0.0.1:${i.guiPort}`, HOME: i.home },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (d: Buffer) => i.log.push(d.toString()));
      child.stderr?.on('data', (d: Buffer) => i.log.push(d.toString()));
      i.process = child;
    }
    return pair;
  }

  /** Asks Syncthing (REST API) whether the two devices are connected to each other. */
  async connected(): Promise<boolean> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.a.guiPort}/rest/system/connections`, { headers: { 'X-API-Key': this.a.apiKey } });
      const body = (await res.json()) as { connections: Record<string, { connected: boolean }> };
      return body.connections[this.b.deviceId]?.connected === true;
    } catch {
      return false;
    }
  }

  /** Always called: SIGTERM, then SIGKILL if a process is still there after a moment. */
  async stop(): Promise<void> {
    for (const i of [this.a, this.b]) i.process?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    for (const i of [this.a, this.b]) {
      if (i.process && i.process.exitCode === null && i.process.signalCode === null) i.process.kill('SIGKILL');
    }
  }
}

export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs: number, everyMs = 250): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
