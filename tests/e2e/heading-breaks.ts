/**
 * Runs in the page (Playwright or puppeteer `evaluate`): every heading, navigation title and eyebrow that is shown, checked
 * for overflow beyond its column and for a word broken across lines anywhere but at a soft hyphen or a hyphen.
 * Returns one line per problem. `engineHyphenates`: the engine has its own Dutch dictionary (Firefox), so where CSS says
 * `hyphens: auto` a break inside a word is one it drew a hyphen at (invisible to the DOM) and is not a problem.
 */
export function headingBreakProblems(engineHyphenates = false): string[] {
  const problems: string[] = [];
  const selector = 'h1, h2, h3, h4, .site-nav a, .page-toc a, .pagination-title, .eyebrow';
  const letter = /[\p{L}\p{M}]/u;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || element.closest('[hidden], [popover]')) continue;
    const auto = engineHyphenates && getComputedStyle(element).hyphens === 'auto';
    const name = `${element.tagName.toLowerCase()} “${(element.textContent ?? '')
      .replace(/\u00ad/g, '')
      .trim()
      .slice(0, 60)}”`;
    // The column: the nearest block ancestor's content box (the element itself for headings).
    const block = getComputedStyle(element).display === 'inline' ? (element.parentElement ?? element) : element;
    const style = getComputedStyle(block);
    const rect = block.getBoundingClientRect();
    const right = rect.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let previous: { top: number; char: string; soft: boolean } | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      for (let i = 0; i < text.length; i += 1) {
        const char = text[i] ?? '';
        if (char === '\u00ad') {
          if (previous) previous.soft = true;
          continue;
        }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A character at a line break can report an empty box at the end of the line before: take its last drawn box.
        const glyph = Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .at(-1);
        if (!glyph) {
          // A space that ends a line draws nothing; it still separates two words.
          if (previous) previous = { top: previous.top, char, soft: false };
          continue;
        }
        if (glyph.right > right + 1) {
          problems.push(`${name}: overflows its column by ${Math.round(glyph.right - right)} px`);
          break;
        }
        if (!auto && previous && glyph.top > previous.top + 2 && letter.test(char) && letter.test(previous.char) && !previous.soft) {
          problems.push(`${name}: a word is broken without a hyphen before “${text.slice(i, i + 8)}”`);
        }
        previous = { top: glyph.top, char, soft: false };
      }
    }
  }
  return problems;
}
