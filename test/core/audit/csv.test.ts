import { expect } from '@open-wc/testing';
import { auditContent } from '../../../src/core/audit/audit.js';
import { auditCsv } from '../../../src/core/audit/audit-csv.js';
import { csvCell, toCsv } from '../../../src/core/audit/csv.js';
import { catalogWith, course } from './catalog.js';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Data Privacy Essentials')).to.equal('Data Privacy Essentials');
    expect(csvCell(4.25)).to.equal('4.25');
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(Number.NaN)).to.equal('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Safety, in design')).to.equal('"Safety, in design"');
    expect(csvCell('The "why" course')).to.equal('"The ""why"" course"');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('two\r\nlines')).to.equal('"two\r\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("https://evil.example","Click")')).to.equal('"\'=HYPERLINK(""https://evil.example"",""Click"")"');
    expect(csvCell('+1 555')).to.equal("'+1 555");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\t=1')).to.equal("'\t=1");
    expect(csvCell('\r=1')).to.equal('"\'\r=1"');
    expect(csvCell('Safe = fine')).to.equal('Safe = fine');
  });
});

describe('toCsv', () => {
  it('ends every line, the last too, with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, undefined]])).to.equal('a,b\r\n1,\r\n');
    expect(toCsv([])).to.equal('');
  });
});

describe('auditCsv', () => {
  it('writes a header and one line per audited course', () => {
    const catalog = catalogWith([
      course('privacy', 900, {
        title: 'Privacy, "by design"',
        provider: 'Ostara',
        mandatory: true,
        why: undefined,
        ratings: { relevance: 3.1, clarity: 4.2, count: 40 },
      }),
      course('excel', 800, { title: '=cmd|calc', impactTags: [] }),
      ...Array.from({ length: 8 }, (_, index) => course(`rest-${index}`, index)),
    ]);
    expect(auditCsv(auditContent(catalog), catalog)).to.equal(
      [
        'rank,course,title,provider,pillar,enrollments,mandatory,why,impactTags,relevance,clarity,ratings,flags',
        '1,privacy,"Privacy, ""by design""",Ostara,Client Trust,900,yes,no,Protects Q3 Renewals,3.1,4.2,40,no-why; mandatory-without-purpose; weak-relevance',
        "2,excel,'=cmd|calc,,,800,no,yes,,,,,no-impact-tag",
        '',
      ].join('\r\n'),
    );
  });

  it('names the usage column after the metric', () => {
    const catalog = catalogWith([course('a', 10)]);
    expect(auditCsv(auditContent(catalog, { by: 'completions' }), catalog).split('\r\n')[0]).to.contain(',pillar,completions,mandatory,');
  });

  it('writes the rows it is given, in their order', () => {
    const catalog = catalogWith([course('a', 10), course('b', 10)]);
    const result = auditContent(catalog, { top: 100 });
    const lines = auditCsv(result, catalog, [result.rows[1]!]).split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[1]!.startsWith('1,b,Course b,')).to.equal(true);
  });
});
