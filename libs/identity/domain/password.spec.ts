import { passwordProblems } from './password.js';

describe('password policy', () => {
  it('accepts a long varied password', () => expect(passwordProblems('Rừng-xanh-2025!', 'staff.hnd')).toEqual([]));
  it('refuses a short one', () =>
    expect(passwordProblems('abc12345', 'x')).toEqual(['must be at least 12 characters']));
  it('refuses one containing the username', () =>
    expect(passwordProblems('admin-admin-2025', 'admin')).toEqual(['must not contain the username']));
  it('refuses a repetitive one', () =>
    expect(passwordProblems('aaaaaaaaaaaaaaa1', 'x')).toEqual(['must use at least 5 different characters']));
});
