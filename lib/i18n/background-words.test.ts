import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { serverOrigin, TeamConfigSchema } from '../team/config';
import { checkServer } from '../team/server-check';
import { describeProblems, readTemplatesFile } from '../templates/file-format';
import { useMessages } from './t';
import { builtCatalogue } from './test-catalogue';

// What the background words (an import's problems, team sync's errors; a full disk in lib/db/storage-health.test.ts) follows the language chosen in the
// settings, as the pages do: the background holds the same catalogue (entrypoints/background.ts).
afterEach(() => useMessages(builtCatalogue('en'), 'en'));

const problemsOf = (content: string) => {
  const read = readTemplatesFile(content, 'json');
  return read.fatal ?? describeProblems(read.problems, read.templates.length);
};

describe('messages the background words, in the chosen language', () => {
  it('an import’s problems: fatal, per row, and the summary with its plural forms', () => {
    useMessages(builtCatalogue('es'), 'es');
    expect(problemsOf('{"templates": 3}')).toBe('"templates" debe ser una lista, pero es un número.');
    expect(problemsOf('{"templates": [{"title": "Hola", "body": "x"}, {"title": "", "body": "y"}, {"body": "z"}]}')).toBe(
      [
        'No se importó nada. Corrige esto primero:',
        'Plantilla 2 (""): "title" no puede estar vacío.',
        'Plantilla 3: falta "title".',
        'O importa solo la plantilla válida y omite el resto.',
      ].join('\n'),
    );
    useMessages(builtCatalogue('pt_BR'), 'pt-BR');
    expect(problemsOf('{"templates": [{"title": "A", "body": "' + 'x'.repeat(10_001) + '"}]}')).toBe(
      ['Nada foi importado. Corrija isto primeiro:', 'Modelo 1 ("A"): "body" deve ter no máximo 10.000 caracteres.'].join('\n'),
    );
  });

  it('the same file in English reads as before', () => {
    expect(problemsOf('{"templates": [{"body": "z"}, {"body": "z"}]}')).toBe(
      ['Nothing was imported. Fix these first:', 'Template 1: "title" is missing.', 'Template 2: "title" is missing.'].join('\n'),
    );
  });

  it('team sync: the settings check and the server check', async () => {
    useMessages(builtCatalogue('pt_BR'), 'pt-BR');
    expect(serverOrigin('http://couch.example.com')).toEqual({
      problem: 'O servidor precisa usar https:// (http:// sem criptografia só é permitido para um servidor neste computador).',
    });
    const parsed = v.safeParse(TeamConfigSchema, { url: 'https://couch.example.com', db: 'Team', user: 'ana', password: '' });
    expect(parsed.issues?.map((i) => i.message)).toEqual([
      'O nome de um banco de dados tem letras minúsculas, números e _$()+-/, começando por uma letra.',
      'É preciso a senha.',
    ]);
    useMessages(builtCatalogue('es'), 'es');
    const refused = await checkServer({ url: 'https://couch.example.com', db: 'team', user: 'ana', password: 'x' }, (input) =>
      Promise.resolve(
        (input as string).endsWith('/team')
          ? new Response('{}', { status: 401 })
          : new Response(JSON.stringify({ couchdb: 'Welcome', version: '3.4.2' })),
      ),
    );
    expect(refused).toMatchObject({ ok: false, message: 'El servidor no aceptó el usuario "ana" con esta contraseña.' });
  });
});
