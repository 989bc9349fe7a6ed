// The hybrid logical clock orders stamps even when the wall clock stands still or jumps back.
import { describe, expect, it } from 'vitest';
import { HybridClock, formatHlc, parseHlc } from '../../../electron/core/db/hlc';

describe('HybridClock', () => {
  it('keeps increasing when the wall clock jumps back an hour', () => {
    let wall = Date.UTC(2026, 10, 23, 12);
    const clock = new HybridClock('dev-a', () => wall);
    const first = clock.next();
    wall -= 3_600_000;
    const second = clock.next();
    const third = clock.next();
    expect(first < second && second < third).toBe(true);
  });

  it('resumes after the latest stamp it issued before a restart', () => {
    const wall = Date.UTC(2026, 0, 1);
    const before = new HybridClock('dev-a', () => wall + 10_000).next();
    const restarted = new HybridClock('dev-a', () => wall, before);
    expect(restarted.next() > before).toBe(true);
  });

  it('moves past a stamp seen from another device', () => {
    const clock = new HybridClock('dev-a', () => 1000);
    const remote = formatHlc({ wallMs: 5000, counter: 3, deviceId: 'dev-b' });
    clock.observe(remote);
    const next = parseHlc(clock.next());
    expect(next).toEqual({ wallMs: 5000, counter: 4, deviceId: 'dev-a' });
  });

  it('is not dragged by a stamp dated beyond the allowed skew, only by those within it', () => {
    const clock = new HybridClock('dev-a', () => 1_000_000);
    clock.observe(formatHlc({ wallMs: 1_000_000 + 10 * 86_400_000, counter: 0, deviceId: 'dev-b' }), 86_400_000);
    expect(parseHlc(clock.next())).toEqual({ wallMs: 1_000_000, counter: 0, deviceId: 'dev-a' });
    clock.observe(formatHlc({ wallMs: 1_000_000 + 3_600_000, counter: 2, deviceId: 'dev-b' }), 86_400_000);
    expect(parseHlc(clock.next())).toEqual({ wallMs: 1_000_000 + 3_600_000, counter: 3, deviceId: 'dev-a' });
  });

  it('round-trips its text form, which sorts like the clock', () => {
    const a = formatHlc({ wallMs: 9, counter: 35, deviceId: 'x' });
    const b = formatHlc({ wallMs: 10, counter: 0, deviceId: 'x' });
    expect(parseHlc(a)).toEqual({ wallMs: 9, counter: 35, deviceId: 'x' });
    expect(a < b).toBe(true);
  });
});
