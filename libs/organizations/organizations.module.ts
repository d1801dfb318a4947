import { Module } from '@nestjs/common';
import { OrganizationsController } from './http/organizations.controller.js';
import { OrganizationStreamHandler } from './write/organization-stream.handler.js';

@Module({ controllers: [OrganizationsController], providers: [OrganizationStreamHandler] })
export class OrganizationsModule {}
