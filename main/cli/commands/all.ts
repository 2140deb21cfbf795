/** Every CLI command, in the order `--help` lists them. */
import type { CliCommand } from '../command';
import { versionCommand } from './version';
import { statusCommand } from './status';
import { inspectCommand } from './inspect';
import { scanCommand } from './scan';
import { indexCommand } from './index-archive';
import { searchCommand } from './search';
import { storyCommand } from './story';
import { relatedCommand } from './related';
import { entitiesCommand } from './entities';
import { missingCommand } from './missing';
import { libraryCommand } from './library';
import { exportCommand } from './export';

export const COMMANDS: readonly CliCommand[] = [
  versionCommand,
  statusCommand,
  inspectCommand,
  scanCommand,
  indexCommand,
  searchCommand,
  storyCommand,
  relatedCommand,
  entitiesCommand,
  missingCommand,
  libraryCommand,
  exportCommand,
];
