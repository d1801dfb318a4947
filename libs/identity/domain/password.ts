/**
 * Password policy (pure). Hashing lives in ../password-hasher.ts (node:crypto scrypt).
 */
export const MIN_PASSWORD_LENGTH = 12;

export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 200) problems.push('must be at most 200 characters');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    problems.push('must not contain the username');
  if (new Set(password).size < 5) problems.push('must use at least 5 different characters');
  return problems;
}
