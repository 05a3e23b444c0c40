/** RS256 tokens and a JWKS endpoint on loopback: the real signature path of the Agents SDK, offline. */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${part(claims)}`;
  const signature = createSign('RSA-SHA256').update(body).sign(key.privateKey).toString('base64url');
  return `${body}.${signature}`;
}

/** Serves {keys: [...]} for any path ending in /discovery/v2.0/keys. */
export async function serveJwks(keys: SigningKey[]): Promise<{ origin: string; server: Server }> {
  const jwks = {
    keys: keys.map((k) => ({
      ...k.publicKey.export({ format: 'jwk' }),
      kid: k.kid,
      use: 'sig',
      alg: 'RS256',
    })),
  };
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/discovery/v2.0/keys')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
