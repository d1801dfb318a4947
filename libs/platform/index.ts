export { loadConfig, ConfigError, APP_CONFIG, type AppConfig } from './config/config.js';
export {
  startEmbeddedPostgres,
  freePort,
  withDatabase,
  type EmbeddedPostgresHandle,
} from './database/embedded/embedded-postgres.js';
export { StartFailure } from './database/embedded/start-failure.js';
export { runMain } from './config/run-main.js';
export { createDataSource, openDatabase, SEARCH_PATH, type DatabaseHandle } from './database/database.js';
export { openInfrastructure, type Infrastructure } from './infrastructure.js';
export { PlatformModule, PERSONAL_DATA_KEY } from './platform.module.js';
export {
  CommandPipeline,
  derivedId,
  PreconditionFailed,
  eventsToAppend,
  type Loaded,
  type HandleArgs,
} from './commands/command-pipeline.js';
export { CommandResult, type CommandContext } from './commands/command-context.js';
export { StreamCommand, StreamCommandHandler } from './commands/stream-command.js';
export { Cmd, parseIfMatch } from './http/command-context.decorator.js';
export { problem, ProblemException, type Problem, type FieldError } from './http/problem.js';
export { ProblemFilter } from './http/problem.filter.js';
export { strictValidationPipe, validationProblem } from './http/validation.js';
export {
  documentProjection,
  PROJECTIONS,
  type Projection,
  type DocumentProjectionSpec,
  type RebuildSession,
} from './projections/projection.js';
export { insertRows, updateOthers, type Columns } from './projections/bulk-write.js';
export { HeldDocuments, REBUILD_HELD, type HeldEntry } from './projections/held-documents.js';
export { ProjectionRunner, readCheckpoint } from './projections/projection-runner.js';
export { rebuildReadModels, type RebuildProgress, type RebuildResult } from './projections/rebuild.js';
export { Metrics } from './health/metrics.js';
export { ListQuery, pageOf, type Page } from './http/list-query.js';
export { IsIsoDate, IsPastIsoDate, IsVnd, IdParam, parseAsOf } from './http/validators.js';
export { readDocAsOf } from './projections/as-of.js';
export { listDocs, entityView, likeText, type Filter, type EntitySource } from './projections/doc-queries.js';
export { ListDocsQuery, EntityViewQuery } from './projections/doc-queries.bus.js';
export { LogSealer } from './projections/log-sealer.js';
export { AutomationRunner } from './automation/automation-runner.js';
export { AUTOMATIONS, executeOrLogRefusal, type Automation, type AutomationDeps } from './automation/automation.js';
export { cleanInput, type Cleaned } from './http/edge-policy.js';
export { SecretResponse } from './http/idempotency.interceptor.js';
export {
  CommandRoute,
  QueryRoute,
  OpenRoute,
  ApiProblems,
  type ProblemStatus,
} from './http/openapi/openapi.decorators.js';
export * as oas from './http/openapi/openapi.schemas.js';
export { openApiDocument, type OpenApiInfo } from './http/openapi/openapi.document.js';
