export { IdentityModule } from './identity.module.js';
export { UsersService, toActor, type UserView, type NewUser } from './users.service.js';
export { Public, Roles } from './http/auth.guard.js';
export { passwordProblems, MIN_PASSWORD_LENGTH } from './domain/password.js';
export { UserAudit, systemContext } from './user-audit.js';
import { LoginAttempts1700000000200 } from './migrations/1700000000200-login-attempts.js';
export const IDENTITY_MIGRATIONS = [LoginAttempts1700000000200];
export { Scoped, scopedFilter, allowedByScope, CurrentActor, type ScopeFacts, type ScopeResolver, type ScopeDeps } from './http/scope.js';
export { checkAdminPassword } from './admin-password.js';
