/**
 * Reporting (SPEC §3, issue 8): the annual report and the multi-year review (sơ kết), pinned
 * to the log and the audit chain, with what was restated since the last issue.
 */
import { Reports1700000008000 } from './read/migrations/1700000008000-reports.js';
export { ReportingModule } from './reporting.module.js';
export { buildReport, type ReportContext } from './domain/report.js';
export { reportDocument } from './domain/document.js';
export { tableFigures, textAgainstTables } from './domain/document-figures.js';
export { ISSUERS, issuerOn, type Issuer } from './domain/issuers.data.js';
export { annualReportDecider, annualReportStream, REPORT_CATEGORY } from './domain/annual-report.decide.js';
export type { Report, ReportFigures, ReportInput, Period } from './domain/report.types.js';
export type { DraftAnnualReport } from './domain/annual-report.commands.js';
export const REPORTING_MIGRATIONS = [Reports1700000008000];
