import { Module } from '@nestjs/common';
import { OrganizationsController } from './http/organizations.controller.js';

@Module({ controllers: [OrganizationsController] })
export class OrganizationsModule {}
