import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { databaseUrl, permissionPattern, serverOrigin, TeamConfigSchema } from './config';

describe('serverOrigin: https anywhere, plain http only on this computer', () => {
  it.each([
    ['https://couch.example.com', 'https://couch.example.com'],
    ['https://couch.example.com:6984/', 'https://couch.example.com:6984'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://localhost:5984', 'http://localhost:5984'],
    ['http://[::1]:5984', 'http://[::1]:5984'],
  ])('%s → %s', (url, origin) => expect(serverOrigin(url)).toEqual({ origin }));
  it.each([
    ['http://couch.example.com', /must use https/],
    ['http://192.168.1.10:5984', /must use https/],
    ['ftp://couch.example.com', /must start with https/],
    ['couch.example.com', /not a web address/],
    ['https://ana:secret@couch.example.com', /user name and password in their own boxes/],
  ])('%s is refused in words', (url, problem) => expect((serverOrigin(url) as { problem: string }).problem).toMatch(problem));
});

describe('permissionPattern', () => {
  it('asks for the one remote host (a pattern has no port); nothing for this computer', () => {
    expect(permissionPattern('https://couch.example.com:6984')).toBe('https://couch.example.com/*');
    expect(permissionPattern('http://127.0.0.1:5984')).toBeNull();
    expect(permissionPattern('http://localhost:5984')).toBeNull();
  });
});

describe('TeamConfigSchema', () => {
  const good = { url: 'https://couch.example.com/', db: 'shop-team', user: ' ana ', password: ' secret ' };
  it('trims the address and user, keeps the password as typed', () => {
    expect(v.parse(TeamConfigSchema, good)).toEqual({
      url: 'https://couch.example.com',
      db: 'shop-team',
      user: 'ana',
      password: ' secret ',
    });
    expect(databaseUrl({ url: 'https://couch.example.com', db: 'shop/team' })).toBe('https://couch.example.com/shop%2Fteam');
  });
  it.each([
    [{ db: 'Shop Team' }, /lower-case letters/],
    [{ db: '_users' }, /starting with a letter/],
    [{ user: '  ' }, /user name on the server is needed/],
    [{ password: '' }, /password is needed/],
    [{ url: 'http://couch.example.com' }, /must start with https/],
  ])('refuses %o', (change, message) => {
    const result = v.safeParse(TeamConfigSchema, { ...good, ...change });
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toMatch(message);
  });
  it('refuses fields it does not know (nothing else is stored)', () => {
    expect(v.safeParse(TeamConfigSchema, { ...good, token: 'x' }).success).toBe(false);
  });
});
