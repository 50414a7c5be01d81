export { createUser } from './create-user.ts';
export { updateUser } from './update-user.ts';
export { listUsers } from './list-users.ts';
export { usersRoutes } from './users.routes.ts';
export { CreateUserBody, MIN_PASSWORD_LENGTH, type UserOut } from './users.schemas.ts';
export {
  anonymiseUser,
  countUsers,
  markUsersWithEmail,
  rectifyUsersWithEmail,
  setEmailOptIn,
  userIdsOfClient,
} from './users.repo.ts';
export { actorNames } from './user-names.ts';
