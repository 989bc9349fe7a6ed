// Statistical process control for measures: periods, run and control charts, signals and the status rule.
export * from './analysis';
export * from './control-chart';
export * from './periods';
export * from './run-chart';
export * from './status';
export * from './value-rules';
