import { hashPassword, verifyPassword } from './password-hasher.js';

describe('scrypt password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const h = await hashPassword('Mật-khẩu-đủ-dài-1');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('Mật-khẩu-đủ-dài-1', h)).toBe(true);
    expect(await verifyPassword('Mật-khẩu-đủ-dài-2', h)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password-xyz')).not.toBe(await hashPassword('same-password-xyz'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
