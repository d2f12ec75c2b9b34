import type { Page } from 'playwright-core';
import type { Role } from '../../../src/domain/schemas';

/**
 * Says who uses this browser profile, as the first-run "Who are you?" form does: an identity row and the
 * user's own key pair (private key non-extractable) written to the app's IndexedDB, then a reload so the
 * app reads them. The page must be on the app (its database open) first.
 */
export async function setUpIdentityInBrowser(page: Page, who: { role: Role; name: string }): Promise<void> {
  await page.evaluate(async ({ role, name }) => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const publicKey = { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' };
    // RFC 8785 canonical JSON of the curve point: keys in code-point order, no spaces.
    const canonical = JSON.stringify({ crv: publicKey.crv, kty: publicKey.kty, x: publicKey.x, y: publicKey.y });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
    const fingerprint = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    const now = new Date().toISOString();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('folio');
      // The app makes its database; a helper that made one first would leave it without its tables.
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('The app has not made its database yet: open a screen that reads it first.'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['identity', 'keys'], 'readwrite');
      tx.objectStore('identity').put({ id: 'device', role, name, privateKey: pair.privateKey, fingerprint, createdAt: now });
      tx.objectStore('keys').put({
        fingerprint,
        publicKey,
        signer: { role, name },
        createdAt: now,
        signerId: `${role}:${name.trim().replace(/\s+/g, ' ').toLowerCase()}`,
        firstSeenAt: now,
        confirmed: 'own',
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('The identity was not saved'));
    });
    db.close();
  }, who);
  await page.reload();
}
