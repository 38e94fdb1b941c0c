import { expect } from '@open-wc/testing';
import type { PromptTemplate } from '../../../src/core/manifest/types.js';
import { chooseTemplate, fillTemplate, promptFor, type BuiltInPrompt } from '../../../src/elements/team-digest/prompts.js';

const templates: PromptTemplate[] = [
  { text: 'general' },
  { lang: 'de', text: 'general, German' },
  { pillar: 'trust', text: 'trust pillar' },
  { pillar: 'trust', lang: 'ar', text: 'trust pillar, Arabic' },
  { course: 'privacy', text: 'privacy course' },
  { course: 'privacy', pillar: 'energy', text: 'privacy course in energy' },
  { course: 'privacy', lang: 'de-CH', text: 'privacy course, Swiss German' },
];

const chosen = (course: string, pillar: string | undefined, locale: string) => chooseTemplate(templates, course, pillar, locale)?.text;

describe('1:1 prompt templates', () => {
  it('prefers a template for the course, then for its pillar, then a general one', () => {
    expect(chosen('privacy', 'trust', 'en')).to.equal('privacy course');
    expect(chosen('kam', 'trust', 'en')).to.equal('trust pillar');
    expect(chosen('kam', 'ops', 'en')).to.equal('general');
    expect(chosen('kam', undefined, 'en')).to.equal('general');
  });

  it('prefers one in the reader’s language, matched by language', () => {
    expect(chosen('privacy', 'trust', 'de')).to.equal('privacy course, Swiss German');
    expect(chosen('kam', 'trust', 'de')).to.equal('trust pillar');
    expect(chosen('kam', 'ops', 'de')).to.equal('general, German');
    expect(chosen('kam', 'trust', 'ar')).to.equal('trust pillar, Arabic');
  });

  it('counts course and pillar together as most specific', () => {
    expect(chosen('privacy', 'energy', 'en')).to.equal('privacy course in energy');
  });

  it('takes the first of equally specific templates', () => {
    expect(chooseTemplate([{ text: 'one' }, { text: 'two' }], 'a', undefined, 'en')?.text).to.equal('one');
  });

  it('finds none when none fits', () => {
    expect(chooseTemplate([{ course: 'other', text: 'x' }, { lang: 'fr', text: 'y' }], 'a', 'trust', 'en')).to.equal(undefined);
  });

  it('fills placeholders, leaving unknown ones as written', () => {
    expect(fillTemplate('Ask {name} about {course} ({unknown})', { name: 'Priya', course: 'Privacy' })).to.equal('Ask Priya about Privacy ({unknown})');
    expect(fillTemplate('{name}{name}', { name: '$&' })).to.equal('$&$&');
    expect(fillTemplate('{constructor}', {})).to.equal('{constructor}');
  });

  it('words a prompt from a template or the built-in message, with a stable id', () => {
    const builtIn: BuiltInPrompt = (withPillar, values) => `${withPillar ? 'pillar' : 'no pillar'}: ${values.name} / ${values.course} / ${values.pillar}`;
    const member = { id: 'priya', name: 'Priya Raman', shortName: 'Priya', completions: [] };
    const completion = { course: 'kam', date: '2026-04-14' };
    const course = { id: 'kam', title: 'Key Accounts', objectives: [], impactTags: [] };
    const pillar = { id: 'ops', title: 'Efficiency', description: '' };
    expect(promptFor({ member, completion, course, pillar }, [], 'en', builtIn)).to.deep.equal({
      id: 'priya:kam:2026-04-14',
      text: 'pillar: Priya / Key Accounts / Efficiency',
    });
    expect(promptFor({ member: { ...member, shortName: undefined }, completion, course }, [], 'en', builtIn).text).to.equal(
      'no pillar: Priya Raman / Key Accounts / ',
    );
    expect(promptFor({ member, completion, course, pillar }, [{ text: '{name}: {pathway}|{impact}' }], 'en', builtIn).text).to.equal('Priya: |');
  });
});
