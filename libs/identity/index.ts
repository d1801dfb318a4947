export { IdentityModule } from './identity.module.js';
export { UsersService, toActor, type UserView, type NewUser } from './users.service.js';
export { Public, Roles } from './http/auth.guard.js';
export { passwordProblems, MIN_PASSWORD_LENGTH } from './domain/password.js';
