import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/index';
import { exampleCasussen } from '../../../shared/participatie/index';
import { renderHtml } from '../../../main/export/html';
import { renderMarkdown } from '../../../main/export/markdown';
import { casusIds, DATE, documentOf, sourceOf } from './helpers';

const goldenDir = join(import.meta.dirname, '../../fixtures/export');

describe('Markdown export', () => {
  // A deliberate text change regenerates these with UPDATE_GOLDEN=1; an accidental one fails here.
  it.each(casusIds)('%s matches its golden file', async (id) => {
    const md = renderMarkdown(await documentOf(id));
    const file = join(goldenDir, `${id}.md`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, md);
    expect(existsSync(file), `${file} ontbreekt: draai met UPDATE_GOLDEN=1`).toBe(true);
    expect(md).toBe(readFileSync(file, 'utf8'));
  });

  const hostile = {
    title: '<script>alert("x")</script> **vet**',
    municipality: 'Gemeente [link](http://evil.example)',
    vraagstuk: '# Geen kop\n\n1. geen lijst\n\n<img src=x onerror=alert(1)>\u0007 & &amp; | pijp',
  };

  it('shows user text as text: no markup, no control characters', async () => {
    const source = await sourceOf(exampleCasussen['burgerbegroting-oosterpark']);
    const md = renderMarkdown(buildDocument({ ...source, ...hostile }, { date: DATE }));
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> \\*\\*vet\\*\\*');
    expect(md).toContain('Gemeente \\[link\\](http://evil.example)');
    expect(md).toContain('\n\\# Geen kop\n');
    expect(md).toContain('\n1\\. geen lijst\n');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\& \\&amp; \\| pijp');
    // eslint-disable-next-line no-control-regex -- the point: no control characters may reach the file
    expect(md).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });

  it('escapes the same text for HTML (the PDF is printed from it)', async () => {
    const source = await sourceOf(exampleCasussen['burgerbegroting-oosterpark']);
    const html = renderHtml(buildDocument({ ...source, ...hostile }, { date: DATE }));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &amp;amp; | pijp');
    // The only <img> is the procesplaat, as a data URL that cannot run script in the page.
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('<img src="data:image/svg+xml;base64,');
  });
});
