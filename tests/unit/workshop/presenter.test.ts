import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../renderer/src/features/workshop/textBlocks';
import { slides, slideIndex } from '../../../renderer/src/features/workshop/position';
import { changedParts } from '../../../renderer/src/features/workshop/sync';
import type { WorkshopSession } from '../../../shared/workshop/index';

describe('textBlocks: typed answers as paragraphs and dash lists', () => {
  it('turns lines that start with a dash into list items', () => {
    expect(textBlocks('Wij kiezen voor:\n- een enquête\n- keukentafelgesprekken\n\nDaarna de raad.')).toEqual([
      { kind: 'paragraph', text: 'Wij kiezen voor:' },
      { kind: 'list', items: ['een enquête', 'keukentafelgesprekken'] },
      { kind: 'paragraph', text: 'Daarna de raad.' },
    ]);
  });

  it('accepts *, • and – as bullets, Windows line ends, and an indented line continuing a bullet', () => {
    expect(textBlocks('* een\r\n• twee\r\n  en meer\r\n– drie')).toEqual([
      { kind: 'list', items: ['een', 'twee en meer', 'drie'] },
    ]);
  });

  it('keeps a dash without a space, line breaks inside a paragraph, and drops empty text', () => {
    expect(textBlocks('-5 graden\nwas het')).toEqual([{ kind: 'paragraph', text: '-5 graden\nwas het' }]);
    expect(textBlocks('  \n\n ')).toEqual([]);
    expect(textBlocks('- a\nnormaal\n- b')).toEqual([
      { kind: 'list', items: ['a'] },
      { kind: 'paragraph', text: 'normaal' },
      { kind: 'list', items: ['b'] },
    ]);
  });

  it('leaves markup as plain text', () => {
    expect(textBlocks('- <b>vet</b>')).toEqual([{ kind: 'list', items: ['<b>vet</b>'] }]);
  });
});

describe('slides: the screens the control window steps through', () => {
  const session = { questions: [{}, {}, {}] } as unknown as WorkshopSession;
  it('has one screen per question in the round', () => {
    expect(slides(session)).toEqual([
      { step: 'casus', questionIndex: 0 },
      { step: 'discussion', questionIndex: 0 },
      { step: 'round', questionIndex: 0 },
      { step: 'round', questionIndex: 1 },
      { step: 'round', questionIndex: 2 },
      { step: 'rode-draden', questionIndex: 0 },
    ]);
    expect(slideIndex(session, { step: 'round', questionIndex: 1 })).toBe(3);
    expect(slideIndex(session, { step: 'round', questionIndex: 9 })).toBe(4);
    // The question index is irrelevant outside the round.
    expect(slideIndex(session, { step: 'rode-draden', questionIndex: 2 })).toBe(5);
  });
});

describe('changedParts: only what changed travels to the other window', () => {
  it('compares the top-level parts by value', () => {
    const before = { id: 'x', position: { step: 'casus', questionIndex: 0 }, answers: { a: { b: 'c' } } };
    const after = { ...before, position: { step: 'discussion', questionIndex: 0 }, answers: { a: { b: 'c' } } };
    expect(changedParts(before as unknown as WorkshopSession, after as unknown as WorkshopSession)).toEqual({
      position: { step: 'discussion', questionIndex: 0 },
    });
    expect(changedParts(undefined, after as unknown as WorkshopSession)).toBe(after);
  });
});
