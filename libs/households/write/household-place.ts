import { Injectable } from '@nestjs/common';
import { CommandPipeline } from '@kn/platform';
import { ensure } from '@kn/shared';
import { adminUnitDecider, adminUnitStream, isUrbanCommuneType, type AdminUnitState } from '@kn/territory';
import type { Area } from '../domain/poverty-standards/poverty-standard.types.js';

/**
 * Where a household may live: an active commune and, when given, one of its villages. Checked
 * by the application before registration and moves (the household stream knows no units).
 */
@Injectable()
export class HouseholdPlace {
  constructor(private readonly pipeline: CommandPipeline) {}

  /**
   * Checks the place and answers the commune's area by its type — a xã is rural, a phường or thị
   * trấn urban — or null when the commune was recorded without a type.
   */
  async ensureValid(communeId: string, villageId: string | null): Promise<{ readonly communeArea: Area | null }> {
    const commune = await this.unit(communeId);
    ensure(
      'household.commune_must_exist',
      commune.status !== 'not_established' && commune.kind === 'commune',
      `no commune ${communeId}`,
      { field: 'communeId' },
    );
    ensure(
      'household.commune_must_be_active',
      commune.status === 'active',
      `commune ${communeId} is ${commune.status}`,
      { field: 'communeId' },
    );
    const communeArea = commune.communeType ? (isUrbanCommuneType(commune.communeType) ? 'urban' : 'rural') : null;
    if (villageId === null) return { communeArea };
    const village = await this.unit(villageId);
    ensure(
      'household.village_must_be_in_commune',
      village.status === 'active' && village.kind === 'village' && village.parentId === communeId,
      `${villageId} is not an active village of commune ${communeId}`,
      { field: 'villageId' },
    );
    return { communeArea };
  }

  /** A commune that was established (merged or dissolved ones too: their past years still count). */
  async ensureCommune(communeId: string): Promise<void> {
    const commune = await this.unit(communeId);
    ensure(
      'household.commune_must_exist',
      commune.status !== 'not_established' && commune.kind === 'commune',
      `no commune ${communeId}`,
      { field: 'id' },
    );
  }

  private async unit(id: string): Promise<AdminUnitState> {
    return (await this.pipeline.load(adminUnitStream(id), adminUnitDecider)).state;
  }
}
