export { IdentityModule } from './identity.module.js';
export { UsersService, toActor, type UserView, type NewUser } from './users.service.js';
export { Public, Roles } from './http/auth.guard.js';
export { passwordProblems, MIN_PASSWORD_LENGTH } from './domain/password.js';
export { UserAudit, systemContext } from './user-audit.js';
import { LoginAttempts1700000000200 } from './migrations/1700000000200-login-attempts.js';
import { OneTimePasswords1700000000210 } from './migrations/1700000000210-one-time-passwords.js';
export const IDENTITY_MIGRATIONS = [LoginAttempts1700000000200, OneTimePasswords1700000000210];
export {
  Scoped,
  scopedFilter,
  allowedByScope,
  forbiddenReference,
  CurrentActor,
  type ScopeFacts,
  type ScopedReference,
  type ScopeResolver,
  type ScopeDeps,
} from './http/scope.js';
export { checkAdminPassword } from './admin-password.js';
export { CreateUserCommand, CreateUserHandler } from './write/create-user/create-user.handler.js';
import { staffFollowOrganizationMerges } from './automation/staff-follow-organization-merges.automation.js';
export const IDENTITY_AUTOMATIONS = [staffFollowOrganizationMerges];
export { ListUsersQuery, ListUsersHandler, UserQuery, SignInAttemptsQuery } from './read/users/users.query.js';
