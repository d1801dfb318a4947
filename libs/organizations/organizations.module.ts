import { Module } from '@nestjs/common';
import { OrganizationsController } from './http/organizations.controller.js';
import { OrganizationStreamHandler } from './write/organization-stream.handler.js';
import { MergeOrganizationsHandler } from './write/merge-organizations/merge-organizations.handler.js';

@Module({ controllers: [OrganizationsController], providers: [OrganizationStreamHandler, MergeOrganizationsHandler] })
export class OrganizationsModule {}
