import { beforeEach } from 'vitest';
import { deviceUsers } from '../../fixtures/identities';
import { freshDatabase } from './render-app';

/** Each test starts on a fresh, empty device; `become` switches who uses it (see deviceUsers). */
export function freshDeviceEachTest(): ReturnType<typeof deviceUsers>['become'] {
  const users = deviceUsers();
  beforeEach(() => {
    users.forget();
    freshDatabase();
  });
  return users.become;
}
