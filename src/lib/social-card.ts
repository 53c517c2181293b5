/** Describes the 1200×630 social card of a page as a satori element tree (title, part, lecture title, author). */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PADDING_X = 72;
const PADDING_Y = 56;
const TOP_BORDER = 16;

export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardElement | string)[] | string };
}

export interface CardText {
  /** Small line above the title, e.g. "Deel 3 · Les 5". */
  eyebrow: string;
  title: string;
  lecture: string;
  author: string;
}

/** Title size in pixels: large for short titles, smaller for long ones so three lines still fit. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 48) return 64;
  return 52;
}

const el = (type: string, style: Record<string, string | number>, children: (CardElement | string)[] | string): CardElement => ({
  type,
  props: { style, children },
});

/** The card's element tree; colours match the site's light theme. */
export function socialCardTree(text: CardText): CardElement {
  return el(
    'div',
    {
      // satori sizes boxes as content-box: subtract padding and the top border to fill exactly 1200×630.
      width: CARD_WIDTH - 2 * PADDING_X,
      height: CARD_HEIGHT - 2 * PADDING_Y - TOP_BORDER,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      background: '#fbfaf7',
      color: '#1c2230',
      fontFamily: 'Inter',
      borderTop: `${TOP_BORDER}px solid #0b5873`,
    },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: '#0b5873', letterSpacing: 1 }, text.eyebrow.toUpperCase()),
      el('div', { display: 'flex', fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.1, maxWidth: 1040 }, text.title),
      el('div', { display: 'flex', flexDirection: 'column', fontSize: 28, color: '#465066', borderTop: '2px solid #d9d4c8', paddingTop: 24 }, [
        el('div', { display: 'flex', fontWeight: 600, color: '#1c2230' }, text.lecture),
        el('div', { display: 'flex' }, text.author),
      ]),
    ],
  );
}
