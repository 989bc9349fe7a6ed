// Keeps the main window's size, position and maximized state across restarts, in userData/window-state.json.
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent on first run, or when the saved spot is no longer on any screen: the window is then centred. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const minimumSize = { width: 960, height: 600 } as const;
export const defaultState: WindowState = { width: 1280, height: 820, maximized: false };

const fileName = 'window-state.json';

/** A missing, unreadable or corrupt file is not an error worth telling a director about: the default size will do. */
export function readWindowState(userDataDir: string): WindowState {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(userDataDir, fileName), 'utf8'));
    return parseWindowState(raw) ?? defaultState;
  } catch {
    return defaultState;
  }
}

export function parseWindowState(raw: unknown): WindowState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;
  if (!isInt(r.width) || !isInt(r.height) || r.width <= 0 || r.height <= 0) return undefined;
  const state: WindowState = { width: r.width, height: r.height, maximized: r.maximized === true };
  if (isInt(r.x) && isInt(r.y)) {
    state.x = r.x;
    state.y = r.y;
  }
  return state;
}

/** Written to a temporary file and renamed over the old one, so a crash mid-write never leaves half a file behind. */
export function writeWindowState(userDataDir: string, state: WindowState): void {
  const file = path.join(userDataDir, fileName);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(userDataDir, { recursive: true });
    fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    fs.renameSync(temporary, file);
  } catch (error) {
    console.error('[chartroom] could not save the window position:', error);
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Makes saved bounds safe to restore on today's screens: a monitor may have been unplugged since.
 * The window keeps its spot only if enough of its title bar lands on a display's work area to grab it;
 * either way it is shrunk to fit the display it ends up on.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[], primary: Rect): WindowState {
  const home = state.x !== undefined && state.y !== undefined ? workAreas.find((area) => titleBarReachable(state as Rect, area)) : undefined;
  const area = home ?? primary;
  const width = Math.max(Math.min(state.width, area.width), Math.min(minimumSize.width, area.width));
  const height = Math.max(Math.min(state.height, area.height), Math.min(minimumSize.height, area.height));
  if (!home) return { width, height, maximized: state.maximized };
  return { x: state.x, y: state.y, width, height, maximized: state.maximized };
}

function titleBarReachable(window: Rect, area: Rect): boolean {
  const titleBar = { x: window.x, y: window.y, width: window.width, height: 32 };
  const overlapX = Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
  const overlapY = Math.min(titleBar.y + titleBar.height, area.y + area.height) - Math.max(titleBar.y, area.y);
  return overlapX >= 100 && overlapY >= 16;
}
