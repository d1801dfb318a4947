import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PERSONAL_DATA_KEY } from '@kn/platform';
import { CommitmentsController } from './http/commitments.controller.js';
import { HouseholdQueriesController } from './http/household-queries.controller.js';
import { HouseholdViews } from './http/household-view.js';
import { HouseholdsController } from './http/households.controller.js';
import { HouseholdCountsController } from './http/household-counts.controller.js';
import { PovertyController } from './http/poverty.controller.js';
import { BlindIndex } from './infrastructure/blind-index.js';
import { ImportsController } from './http/imports.controller.js';
import { ImportSpreadsheetHandler } from './write/import-spreadsheet/import-spreadsheet.handler.js';
import { ImportProgressHandler } from './read/import-progress/import-progress.query.js';
import { PersonalDataVault } from './infrastructure/personal-data-vault.js';
import { PgKeyStore } from './infrastructure/pg-key-store.js';
import { ErasePersonalDataHandler } from './write/erase-personal-data/erase-personal-data.handler.js';
import { HouseholdPlace } from './write/household-place.js';
import { HouseholdStreamHandler } from './write/household-stream.handler.js';
import { MoveHouseholdHandler } from './write/move-household/move-household.handler.js';
import { MergeHouseholdHandler } from './write/merge-household/merge-household.handler.js';
import { RecordHouseholdCountHandler } from './write/record-household-count/record-household-count.handler.js';
import { HouseholdCountsHandler } from './read/household-counts/household-counts.query.js';
import { PossibleDuplicatesHandler } from './read/household-search/possible-duplicates.query.js';
import { HouseholdTimelineHandler } from './read/household-timeline/household-timeline.query.js';
import { PovertyDynamicsHandler } from './read/poverty-dynamics/poverty-dynamics.query.js';
import { PovertyWhatIfHandler } from './read/poverty-what-if/poverty-what-if.query.js';
import { RegisterHouseholdHandler } from './write/register-household/register-household.handler.js';

@Module({
  controllers: [
    HouseholdsController,
    HouseholdCountsController,
    HouseholdQueriesController,
    CommitmentsController,
    PovertyController,
    ImportsController,
  ],
  providers: [
    {
      provide: PgKeyStore,
      useFactory: (db: DataSource, key: Buffer) => new PgKeyStore(db, key),
      inject: [DataSource, PERSONAL_DATA_KEY],
    },
    { provide: PersonalDataVault, useFactory: (keys: PgKeyStore) => new PersonalDataVault(keys), inject: [PgKeyStore] },
    { provide: BlindIndex, useFactory: (key: Buffer) => new BlindIndex(key), inject: [PERSONAL_DATA_KEY] },
    HouseholdViews,
    HouseholdPlace,
    HouseholdStreamHandler,
    RegisterHouseholdHandler,
    MoveHouseholdHandler,
    MergeHouseholdHandler,
    ErasePersonalDataHandler,
    RecordHouseholdCountHandler,
    HouseholdCountsHandler,
    HouseholdTimelineHandler,
    PossibleDuplicatesHandler,
    PovertyDynamicsHandler,
    PovertyWhatIfHandler,
    ImportSpreadsheetHandler,
    ImportProgressHandler,
  ],
})
export class HouseholdsModule {}
