// A setting is one record per key, so two laptops changing different settings never collide.
import { defineEntity } from '../db/entity';

export const settingEntity = defineEntity({ name: 'setting', table: 'settings', fields: { value: 'json' } });
