import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { clearApiCache, get, request, tokens, UNAUTHORIZED_EVENT, type Schemas } from './api';
import { setOutboxOwner } from './outbox';

export type Role = Schemas['User']['role'];

export interface User {
  id?: string;
  userId?: string;
  username: string;
  displayName?: string;
  role: Role;
  organizationId?: string | null;
  communeId?: string | null;
  /** Signed in with a one-time password: the user must choose their own before anything else. */
  mustChangePassword?: boolean;
}

interface Auth {
  user: User | null;
  /** True while the stored token is being checked with GET /api/auth/me. */
  checking: boolean;
  /** Resolves to true when the password was one-time and a new one must be chosen first. */
  login(username: string, password: string): Promise<boolean>;
  /** Replaces a one-time password, then signs in with the new one. */
  choosePassword(username: string, oneTimePassword: string, newPassword: string): Promise<void>;
  logout(): Promise<void>;
}

const Ctx = createContext<Auth | null>(null);
const USER_KEY = 'kn.user';

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const [user, setUser] = useState<User | null>(() => {
    const raw = sessionStorage.getItem(USER_KEY);
    return raw && tokens.get() ? (JSON.parse(raw) as User) : null;
  });
  const [checking, setChecking] = useState<boolean>(() => !!tokens.get());

  useEffect(() => {
    if (!tokens.get()) return;
    get<User>('/api/auth/me')
      .then((me) => setUser((u) => ({ ...u, ...me, displayName: u?.displayName ?? me.displayName })))
      .catch(() => undefined)
      .finally(() => setChecking(false));
  }, []);

  // The outbox sends and shows the records of the signed-in user only.
  useEffect(() => setOutboxOwner(user?.username ?? null), [user?.username]);

  useEffect(() => {
    const expired = () => {
      void clearApiCache();
      sessionStorage.removeItem(USER_KEY);
      setUser(null);
      qc.clear();
    };
    window.addEventListener(UNAUTHORIZED_EVENT, expired);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, expired);
  }, [qc]);

  const login = useCallback(
    async (username: string, password: string) => {
      const r = await request<{ accessToken: string; user: User }>('/api/auth/login', {
        method: 'POST',
        body: { username, password },
        anonymous: true,
      });
      tokens.set(r.accessToken);
      // A one-time password opens nothing but the password change: keep the user signed out until then.
      if (r.user.mustChangePassword) return true;
      sessionStorage.setItem(USER_KEY, JSON.stringify(r.user));
      qc.clear();
      setUser(r.user);
      return false;
    },
    [qc],
  );

  const choosePassword = useCallback(
    async (username: string, oneTimePassword: string, newPassword: string) => {
      await request('/api/auth/password', { method: 'POST', body: { currentPassword: oneTimePassword, newPassword } });
      tokens.clear();
      await login(username, newPassword);
    },
    [login],
  );

  const logout = useCallback(async () => {
    try {
      await request('/api/auth/logout', { method: 'POST' });
    } catch {
      // the session may already be gone
    }
    tokens.clear();
    sessionStorage.removeItem(USER_KEY);
    // Households' personal data read during the session goes with it (ADR 0017).
    await clearApiCache();
    qc.clear();
    setUser(null);
  }, [qc]);

  const value = useMemo(
    () => ({ user, checking, login, choosePassword, logout }),
    [user, checking, login, choosePassword, logout],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/**
 * What the signed-in role may do (SPEC §5). The API enforces it; the UI only hides what would be
 * refused. Scoped checks take the record's organisation or commune.
 */
export function permissions(user: User | null) {
  const role = user?.role;
  const is = (...roles: Role[]) => !!role && roles.includes(role);
  const ownOrg = (organizationId: string | null | undefined) =>
    role === 'staff' && !!organizationId && organizationId === user?.organizationId;
  const ownCommune = (communeId: string | null | undefined) =>
    role === 'commune_officer' && !!communeId && communeId === user?.communeId;
  return {
    role,
    manageUsers: is('admin'),
    manageReference: is('admin'),
    readAudit: is('admin', 'supervisor', 'auditor'),
    managePairings: is('admin', 'supervisor'),
    /** Record an activity of this pairing (commune officers: commune-initiated ones of their commune). */
    recordActivity: (p: { organizationId?: string | null; adminUnitId?: string | null }) =>
      is('admin', 'supervisor') || ownOrg(p.organizationId) || ownCommune(p.adminUnitId),
    /** Correct or void a recorded activity (not commune officers). */
    correctActivity: (p: { organizationId?: string | null }) => is('admin', 'supervisor') || ownOrg(p.organizationId),
    proposeProject: is('admin', 'supervisor', 'staff'),
    approveProject: is('admin', 'supervisor'),
    /** Start, progress, funding, completion of a project (its pairing's organisation, or the province). */
    runProject: (p: { organizationId?: string | null; adminUnitId?: string | null }) =>
      is('admin', 'supervisor') || ownOrg(p.organizationId),
    registerHousehold: is('admin', 'supervisor', 'commune_officer'),
    assessHousehold: (communeId: string | null | undefined) => is('admin', 'supervisor') || ownCommune(communeId),
    commitSupport: (communeId: string | null | undefined) =>
      is('admin', 'supervisor', 'staff') || ownCommune(communeId),
    manageCommitment: (
      c: { sponsor: { organizationId: string } | { individualName: string } },
      communeId: string | null | undefined,
    ) =>
      is('admin', 'supervisor') ||
      ownCommune(communeId) ||
      ('organizationId' in c.sponsor && ownOrg(c.sponsor.organizationId)),
    erasePersonalData: is('admin', 'supervisor'),
    /** Merge a duplicate registration into the household that stays (the province's supervisor). */
    mergeHousehold: is('supervisor'),
  };
}

export function usePermissions() {
  return permissions(useAuth().user);
}
