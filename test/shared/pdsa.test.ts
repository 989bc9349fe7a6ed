// The PDSA state rule: one step at a time, each needing what comes before it.
import { describe, expect, it } from 'vitest';
import { nextPdsaState, pdsaProblems } from '../../shared/domain/pdsa';

const paths = (p: { path: string }[]) => p.map((x) => x.path);
const ready = { prediction: 'Fewer than 2 in 10 late', plan: 'Ward 4 nurses, two weeks', observations: '3 of 20 late', study: 'Better than predicted' };

describe('PDSA state rule', () => {
  it('lets a new cycle be planned with nothing but its title', () => {
    expect(pdsaProblems(null, { state: 'planned' })).toEqual([]);
  });

  it('does not start (doing) without a prediction and a plan', () => {
    expect(paths(pdsaProblems('planned', { state: 'doing' }))).toEqual(['prediction', 'plan']);
    expect(pdsaProblems('planned', { state: 'doing', prediction: ready.prediction, plan: ready.plan })).toEqual([]);
  });

  it('does not study without observations', () => {
    expect(paths(pdsaProblems('doing', { state: 'studying', prediction: 'x', plan: 'y' }))).toEqual(['observations']);
  });

  it('cannot decide without a study and an act', () => {
    expect(paths(pdsaProblems('studying', { state: 'decided', ...ready, study: '  ' }))).toEqual(['study', 'act']);
    expect(pdsaProblems('studying', { state: 'decided', ...ready, act: 'adopt' })).toEqual([]);
  });

  it('moves one step at a time: planned cannot jump to studying', () => {
    expect(paths(pdsaProblems('planned', { state: 'studying', ...ready }))).toEqual(['state']);
    expect(paths(pdsaProblems(null, { state: 'doing', ...ready }))).toEqual([]);
  });

  it('takes a step back to correct, and an act only once decided', () => {
    expect(pdsaProblems('decided', { state: 'studying', ...ready })).toEqual([]);
    expect(paths(pdsaProblems('decided', { state: 'studying', ...ready, act: 'adapt' }))).toEqual(['act']);
    expect(nextPdsaState('studying')).toBe('decided');
    expect(nextPdsaState('decided')).toBeNull();
  });
});
