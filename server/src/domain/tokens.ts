import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const randomToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export const constantTimeEqual = (a: string, b: string) => {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
};

const unsubscribeMac = (secret: string, subscriberId: number, salt: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${subscriberId}:${salt}`).digest('base64url');

/** An unsubscribe token: the subscriber id and an HMAC over it and the subscriber's salt. Nothing to store. */
export const signUnsubscribeToken = (secret: string, subscriberId: number, salt: string) =>
  `${subscriberId}.${unsubscribeMac(secret, subscriberId, salt)}`;

export const readUnsubscribeToken = (token: unknown): { subscriberId: number; mac: string } | null => {
  if (typeof token !== 'string') return null;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { subscriberId: Number(match[1]), mac: match[2] } : null;
};

export const unsubscribeTokenMatches = (secret: string, subscriberId: number, salt: string, mac: string) =>
  constantTimeEqual(unsubscribeMac(secret, subscriberId, salt), mac);

/** Lower-cases the domain (and, as nearly every provider does, the local part) and trims. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// Deliberately plain: a single @, no spaces or angle brackets, a dot in the domain, sane lengths.
export const isEmailAddress = (email: string) =>
  email.length <= 254 &&
  /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i.test(email);
