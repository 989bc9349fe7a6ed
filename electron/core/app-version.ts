// The app's version, from package.json, for the status line and the data-format checks.
import pkg from '../../package.json' with { type: 'json' };

export const appVersion: string = pkg.version;
