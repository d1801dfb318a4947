import { createParamDecorator, Injectable, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, IsoDate, Role } from '@kn/shared';
import type { PersonalData } from '../domain/personal-data.js';
import { PersonalDataVault, PersonalDataTamperedError } from '../infrastructure/personal-data-vault.js';
import {
  householdRegisterView,
  type HouseholdRegisterDoc,
  type HouseholdRegisterView,
} from '../read/household-register/household-register.evolve.js';

/** The signed-in user of a query (the auth guard has put it on the request). */
export const Viewer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor | undefined =>
    ctx.switchToHttp().getRequest<Request & { user?: Actor }>().user,
);

/** Roles that may read the head's personal fields (SPEC §5: the commune registers, the province supervises). */
const MAY_SEE_PERSONAL_DATA: readonly Role[] = ['admin', 'supervisor', 'commune_officer'];

export type HeadView = PersonalData | 'erased' | 'masked' | 'unreadable';
export type HouseholdView = Omit<HouseholdRegisterView, 'head'> & { readonly head: HeadView };

/** Register documents as the API shows them: overdue derived for `today`, the head opened or masked. */
@Injectable()
export class HouseholdViews {
  constructor(private readonly vault: PersonalDataVault) {}

  async view(doc: HouseholdRegisterDoc, today: IsoDate, viewer: Actor | undefined): Promise<HouseholdView> {
    const { head: _sealed, ...rest } = householdRegisterView(doc, today);
    return { ...rest, head: await this.head(doc, viewer) };
  }

  private async head(doc: HouseholdRegisterDoc, viewer: Actor | undefined): Promise<HeadView> {
    if (doc.erased || !doc.head) return 'erased';
    if (!viewer || !MAY_SEE_PERSONAL_DATA.includes(viewer.role)) return 'masked';
    try {
      return await this.vault.open(doc.head);
    } catch (e) {
      if (e instanceof PersonalDataTamperedError) return 'unreadable';
      throw e;
    }
  }
}
