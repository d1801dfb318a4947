// Generated from the OpenAPI document by `npm run gen:api` (scripts/openapi.mjs): do not edit.
export interface paths {
  '/api/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List activities, newest first */
    get: operations['TwinningQueries_activities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List administrative units */
    get: operations['AdminUnits_list'];
    put?: never;
    /** Establish an administrative unit */
    post: operations['AdminUnits_establish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One administrative unit, now or as of an instant */
    get: operations['AdminUnits_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}/classifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change a unit's classifications (region III, border, ...) */
    post: operations['AdminUnits_reclassify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}/dissolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dissolve a unit, naming where its children go */
    post: operations['AdminUnits_dissolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}/household-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A commune's household counts per year */
    get: operations['HouseholdCounts_list'];
    put?: never;
    /** Record a commune's household count for a year */
    post: operations['HouseholdCounts_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rename a unit */
    post: operations['AdminUnits_rename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}/reparent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a unit under another parent */
    post: operations['AdminUnits_reparent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer a village to another commune */
    post: operations['AdminUnits_transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin-units/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge units into a new or an existing successor */
    post: operations['AdminUnits_mergeUnits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail in business language, newest first; CSV or XLSX export */
    get: operations['Audit_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/rejected-commands': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Refused commands, newest first */
    get: operations['Audit_rejected'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/streams/{streamId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One stream's events with the field changes each made */
    get: operations['Audit_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seal and verify the hash chain of the log */
    get: operations['Audit_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: a bearer token and the session cookie */
    post: operations['Auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: the token and the cookie end */
    post: operations['Auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in */
    get: operations['Auth_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose your own password (also after a one-time password) */
    post: operations['OwnAccount_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List support commitments (overdue: open past the due date) */
    get: operations['Commitments_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Target communes paired, today or at the end of a year */
    get: operations['TwinningQueries_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dashboard of a year: live, or as recorded at an instant */
    get: operations['Dashboard_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/figures/{figure}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a dashboard figure is made of: its entities and the events that put them there */
    get: operations['Dashboard_figure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Years that have recorded activities or reviews */
    get: operations['Dashboard_years'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the store holds the demo province */
    get: operations['Demo_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ethnic-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 54 official ethnic groups */
    get: operations['Poverty_ethnicGroups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List households (the head masked unless your role may see it) */
    get: operations['HouseholdQueries_list'];
    put?: never;
    /** Register a household (commune officers); lists possible duplicates */
    post: operations['Households_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One household, now or as of an instant */
    get: operations['HouseholdQueries_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a poverty assessment of a review year */
    post: operations['Households_assess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/assessments/{reviewYear}/restate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restate an assessment under the standard in force */
    post: operations['Households_restate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Commit support to a household */
    post: operations['Households_commit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/commitments/{cid}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a commitment */
    post: operations['Households_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/commitments/{cid}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a delivery of committed support */
    post: operations['Households_deliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/commitments/{cid}/fulfil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a commitment fulfilled */
    post: operations['Households_fulfil'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/erase-personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase the head's personal data (the key is destroyed) */
    post: operations['Households_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the number of members */
    post: operations['Households_members'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/merge-into': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge a duplicate household into the one that stays (supervisors)
     * @description Records HouseholdMergedInto on this household and HouseholdAbsorbed on the survivor. 409 when merging into itself (`household.merge_into_itself`), when this household was already merged (`household.already_merged`), or the survivor was merged (`household.survivor_merged`) or erased (`household.survivor_erased`). Any later command on the merged household is a 409 `household.merged`.
     */
    post: operations['Households_mergeInto'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a household to another village or commune */
    post: operations['Households_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/households/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A household's timeline: registration, reviews, support, moves */
    get: operations['HouseholdQueries_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{kindOrId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import's progress and the rows refused */
    get: operations['Imports_progress'];
    put?: never;
    /**
     * Check (dry run) or import a spreadsheet of households or review results
     * @description `dryRun=true` (default) answers every row's errors by row and column; `dryRun=false` answers 202 and imports the valid rows, one command per row with an idempotency key from the file and the row.
     */
    post: operations['Imports_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/templates/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The spreadsheet template of a household list or a review */
    get: operations['Imports_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisations */
    get: operations['Organizations_list'];
    put?: never;
    /** Register an organisation */
    post: operations['Organizations_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation, now or as of an instant */
    get: operations['Organizations_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/dissolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dissolve an organisation */
    post: operations['Organizations_dissolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rename an organisation */
    post: operations['Organizations_rename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge organisations: pairings, commitments and staff pass to the successor */
    post: operations['Organizations_mergeOrganizations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pairings (staff: their organisation's; officers: their commune's) */
    get: operations['TwinningQueries_pairings'];
    put?: never;
    /** Establish a pairing of an organisation with a commune or village */
    post: operations['Pairings_establish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One pairing, now or as of an instant */
    get: operations['TwinningQueries_pairing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an activity (visit, gift, exchange, ...); `id` is the activity */
    post: operations['Pairings_recordActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings/{id}/activities/{activityId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct an activity record, with a reason */
    post: operations['Pairings_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings/{id}/activities/{activityId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void an activity record, with a reason */
    post: operations['Pairings_void'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a pairing */
    post: operations['Pairings_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairings/{id}/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Plan against actual per year: activities by kind, budget against resources */
    get: operations['TwinningQueries_plans'];
    put?: never;
    /** Adopt the pairing's plan for a year */
    post: operations['Pairings_adoptPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poverty-dynamics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Poverty dynamics of a year, per commune */
    get: operations['Poverty_dynamics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poverty-standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The national poverty standards (lines, indicators, sources) */
    get: operations['Poverty_standards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poverty-standards/for-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The standard a review year classifies under */
    get: operations['Poverty_forReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poverty-standards/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What if the households were classified under another standard */
    get: operations['Poverty_whatIf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List projects */
    get: operations['TwinningQueries_projects'];
    put?: never;
    /** Propose a project in a commune */
    post: operations['Projects_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project, now or as of an instant */
    get: operations['TwinningQueries_project'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a project */
    post: operations['Projects_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a project */
    post: operations['Projects_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a project: cost and outputs */
    post: operations['Projects_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/funding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record funding pledged or received */
    post: operations['Projects_fund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand a completed project over to a unit */
    post: operations['Projects_handOver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report progress */
    post: operations['Projects_progress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the work */
    post: operations['Projects_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/annual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual report: issued as issued, else the draft as of now (JSON, XLSX or PDF) */
    get: operations['Reports_annual'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/annual/{year}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft the annual report's written sections */
    post: operations['Reports_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/annual/{year}/figures/{figure}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A figure of the issued report with its entities, as the report was */
    get: operations['Reports_figure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/annual/{year}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the annual report: its figures are pinned */
    post: operations['Reports_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A review report over several years (JSON, XLSX or PDF) */
    get: operations['Reports_review'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users (admins) */
    get: operations['Users_list'];
    put?: never;
    /** Create a user (admins) */
    post: operations['Users_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: operations['Users_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a user: their sessions end */
    post: operations['Users_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled user */
    post: operations['Users_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reset a user's password: a one-time password, shown once */
    post: operations['Users_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/role': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change a user's role and scope */
    post: operations['Users_changeRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/login-attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sign-in attempts, newest first (admins, auditors) */
    get: operations['Users_attempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness; the checks behind it for operators
     * @description Answers 503 with `status: down` when the database or the event store does not answer.
     */
    get: operations['Health_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (admins, auditors, METRICS_TOKEN) */
    get: operations['Health_prometheus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Activity: {
      /** Format: uuid */
      activityId: string;
      /**
       * Format: uuid
       * @description The unit the pairing twinned on the activity's date.
       */
      adminUnitId: string;
      /** @description Organisations that organised it with the pairing’s; each is credited. */
      coOrganizerIds?: string[];
      correctedCount: number;
      /** Format: uuid */
      id: string;
      /** @enum {string|null} */
      initiator?: 'organization' | 'commune' | null;
      /** @enum {string} */
      kind: 'visit' | 'gift' | 'exchange' | 'outreach' | 'immersion_stay' | 'study_tour' | 'volunteer_work';
      /** Format: date */
      occurredOn?: string | null;
      /** Format: uuid */
      organizationId: string;
      /** Format: uuid */
      pairingId: string;
      summary?: string;
      voided: boolean;
      voidReason: string | null;
    } & {
      [key: string]: unknown;
    };
    ActivityPage: {
      items: components['schemas']['Activity'][];
      total: number;
    };
    Actor: {
      /** Format: uuid */
      communeId?: string | null;
      /** Format: uuid */
      organizationId?: string | null;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'staff' | 'commune_officer' | 'auditor';
      /** Format: uuid */
      userId: string;
      username: string;
    };
    AdminUnit: {
      classifications: (
        'ethnic_minority_commune' | 'mixed_village' | 'extremely_difficult' | 'region_I' | 'region_II' | 'region_III'
      )[];
      code: string;
      /**
       * @description xa (rural), phuong or thi_tran (urban); only for a commune recorded with its type.
       * @enum {string}
       */
      communeType?: 'xa' | 'phuong' | 'thi_tran';
      /** Format: date */
      endedOn: string | null;
      /** Format: date */
      establishedOn: string;
      history: {
        /** Format: date */
        date: string;
        decisionRef?: string;
        relatedIds?: string[];
        summary: string;
        type: string;
      }[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'province' | 'district' | 'commune' | 'village';
      name: string;
      parentHistory?: {
        /** Format: date */
        from: string;
        /** Format: uuid */
        parentId: string | null;
      }[];
      /** Format: uuid */
      parentId: string | null;
      predecessorIds: string[];
      /** @description The stream revision (answer by id): send it as If-Match. */
      revision?: number;
      /** @enum {string} */
      status: 'active' | 'merged' | 'dissolved';
      /** Format: uuid */
      successorId: string | null;
    };
    AdminUnitPage: {
      items: components['schemas']['AdminUnit'][];
      total: number;
    };
    AdoptPlanDto: {
      budgetVnd: number;
      objectives: string[];
      plannedActivities: Record<string, never>;
      year: number;
    };
    ApproveProjectDto: {
      /** Format: date */
      approvedOn: string;
      decisionRef: string;
    };
    AssessPovertyDto: {
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      assessedOn: string;
      deprivations: string[];
      incomePerCapitaVnd: number;
      reviewYear: number;
      standard?: string;
    };
    AuditEvents: {
      items: {
        actor: {
          role: string | null;
          /** Format: uuid */
          userId: string | null;
          username: string | null;
        };
        causationId: string | null;
        commandName: string | null;
        correlationId: string | null;
        hash: string | null;
        position: number;
        prevHash: string | null;
        reason: string | null;
        /** Format: date-time */
        recordedAt: string;
        revision: number;
        streamId: string;
        /** @description What happened, in Vietnamese, naming the subject as it was called then. */
        title: string;
        titleEn: string;
        type: string;
      }[];
      /** @description Pass as `after` for the next page; null at the end. */
      next: string | null;
    };
    CancelProjectDto: {
      /** Format: date */
      cancelledOn?: string;
      reason: string;
    };
    ChangeMembersDto: {
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      memberCount: number;
    };
    ChangePasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    ChangeRoleDto: {
      /** Format: uuid */
      communeId?: string;
      /** Format: uuid */
      organizationId?: string;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'staff' | 'commune_officer' | 'auditor';
    };
    CommandResult: {
      /**
       * Format: uuid
       * @description The record the command acted on (or created).
       */
      id: string;
      /** @description Global log position; send it as X-Min-Position to read your own write. */
      position: number;
      /** @description The stream revision after the command; send it back as If-Match. */
      revision: number;
      streamId: string;
    };
    Commitment: {
      cancellationReason: string | null;
      /** Format: date */
      cancelledOn: string | null;
      /** Format: date */
      committedOn: string;
      /** Format: uuid */
      communeId: string;
      deliveredVnd: number;
      deliveries: {
        /** Format: date */
        deliveredOn: string;
        /** Format: uuid */
        deliveryId: string;
        description: string;
        valueVnd: number;
      }[];
      description: string;
      /** Format: date */
      dueOn: string;
      /** Format: date */
      fulfilledOn: string | null;
      householdCode: string;
      /** Format: uuid */
      householdId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'livestock'
        | 'seeds_inputs'
        | 'housing'
        | 'job_training'
        | 'employment'
        | 'scholarship'
        | 'health_insurance'
        | 'clean_water'
        | 'sanitation'
        | 'tools'
        | 'cash'
        | 'mentoring'
        | 'other';
      sponsor: components['schemas']['Sponsor'];
      /** @enum {string} */
      status: 'open' | 'overdue' | 'fulfilled' | 'cancelled';
      valueVnd: number;
    };
    CommitmentPage: {
      items: components['schemas']['Commitment'][];
      total: number;
    };
    CommitSupportDto: {
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      committedOn?: string;
      description: string;
      /** Format: date */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'livestock'
        | 'seeds_inputs'
        | 'housing'
        | 'job_training'
        | 'employment'
        | 'scholarship'
        | 'health_insurance'
        | 'clean_water'
        | 'sanitation'
        | 'tools'
        | 'cash'
        | 'mentoring'
        | 'other';
      sponsor: components['schemas']['SponsorDto'];
      valueVnd: number;
    };
    CompleteProjectDto: {
      actualCostVnd: number;
      beneficiaryHouseholds: number;
      /** Format: date */
      completedOn: string;
      outputs: Record<string, never>;
    };
    CorrectActivityDto: {
      changes: Record<string, never>;
      reason: string;
    };
    Coverage: {
      /**
       * @description `then`: the communes of the year; `today`: re-based to today's communes.
       * @enum {string}
       */
      boundaries: 'then' | 'today';
      pairedCommunes: number;
      percent: number;
      targetCommunes: number;
      unpaired: {
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      /** @description Null for today; otherwise the year whose boundaries (31 December) were used. */
      year: number | null;
    };
    CreateUserDto: {
      /** Format: uuid */
      communeId?: string;
      displayName: string;
      /** Format: uuid */
      organizationId?: string;
      password: string;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'staff' | 'commune_officer' | 'auditor';
      username: string;
    };
    Dashboard: {
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      activities: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      asOf: string | null;
      /** @enum {string} */
      boundaries: 'then' | 'today';
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      commitments: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      communeId: string | null;
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      coverage: {
        [key: string]: unknown;
      };
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      households: {
        [key: string]: unknown;
      };
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      kpis: {
        [key: string]: unknown;
      };
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      pairings: {
        [key: string]: unknown;
      };
      /** @description The log position the figures include. */
      position: number;
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      projects: {
        [key: string]: unknown;
      };
      /** Format: date */
      reportDate: string;
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      resources: {
        [key: string]: unknown;
      };
      /** @description The figures of the years before, for the charts. */
      trend: {
        [key: string]: unknown;
      }[];
      /** @description See Dashboard in libs/dashboard/domain/figures.ts. */
      villages: {
        [key: string]: unknown;
      };
      year: number;
    };
    DashboardYears: {
      years: number[];
    };
    DeliverSupportDto: {
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      deliveredOn: string;
      description: string;
      valueVnd: number;
    };
    DemoStatus: {
      demo: boolean;
      seed: number | null;
    };
    DissolveOrganizationDto: {
      decisionRef?: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      dissolvedOn?: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn?: string;
      reason?: string;
    };
    DissolveUnitDto: {
      /** Format: uuid */
      childrenTo?: string;
      decisionRef?: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      dissolvedOn?: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn?: string;
      reason?: string;
    };
    DraftReportDto: {
      sections: components['schemas']['DraftSectionsDto'];
    };
    DraftSectionsDto: {
      causes?: string;
      directions?: string;
      limitations?: string;
      recommendations?: string;
    };
    EndPairingDto: {
      /** Format: date */
      endedOn: string;
      reason: string;
    };
    EstablishPairingDto: {
      /** Format: uuid */
      adminUnitId: string;
      decisionRef: string;
      /** Format: date */
      establishedOn: string;
      /** Format: uuid */
      organizationId: string;
    };
    EstablishUnitDto: {
      classifications?: (
        'ethnic_minority_commune' | 'mixed_village' | 'extremely_difficult' | 'region_I' | 'region_II' | 'region_III'
      )[];
      code: string;
      /** @enum {string} */
      communeType?: 'xa' | 'phuong' | 'thi_tran';
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      establishedOn: string;
      /** @enum {string} */
      kind: 'province' | 'district' | 'commune' | 'village';
      name: string;
      /** Format: uuid */
      parentId?: string;
    };
    EthnicGroups: {
      [key: string]: unknown;
    }[];
    FigureProvenance: {
      /** Format: date-time */
      asOf?: string | null;
      /**
       * @description The units the figure is read under (as the dashboard's `boundaries`).
       * @enum {string}
       */
      boundaries: 'then' | 'today';
      /** Format: uuid */
      communeId: string | null;
      figure: string;
      items: {
        events: {
          position: number;
          /** Format: date-time */
          recordedAt: string | null;
          streamId: string;
          title: string;
          type: string;
        }[];
        streamId: string;
        title: string;
        titleEn: string;
        value: number;
      }[];
      /** @description Pass as `after` for the next page; null at the end. */
      next: string | null;
      /** @description The log position the figure is read at. */
      position: number;
      /** Format: date */
      reportDate: string;
      value: number;
      year: number;
    };
    FulfilCommitmentDto: {
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      fulfilledOn: string;
    };
    FundingDto: {
      amountVnd: number;
      /** @enum {string} */
      kind: 'pledged' | 'received';
      /** Format: date */
      on: string;
      /** @enum {string} */
      source: 'state_budget' | 'organization_fund' | 'social_mobilization' | 'enterprise' | 'individual';
      sponsorName?: string;
      /** Format: uuid */
      sponsorOrganizationId?: string;
    };
    GiftItemDto: {
      name: string;
      quantity: number;
      unit: string;
      valueVnd: number;
    };
    HandOverProjectDto: {
      /** Format: date */
      handedOverOn: string;
      /** Format: uuid */
      toAdminUnitId: string;
    };
    HeadDto: {
      birthYear?: number;
      fullName: string;
      /** @enum {string} */
      gender?: 'male' | 'female' | 'other';
      idNumber?: string;
    };
    Health: {
      checks?: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      status: 'ok' | 'degraded' | 'down';
    };
    Household: {
      /** @enum {string} */
      area: 'rural' | 'urban';
      code: string;
      commitments: {
        /** Format: date */
        committedOn: string;
        deliveredVnd: number;
        /** Format: date */
        dueOn: string;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind:
          | 'livestock'
          | 'seeds_inputs'
          | 'housing'
          | 'job_training'
          | 'employment'
          | 'scholarship'
          | 'health_insurance'
          | 'clean_water'
          | 'sanitation'
          | 'tools'
          | 'cash'
          | 'mentoring'
          | 'other';
        sponsor: components['schemas']['Sponsor'];
        /** @enum {string} */
        status: 'open' | 'overdue' | 'fulfilled' | 'cancelled';
        valueVnd: number;
      }[];
      /** Format: uuid */
      communeId: string;
      erased: boolean;
      ethnicity: string;
      ethnicMinority: boolean;
      hasOpenCommitment: boolean;
      /** @description The head's personal data, or why it is not shown. */
      head:
        | {
            birthYear: number | null;
            fullName: string;
            /** @enum {string|null} */
            gender: 'male' | 'female' | 'other' | null;
            idNumber: string | null;
          }
        | ('erased' | 'masked' | 'unreadable');
      /** Format: uuid */
      id: string;
      latestAssessment: {
        /** Format: date */
        assessedOn: string;
        /** @enum {string} */
        classification: 'poor' | 'near_poor' | 'average_living' | 'not_poor';
        deprivations: string[];
        incomePerCapitaVnd: number;
        nearPoorLineVnd: number;
        povertyLineVnd: number;
        reviewYear: number;
        standard: string;
        /** @enum {string|null} */
        transition: 'newly_poor' | 'exited_poverty' | 'relapsed' | 'became_near_poor' | 'exited_near_poverty' | null;
      } | null;
      memberCount: number;
      /**
       * Format: uuid
       * @description The household this duplicate registration was merged into, or null.
       */
      mergedInto: string | null;
      /** Format: date */
      registeredOn: string;
      /** @description The stream revision (answer by id): send it as If-Match. */
      revision?: number;
      /** @enum {string} */
      status: 'poor' | 'near_poor' | 'average_living' | 'not_poor' | 'unassessed';
      /** Format: uuid */
      villageId: string | null;
    };
    HouseholdCountDto: {
      ethnicMinorityHouseholds: number;
      source: string;
      totalHouseholds: number;
      year: number;
    };
    HouseholdCounts: {
      items: {
        ethnicMinorityHouseholds: number;
        source: string;
        totalHouseholds: number;
        year: number;
      }[];
    };
    HouseholdPage: {
      items: components['schemas']['Household'][];
      total: number;
    };
    HouseholdRegisteredResult: {
      /**
       * Format: uuid
       * @description The new household.
       */
      id: string;
      position: number;
      /** @description Households that may be the same: same commune, normalised name and birth year, or the same ID number anywhere. A warning; the household is registered. */
      possibleDuplicates: {
        code: string;
        /** Format: uuid */
        communeId: string;
        /** Format: uuid */
        id: string;
      }[];
      revision: number;
      streamId: string;
    };
    HouseholdTimeline: {
      /** Format: uuid */
      id: string;
      items: {
        /** Format: date */
        date: string;
        /** @description That household’s code. */
        householdCode?: string;
        /**
         * Format: uuid
         * @description On items of a duplicate merged into this household: where it was recorded.
         */
        householdId?: string;
        title: string;
        titleEn: string;
        type: string;
      }[];
      revision: number;
    };
    ImportAnswer:
      | {
          alreadyImported: number;
          errors: components['schemas']['ImportCellError'][];
          rows: number;
          valid: number;
        }
      | {
          /** @description Commands this upload issues (0: the file was imported already). */
          commands: number;
          errors: components['schemas']['ImportCellError'][];
          /** Format: uuid */
          importId: string;
          rows: number;
          /** @enum {string} */
          status: 'running' | 'completed';
          valid: number;
        };
    ImportCellError: {
      /** @description The Excel column letter. */
      column: string;
      /** @description The column header (Vietnamese). */
      header: string;
      /** @description What is wrong, in Vietnamese. */
      message: string;
      /** @description The Excel row number. */
      row: number;
    };
    ImportProgress: {
      applied: number;
      done: number;
      errors: {
        code: string;
        message: string;
        row: number;
      }[];
      /** Format: uuid */
      importId: string;
      /** @enum {string|null} */
      kind: 'households' | 'review' | null;
      /** @enum {string} */
      status: 'running' | 'completed';
      total: number;
    };
    IssueReportDto: {
      issuedOn: string;
      number: string;
      place: string;
      recipients: string[];
      signer: components['schemas']['SignerDto'];
    };
    LoginAttempts: {
      items: {
        /** Format: date-time */
        at: string;
        ip?: string | null;
        reason?: string | null;
        succeeded: boolean;
        username: string;
      }[];
    };
    LoginDto: {
      password: string;
      username: string;
    };
    LogVerification: {
      checked: number;
      firstBroken: {
        [key: string]: unknown;
      } | null;
      headHash: string | null;
      ok: boolean;
    };
    MergeHouseholdDto: {
      reason: string;
      /** Format: uuid */
      survivorId: string;
    };
    MergeOrganizationsDto: {
      decisionRef: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      predecessorIds: string[];
      successor: components['schemas']['SuccessorOrganizationDto'];
    };
    MergeUnitsDto: {
      decisionRef: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      predecessorIds: string[];
      successor: components['schemas']['SuccessorDto'];
    };
    MoveHouseholdDto: {
      /** @enum {string} */
      area?: 'rural' | 'urban';
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      movedOn: string;
      /** Format: uuid */
      toCommuneId: string;
      /** Format: uuid */
      toVillageId?: string;
    };
    OneTimePassword: {
      oneTimePassword: string;
    };
    Organization: {
      /** Format: date */
      dissolvedOn: string | null;
      history?: {
        /** Format: date */
        date: string | null;
        decisionRef?: string;
        relatedIds?: string[];
        summary: string;
        type: string;
      }[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'fatherland_front'
        | 'mass_organization'
        | 'police'
        | 'military'
        | 'border_guard'
        | 'department'
        | 'enterprise'
        | 'other';
      /** Format: date */
      mergedOn?: string | null;
      name: string;
      predecessorIds?: string[];
      /** @description The stream revision (answer by id): send it as If-Match. */
      revision?: number;
      shortName: string | null;
      /** @enum {string} */
      status: 'active' | 'merged' | 'dissolved';
      /** Format: uuid */
      successorId?: string | null;
    };
    OrganizationPage: {
      items: components['schemas']['Organization'][];
      total: number;
    };
    Pairing: {
      activities: {
        [key: string]: {
          /** @enum {string} */
          kind: 'visit' | 'gift' | 'exchange' | 'outreach' | 'immersion_stay' | 'study_tour' | 'volunteer_work';
          /** Format: date */
          occurredOn: string | null;
          voided: boolean;
        };
      };
      /** @description Per activity kind, voided ones excluded. */
      activityCounts: {
        [key: string]: number;
      };
      /**
       * Format: uuid
       * @description The unit paired now (the successor after a merge).
       */
      adminUnitId: string;
      decisionRef: string;
      /** Format: date */
      endedOn: string | null;
      endReason: string | null;
      /** Format: date */
      establishedOn: string | null;
      formerAdminUnitIds: string[];
      formerOrganizationIds?: string[];
      /** Format: uuid */
      id: string;
      /** Format: date */
      lastActivityOn: string | null;
      /**
       * Format: uuid
       * @description The organisation paired now (the successor after its merger).
       */
      organizationId: string;
      plans: {
        budgetVnd: number;
        objectives: string[];
        plannedActivities: {
          [key: string]: number;
        };
        year: number;
      }[];
      /** @description The stream revision (answer by id): send it as If-Match. */
      revision?: number;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    PairingPage: {
      items: components['schemas']['Pairing'][];
      total: number;
    };
    ParticipantsDto: {
      organizationMembers: number;
      residents: number;
    };
    PlanVsActualYear: {
      /** @description Activities of the year by kind: voided left out, corrections applied. */
      actual: {
        [key: string]: number;
      };
      /** @description The plan's budget; null when the year has no plan. */
      budgetVnd: number | null;
      /** @description Activities planned by kind (empty when the year has no plan). */
      planned: {
        [key: string]: number;
      };
      /** @description The sum of the year's activities' resources. */
      resourcesVnd: number;
      year: number;
    };
    PovertyDynamics: {
      /**
       * @description `then`: each review under its commune of the time; `today`: under today's.
       * @enum {string}
       */
      boundaries: 'then' | 'today';
      items: {
        [key: string]: unknown;
      }[];
      total: number;
      year: number;
    };
    PovertyStandards: {
      [key: string]: unknown;
    }[];
    Problem: {
      /** @description Stable machine-readable code, e.g. `pairing.one_active_per_unit`. */
      code: string;
      detail: string;
      errors?: {
        code: string;
        field: string;
        message: string;
      }[];
      instance?: string;
      /** @description The domain rule that refused the command. */
      rule?: string;
      status: number;
      title: string;
      type: string;
    };
    Project: {
      actualCostVnd: number | null;
      /** Format: uuid */
      adminUnitId: string;
      /** Format: date */
      approvedOn: string | null;
      beneficiaryHouseholds: number | null;
      bySource: {
        [key: string]: {
          pledgedVnd: number;
          receivedVnd: number;
        };
      };
      /** Format: date */
      cancelledOn: string | null;
      cancelReason: string | null;
      category: string;
      /** Format: date */
      completedOn: string | null;
      decisionRef: string | null;
      /** Format: date */
      handedOverOn: string | null;
      /** Format: uuid */
      handedOverToAdminUnitId: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date */
      lastProgressOn: string | null;
      outputs: {
        [key: string]: number;
      };
      /** Format: uuid */
      pairingId: string | null;
      plannedBudgetVnd: number;
      /** Format: date */
      plannedEndOn: string | null;
      /** Format: date */
      plannedStartOn: string | null;
      pledgedVnd: number;
      /** @description Percent done; 100 once completed. */
      progress: number;
      receivedVnd: number;
      /** @description The stream revision (answer by id): send it as If-Match. */
      revision?: number;
      /** Format: date */
      startedOn: string | null;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'in_progress' | 'completed' | 'handed_over' | 'cancelled';
      title: string;
      /** @description The merges that moved it (projects_follow_merges). */
      transfers?: {
        /** Format: date */
        effectiveOn: string | null;
        /** Format: uuid */
        fromAdminUnitId: string;
        mergeDecisionRef: string | null;
        /** Format: uuid */
        toAdminUnitId: string;
      }[];
      /** @description The units it belonged to and from when; present once its unit merged. */
      unitHistory?: {
        /** Format: uuid */
        adminUnitId: string;
        /** Format: date */
        from: string | null;
      }[];
    };
    ProjectPage: {
      items: components['schemas']['Project'][];
      total: number;
    };
    ProposeProjectDto: {
      /** Format: uuid */
      adminUnitId: string;
      /** @enum {string} */
      category:
        | 'security_lighting'
        | 'small_irrigation'
        | 'canal_dredging'
        | 'rural_road'
        | 'dam_reinforcement'
        | 'school'
        | 'clean_water'
        | 'housing'
        | 'other';
      /** Format: uuid */
      pairingId?: string;
      plannedBudgetVnd: number;
      /** Format: date */
      plannedEndOn: string;
      /** Format: date */
      plannedStartOn: string;
      title: string;
    };
    ReasonDto: {
      reason?: string;
    };
    ReclassifyUnitDto: {
      add: (
        'ethnic_minority_commune' | 'mixed_village' | 'extremely_difficult' | 'region_I' | 'region_II' | 'region_III'
      )[];
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      remove: (
        'ethnic_minority_commune' | 'mixed_village' | 'extremely_difficult' | 'region_I' | 'region_II' | 'region_III'
      )[];
    };
    RecordActivityDto: {
      beneficiaryHouseholdIds?: string[];
      coOrganizerIds?: string[];
      destination?: string;
      /** @enum {string} */
      exchangeKind?: 'cultural' | 'sports';
      hostHouseholdIds?: string[];
      /** @enum {string} */
      initiator: 'organization' | 'commune';
      items?: components['schemas']['GiftItemDto'][];
      /** @enum {string} */
      kind: 'visit' | 'gift' | 'exchange' | 'outreach' | 'immersion_stay' | 'study_tour' | 'volunteer_work';
      labourDays?: number;
      /** Format: uuid */
      locationAdminUnitId?: string;
      locationName?: string;
      modelsStudied?: string[];
      nights?: number;
      /** Format: date */
      occurredOn: string;
      participants: components['schemas']['ParticipantsDto'];
      /** @enum {string} */
      recipient?: 'commune' | 'village' | 'school' | 'households';
      resources?: components['schemas']['ResourceDto'][];
      summary: string;
      topics?: (
        | 'party_policy'
        | 'law'
        | 'science_technology'
        | 'customs_reform'
        | 'hygiene_environment'
        | 'reproductive_health'
        | 'family_planning'
        | 'security'
        | 'other'
      )[];
    };
    RegisterHouseholdDto: {
      /** @enum {string} */
      area?: 'rural' | 'urban';
      code: string;
      /** Format: uuid */
      communeId: string;
      ethnicity: string;
      head: components['schemas']['HeadDto'];
      memberCount: number;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      registeredOn: string;
      /** Format: uuid */
      villageId?: string;
    };
    RegisterOrganizationDto: {
      /** @enum {string} */
      kind:
        | 'fatherland_front'
        | 'mass_organization'
        | 'police'
        | 'military'
        | 'border_guard'
        | 'department'
        | 'enterprise'
        | 'other';
      name: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      registeredOn?: string;
      shortName?: string;
    };
    RejectedCommands: {
      items: {
        /** Format: date-time */
        at: string;
        code: string;
        commandName: string | null;
        correlationId: string | null;
        detail: string;
        id: number;
        method: string;
        path: string;
        role: string | null;
        status: number;
        username: string | null;
      }[];
      total: number;
    };
    RenameOrganizationDto: {
      decisionRef?: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn?: string;
      name: string;
    };
    RenameUnitDto: {
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      name: string;
    };
    ReparentUnitDto: {
      decisionRef: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      /** Format: uuid */
      newParentId: string;
    };
    /** @description A report with its sections, figures and the log position it is pinned to (domain/report.types.ts). */
    Report: {
      [key: string]: unknown;
    };
    ReportProgressDto: {
      note?: string;
      /** Format: date */
      on: string;
      percent: number;
    };
    ResourceDto: {
      /** @enum {string} */
      source: 'state_budget' | 'organization_fund' | 'social_mobilization' | 'enterprise' | 'individual';
      /** @enum {string} */
      type: 'cash' | 'in_kind' | 'labour_days';
      valueVnd: number;
    };
    Session: {
      accessToken: string;
      user: components['schemas']['User'];
    };
    SignerDto: {
      name: string;
      title: string;
    };
    Sponsor:
      | {
          /** Format: uuid */
          organizationId: string;
        }
      | {
          individualName: string;
          /**
           * Format: uuid
           * @description The organisation the person belongs to.
           */
          organizationId?: string;
        };
    SponsorDto: {
      individualName?: string;
      /** Format: uuid */
      organizationId?: string;
    };
    StandardForReview: {
      appliesToYear: number;
      name: string;
      reviewYear: number;
      reviewYears: {
        from: number;
        to: number;
      };
      standard: string;
    };
    StartWorkDto: {
      /** Format: date */
      startedOn: string;
    };
    StreamHistory: {
      events: {
        /** @description Field changes of the entity this event made (null when the category is not folded). */
        changes:
          | {
              [key: string]: unknown;
            }[]
          | null;
        data: {
          [key: string]: unknown;
        };
        hash: string | null;
        metadata: {
          [key: string]: unknown;
        };
        position: number;
        prevHash: string | null;
        /** Format: date-time */
        recordedAt: string;
        revision: number;
        type: string;
      }[];
      streamId: string;
    };
    SuccessorDto: {
      classifications?: (
        'ethnic_minority_commune' | 'mixed_village' | 'extremely_difficult' | 'region_I' | 'region_II' | 'region_III'
      )[];
      code: string;
      /** @enum {string} */
      communeType?: 'xa' | 'phuong' | 'thi_tran';
      /** @enum {string} */
      kind: 'province' | 'district' | 'commune' | 'village';
      name: string;
      /** Format: uuid */
      parentId?: string;
    };
    SuccessorOrganizationDto: {
      /** @enum {string} */
      kind:
        | 'fatherland_front'
        | 'mass_organization'
        | 'police'
        | 'military'
        | 'border_guard'
        | 'department'
        | 'enterprise'
        | 'other';
      name: string;
      shortName?: string;
    };
    TransferVillageDto: {
      decisionRef: string;
      /**
       * Format: date
       * @description Not after today (Vietnam).
       */
      effectiveOn: string;
      /** Format: uuid */
      toCommuneId: string;
    };
    User: {
      /** Format: uuid */
      communeId: string | null;
      disabled: boolean;
      displayName: string;
      /** Format: uuid */
      id: string;
      mustChangePassword: boolean;
      /** Format: uuid */
      organizationId: string | null;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'staff' | 'commune_officer' | 'auditor';
      username: string;
    };
    UserPage: {
      items: components['schemas']['User'][];
      total: number;
    };
    VoidActivityDto: {
      reason: string;
    };
    WhatIf: {
      changed: number;
      /** Format: uuid */
      communeId: string | null;
      households: number;
      now: {
        [key: string]: number;
      };
      reviewYear: number | null;
      standard: string;
      underStandard: {
        [key: string]: number;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  TwinningQueries_activities: {
    parameters: {
      query?: {
        adminUnitId?: string;
        from?: string;
        includeVoided?: 'true' | 'false';
        initiator?: 'organization' | 'commune';
        kind?: 'visit' | 'gift' | 'exchange' | 'outreach' | 'immersion_stay' | 'study_tour' | 'volunteer_work';
        limit?: number;
        offset?: number;
        organizationId?: string;
        pairingId?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_list: {
    parameters: {
      query?: {
        classification?:
          'ethnic_minority_commune' | 'mixed_village' | 'extremely_difficult' | 'region_I' | 'region_II' | 'region_III';
        kind?: 'province' | 'district' | 'commune' | 'village';
        limit?: number;
        offset?: number;
        parentId?: string;
        q?: string;
        status?: 'active' | 'merged' | 'dissolved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUnitPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_establish: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EstablishUnitDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_get: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUnit'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_reclassify: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReclassifyUnitDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_dissolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DissolveUnitDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HouseholdCounts_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HouseholdCounts'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HouseholdCounts_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HouseholdCountDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameUnitDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_reparent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReparentUnitDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_transfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferVillageDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminUnits_mergeUnits: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeUnitsDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Audit_events: {
    parameters: {
      query?: {
        actor?: string;
        after?: string;
        entityId?: string;
        format?: 'json' | 'csv' | 'xlsx';
        from?: string;
        limit?: number;
        order?: 'asc' | 'desc';
        q?: string;
        streamId?: string;
        to?: string;
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEvents'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Audit_rejected: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RejectedCommands'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Audit_stream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        streamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StreamHistory'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Audit_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogVerification'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts; see `Retry-After`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Auth_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Auth_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Actor'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OwnAccount_changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Commitments_list: {
    parameters: {
      query?: {
        communeId?: string;
        householdId?: string;
        limit?: number;
        offset?: number;
        sponsorOrganizationId?: string;
        status?: 'open' | 'overdue' | 'fulfilled' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwinningQueries_coverage: {
    parameters: {
      query?: {
        boundaries?: 'then' | 'today';
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Coverage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Dashboard_get: {
    parameters: {
      query?: {
        asOf?: string;
        boundaries?: 'then' | 'today';
        communeId?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Dashboard'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Dashboard_figure: {
    parameters: {
      query?: {
        after?: string;
        asOf?: string;
        boundaries?: 'then' | 'today';
        communeId?: string;
        limit?: number;
        year?: number;
      };
      header?: never;
      path: {
        figure: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FigureProvenance'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Dashboard_years: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardYears'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Demo_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoStatus'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Poverty_ethnicGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EthnicGroups'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HouseholdQueries_list: {
    parameters: {
      query?: {
        communeId?: string;
        ethnicMinority?: true | false;
        hasOpenCommitment?: true | false;
        limit?: number;
        offset?: number;
        q?: string;
        status?: 'poor' | 'near_poor' | 'average_living' | 'not_poor' | 'unassessed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HouseholdPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterHouseholdDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HouseholdRegisteredResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HouseholdQueries_get: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Household'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_assess: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessPovertyDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_restate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
        reviewYear: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_commit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommitSupportDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        cid: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_deliver: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        cid: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliverSupportDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_fulfil: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        cid: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FulfilCommitmentDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_erase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_members: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMembersDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_mergeInto: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeHouseholdDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Households_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveHouseholdDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HouseholdQueries_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HouseholdTimeline'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Imports_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kindOrId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportProgress'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Imports_upload: {
    parameters: {
      query: {
        communeId: string;
        dryRun?: true | false;
      };
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        kindOrId: 'households' | 'review';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The .xlsx file (at most 5 MB).
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportAnswer'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Imports_template: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: 'households' | 'review';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Organizations_list: {
    parameters: {
      query?: {
        kind?:
          | 'fatherland_front'
          | 'mass_organization'
          | 'police'
          | 'military'
          | 'border_guard'
          | 'department'
          | 'enterprise'
          | 'other';
        limit?: number;
        offset?: number;
        status?: 'active' | 'merged' | 'dissolved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Organizations_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterOrganizationDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Organizations_get: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Organizations_dissolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DissolveOrganizationDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Organizations_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameOrganizationDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Organizations_mergeOrganizations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeOrganizationsDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwinningQueries_pairings: {
    parameters: {
      query?: {
        adminUnitId?: string;
        limit?: number;
        offset?: number;
        organizationId?: string;
        status?: 'active' | 'ended';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PairingPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Pairings_establish: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EstablishPairingDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwinningQueries_pairing: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pairing'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Pairings_recordActivity: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordActivityDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Pairings_correct: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        activityId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectActivityDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Pairings_void: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        activityId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidActivityDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Pairings_end: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndPairingDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwinningQueries_plans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanVsActualYear'][];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Pairings_adoptPlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptPlanDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Poverty_dynamics: {
    parameters: {
      query: {
        boundaries?: 'then' | 'today';
        communeId?: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PovertyDynamics'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Poverty_standards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PovertyStandards'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Poverty_forReview: {
    parameters: {
      query: {
        reviewYear: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandardForReview'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Poverty_whatIf: {
    parameters: {
      query: {
        communeId?: string;
        reviewYear?: number;
        standard: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatIf'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwinningQueries_projects: {
    parameters: {
      query?: {
        adminUnitId?: string;
        category?:
          | 'security_lighting'
          | 'small_irrigation'
          | 'canal_dredging'
          | 'rural_road'
          | 'dam_reinforcement'
          | 'school'
          | 'clean_water'
          | 'housing'
          | 'other';
        limit?: number;
        offset?: number;
        pairingId?: string;
        status?: 'proposed' | 'approved' | 'in_progress' | 'completed' | 'handed_over' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectPage'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_propose: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposeProjectDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwinningQueries_project: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveProjectDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelProjectDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteProjectDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_fund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FundingDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_handOver: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandOverProjectDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_progress: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportProgressDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Projects_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartWorkDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Reports_annual: {
    parameters: {
      query: {
        boundaries?: 'then' | 'today';
        format?: 'json' | 'xlsx' | 'pdf';
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Reports_draft: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftReportDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Reports_figure: {
    parameters: {
      query?: {
        after?: string;
        communeId?: string;
        limit?: number;
      };
      header?: never;
      path: {
        figure: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FigureProvenance'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Reports_issue: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueReportDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          /** @description The revision after the command, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Reports_review: {
    parameters: {
      query: {
        format?: 'json' | 'xlsx' | 'pdf';
        from: number;
        to: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description Recorded; the new record is `id`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_disable: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_enable: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_resetPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OneTimePassword'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_changeRole: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and body answer the first result again. */
        'Idempotency-Key'?: string;
        /** @description The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeRoleDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown record, in the path or named in the body. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current revision (`precondition_failed`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This `Idempotency-Key` was already used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_attempts: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        username?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginAttempts'];
        };
      };
      /** @description Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Health_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Down. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  Health_prometheus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Not signed in, or the session expired (`unauthenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
