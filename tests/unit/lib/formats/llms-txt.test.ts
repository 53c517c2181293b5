import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../../src/lib/formats/llms-txt.ts';

describe('llmsTxt', () => {
  it('writes the H1, the quoted summary, notes and sections of links with one-line descriptions', () => {
    const text = llmsTxt({
      title: 'Titel',
      summary: 'Een korte\nsamenvatting.',
      notes: ['Een noot.'],
      sections: [
        { name: 'De lezing', links: [{ title: 'Hoofd\u00ADstuk', url: 'https://x.org/a/index.md', description: 'Over a.' }] },
        { name: 'Leeg', links: [] },
        { name: 'Optional', links: [{ title: 'Eeklo', url: 'https://x.org/g/index.md', description: '' }] },
      ],
    });
    expect(text).toBe(
      '# Titel\n\n> Een korte samenvatting.\n\nEen noot.\n\n## De lezing\n\n- [Hoofdstuk](https://x.org/a/index.md): Over a.\n\n## Optional\n\n- [Eeklo](https://x.org/g/index.md)\n',
    );
  });
  it('names the link that has no URL', () => {
    expect(() => llmsTxt({ title: 'T', summary: 'S', notes: [], sections: [{ name: 'N', links: [{ title: 'Kapot', url: '', description: '' }] }] })).toThrow(
      /'Kapot' in 'N'/,
    );
  });
});
