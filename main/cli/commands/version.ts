/** `clippings version`: the app's version and the versions that shape its index cache. */
import { createRequire } from 'node:module';
import type { CliCommand } from '../command';

const require = createRequire(__filename);

export const versionCommand: CliCommand = {
  name: 'version',
  usage: 'version',
  summary: 'Print the version of Clippings, lunr and Node.',
  async run() {
    const app = require('../../../package.json') as { version: string };
    const lunr = require('lunr') as { version: string };
    const json = { clippings: app.version, lunr: lunr.version, node: process.versions.node };
    return { json, text: `Clippings ${json.clippings} (lunr ${json.lunr}, Node ${json.node})` };
  },
};
