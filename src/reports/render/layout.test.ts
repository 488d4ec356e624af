import { describe, expect, it } from 'vitest';
import { pageLabelFor, parsePageLabel, statusLayout, withColon } from './common';
import { escapeHtml } from './html';
import { cssPageCounter } from './html-style';

describe('page label', () => {
  it('splits the template into text and placeholders', () => {
    expect(parsePageLabel('Side {page} af {pages}')).toEqual([
      { kind: 'text', text: 'Side ' },
      { kind: 'page' },
      { kind: 'text', text: ' af ' },
      { kind: 'pages' },
    ]);
    expect(pageLabelFor('Side {page} af {pages}', 2, 7)).toBe('Side 2 af 7');
    expect(cssPageCounter('Side {page} af {pages}')).toBe('"Side " counter(page) " af " counter(pages)');
  });
});

describe('labels and status', () => {
  it('adds a colon once', () => {
    expect(withColon('Formål')).toBe('Formål:');
    expect(withColon('Status:')).toBe('Status:');
  });

  it('puts the status label inline only before a paragraph', () => {
    expect(statusLayout([{ type: 'paragraph', text: 'A' }]).inlineText).toBe('A');
    const bullets = statusLayout([{ type: 'bullets', items: ['x'] }]);
    expect(bullets.inlineText).toBeNull();
    expect(bullets.rest).toHaveLength(1);
  });

  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'Tom' & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;',
    );
  });
});
