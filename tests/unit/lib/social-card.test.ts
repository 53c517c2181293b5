import { describe, expect, test } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, socialCardTree, titleSize, type CardElement } from '../../../src/lib/social-card.ts';

const texts = (node: CardElement | string): string[] =>
  typeof node === 'string' ? [node] : typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(texts);

describe('titleSize', () => {
  test('shrinks as titles grow', () => {
    expect(titleSize('Leiderschap')).toBeGreaterThan(titleSize("Regio's als geografische realiteit"));
    expect(titleSize("Regio's als geografische realiteit")).toBeGreaterThan(titleSize('Een bijzonder lange titel die over meer dan drie regels zou lopen'));
  });
});

describe('socialCardTree', () => {
  test('fills 1200×630 (content box plus padding and border) and carries eyebrow, title, lecture and author', () => {
    const tree = socialCardTree({ eyebrow: 'Deel 3 · Les 7', title: 'Leiderschap', lecture: 'Regionale samenwerking', author: 'Prof. Dr. Ben Derudder' });
    const style = tree.props.style ?? {};
    const [py = 0, px = 0] = String(style['padding'])
      .split(' ')
      .map((v) => Number.parseInt(v, 10));
    const border = Number.parseInt(String(style['borderTop']), 10);
    expect(Number(style['width']) + 2 * px).toBe(CARD_WIDTH);
    expect(Number(style['height']) + 2 * py + border).toBe(CARD_HEIGHT);
    expect(texts(tree)).toEqual(['DEEL 3 · LES 7', 'Leiderschap', 'Regionale samenwerking', 'Prof. Dr. Ben Derudder']);
  });
});
