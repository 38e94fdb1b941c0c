import { expect } from '@open-wc/testing';
import { employabilityRetention } from '../../../src/core/metrics/employability.js';
import { skillCatalogue } from '../../../src/core/metrics/from-manifest.js';
import {
  futureProofShare,
  transferableBreadth,
  transferableSkillsBuilt,
  transferableSkillsGained,
} from '../../../src/core/metrics/future-proof.js';
import { sustainabilitySeries } from '../../../src/core/metrics/sustainability.js';
import type { EmployeeRecord, SkillCatalogue, SkillEvent, TeamWellbeing } from '../../../src/core/metrics/types.js';
import { wellbeingCorrelation } from '../../../src/core/metrics/wellbeing.js';

const Q1 = { label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' };
const Q2 = { label: '2026-Q2', start: '2026-04-01', end: '2026-06-30' };
const Q3 = { label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' };

/** data, negotiation and writing are transferable; tool-x is not. c4 builds nothing named. */
const catalogue: SkillCatalogue = {
  courses: [
    { id: 'c1', skills: ['data', 'tool-x'] },
    { id: 'c2', skills: ['tool-x'] },
    { id: 'c3', skills: ['negotiation', 'data'] },
    { id: 'c4', skills: [] },
    { id: 'c5', skills: ['writing', 'writing'] },
  ],
  transferable: ['data', 'negotiation', 'writing'],
};

const done = (employee: string, course: string, date: string): SkillEvent => ({ employee, course, date });
const person = (id: string, hired = '2020-01-01', separated: string | null = null, team?: string): EmployeeRecord => ({ id, aligned: false, hired, separated, team });

const events: SkillEvent[] = [
  done('p1', 'c1', '2026-01-10'),
  done('p1', 'c2', '2026-02-01'),
  done('p2', 'c3', '2026-02-15'),
  done('p3', 'c4', '2026-03-01'),
  done('p4', 'c5', '2026-03-05'),
  done('p5', 'c2', '2026-01-20'),
  done('p5', 'c1', '2026-03-01'), // p5 went through c1 twice: it counts once, on its first date
  done('p5', 'c1', '2026-01-05'),
  done('p6', 'zz', '2026-01-05'), // a course the catalogue does not know
  done('p6', 'c1', '2026-02-30'), // not a date
  // Q2
  done('p1', 'c3', '2026-04-10'), // negotiation is new to p1, data is not
  done('p2', 'c1', '2026-05-01'), // data again for p2: nothing new
  done('p1', 'c1', '2026-04-02'), // a repeat of a Q1 course
  done('p7', 'c5', '2026-06-30'),
];
const employees = [
  person('p1'),
  person('p2'),
  person('p3'),
  person('p4'),
  person('p5'),
  person('p6', '2020-01-01', '2025-12-31'), // gone before Q1
  person('p7', '2026-04-01'), // hired in Q2
];

describe('futureProofShare', () => {
  it('= courses completed in the period that build a transferable skill ÷ all completed, each course once per person', () => {
    // Q1: p1 c1 ✓ c2 ✗, p2 c3 ✓, p3 c4 ✗, p4 c5 ✓, p5 c2 ✗ c1 ✓ → 4 of 7, by 5 learners.
    expect(futureProofShare(events, catalogue, Q1)).to.be.closeTo(4 / 7, 1e-12);
  });

  it("gives one person's share with a group of 1", () => {
    expect(futureProofShare(events.filter((event) => event.employee === 'p1'), catalogue, Q1, 1)).to.equal(0.5);
    expect(futureProofShare(events.filter((event) => event.employee === 'p3'), catalogue, Q1, 1)).to.equal(0);
  });

  it('is null for fewer than 5 learners, and for a period in which nothing was completed', () => {
    expect(futureProofShare(events.filter((event) => event.employee !== 'p5'), catalogue, Q1)).to.equal(null);
    // Q2's first completions: p1 c3, p2 c1 (a course new to them, a skill they had), p7 c5 — 3 learners.
    expect(futureProofShare(events, catalogue, Q2)).to.equal(null);
    expect(futureProofShare(events, catalogue, Q2, 3)).to.equal(1);
    expect(futureProofShare(events, catalogue, Q3, 1)).to.equal(null);
  });
});

describe('transferableBreadth', () => {
  it('= transferable skills newly gained in the period ÷ people on the books during it', () => {
    // Q1, p1–p5 on the books: p1 data, p2 negotiation + data, p3 none, p4 writing, p5 data → 5 ÷ 5.
    expect(transferableBreadth(employees, events, catalogue, Q1)).to.equal(1);
    // Q2, p1–p5 and p7: p1 negotiation (new), p2 data (not new), p7 writing → 2 ÷ 6.
    expect(transferableBreadth(employees, events, catalogue, Q2)).to.be.closeTo(2 / 6, 1e-12);
  });

  it('is 0 for a period without learning, and null for fewer than 5 people on the books', () => {
    expect(transferableBreadth(employees, events, catalogue, Q3)).to.equal(0);
    expect(transferableBreadth(employees.slice(0, 4), events, catalogue, Q1)).to.equal(null);
  });

  it('dates each skill by the first course that built it', () => {
    const gained = transferableSkillsGained(events, catalogue);
    expect([...gained.get('p1')!.keys()]).to.have.members(['data', 'negotiation']);
    expect(gained.get('p2')!.get('data')).to.equal(Date.UTC(2026, 1, 15) / 86_400_000);
    expect(gained.get('p3')).to.deep.equal(new Map());
    expect(gained.has('p6')).to.equal(false);
  });
});

describe('reading inputs once', () => {
  it('reads an events list again when it grows, and an employee again when their dates change', () => {
    const p1 = events.filter((event) => event.employee === 'p1');
    expect(futureProofShare(p1, catalogue, Q1, 1)).to.equal(0.5);
    p1.push(done('p1', 'c5', '2026-03-02'));
    expect(futureProofShare(p1, catalogue, Q1, 1)).to.be.closeTo(2 / 3, 1e-12);
    const staff = employees.slice(0, 5).map((employee) => ({ ...employee }));
    expect(transferableBreadth(staff, events, catalogue, Q1)).to.equal(1);
    staff[0]!.hired = '2026-06-01'; // p1 is no longer on the books in Q1: 4 people
    expect(transferableBreadth(staff, events, catalogue, Q1)).to.equal(null);
  });

  it('hands out a copy of what it remembers', () => {
    transferableSkillsGained(events, catalogue).get('p1')!.clear();
    expect([...transferableSkillsGained(events, catalogue).get('p1')!.keys()]).to.have.members(['data', 'negotiation']);
  });
});

describe('transferableSkillsBuilt', () => {
  it("lists the transferable skills of a person's courses in the period, in the catalogue's order", () => {
    const p1 = events.filter((event) => event.employee === 'p1');
    expect(transferableSkillsBuilt(p1, catalogue, { start: '2026-01-01', end: '2026-12-31' })).to.deep.equal(['data', 'negotiation']);
    expect(transferableSkillsBuilt(p1, catalogue, Q3)).to.deep.equal([]);
  });
});

describe('employabilityRetention', () => {
  // s1–s6 gained 2 transferable skills (c3) in 2025; s7 gains them during Q1; o1–o6 gained none.
  const skilled = ['s1', 's2', 's3', 's4', 's5', 's6'];
  const others = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
  const learning = [...skilled.map((id) => done(id, 'c3', '2025-11-03')), done('s7', 'c3', '2026-02-10')];
  const staff = [
    person('s1', '2020-01-01', '2026-02-01'),
    person('s2', '2020-01-01', '2026-05-05'),
    ...['s3', 's4', 's5', 's6', 's7'].map((id) => person(id)),
    person('o1', '2020-01-01', '2026-01-15'),
    person('o2', '2020-01-01', '2026-02-15'),
    person('o3', '2020-01-01', '2026-03-31'),
    ...others.slice(3).map((id) => person(id)),
  ];
  const gained = transferableSkillsGained(learning, catalogue);

  it('compares the retention of people with ≥ N transferable skills at the period start with everyone else', () => {
    // Q1: s1–s6 (5 of 6 stay) against o1–o6 and s7, whose skills came during Q1 (4 of 7 stay).
    // Q2: s2–s7 (5 of 6 stay) against o4–o6: 3 people, under 5, so no figure.
    const series = employabilityRetention(staff, gained, [Q1, Q2], 2);
    expect(series.aligned).to.deep.equal([5 / 6, 5 / 6]);
    expect(series.baseline).to.deep.equal([4 / 7, null]);
  });

  it('puts everyone in the baseline when nobody reaches the threshold', () => {
    expect(employabilityRetention(staff, gained, [Q1], 3)).to.deep.equal({ aligned: [null], baseline: [9 / 13] });
  });
});

describe('wellbeingCorrelation', () => {
  const team = (name: string, size: number, learning: number | null, wellbeing: number | null, date = '2026-03-31'): TeamWellbeing => ({ team: name, size, learning, wellbeing, date });

  it("= Spearman between teams' learning and wellbeing, ties at their average rank, small teams left out", () => {
    // x ranks [1, 2.5, 2.5, 4, 5], y ranks [2, 1, 3.5, 3.5, 5]: ρ = 7.25 / 9.5.
    const teams = [team('a', 6, 10, 2), team('b', 5, 20, 1), team('c', 9, 20, 3), team('d', 7, 30, 3), team('e', 8, 40, 5), team('f', 4, 50, 1), team('g', 9, null, 1)];
    expect(wellbeingCorrelation(teams, Q1)).to.be.closeTo(7.25 / 9.5, 1e-12);
    expect(wellbeingCorrelation(teams, Q2)).to.equal(null);
  });
});

describe('sustainabilitySeries', () => {
  const teamed = employees.map((employee, i) => ({ ...employee, team: i < 5 ? 'north' : 'south' }));
  const records = { periods: [Q1, Q2, Q3], employees: teamed, learning: events, skills: catalogue };

  it('gives each metric per period, for everyone and per team, with no figure for groups under 5', () => {
    const lens = sustainabilitySeries(records)!;
    expect(lens.futureProof).to.deep.equal({
      organization: [4 / 7, null, null],
      teams: [
        { team: 'north', values: [4 / 7, null, null] },
        { team: 'south', values: [null, null, null] },
      ],
    });
    expect(lens.breadth!.organization).to.deep.equal([1, 2 / 6, 0]);
    expect(lens.breadth!.teams).to.deep.equal([
      { team: 'north', values: [1, 1 / 5, 0] },
      { team: 'south', values: [null, null, null] },
    ]);
    expect(lens.threshold).to.equal(2);
    expect(lens.wellbeing).to.equal(undefined);
    // From Q2 on, p2 (and from Q3, p1) have two skills: both cohorts are under 5 people then.
    expect(lens.retention).to.deep.equal({ aligned: [null, null, null], baseline: [1, null, null] });
  });

  it('is undefined without a skills catalogue', () => {
    expect(sustainabilitySeries({ periods: [Q1], employees, learning: events })).to.equal(undefined);
  });

  it("reads the catalogue from a manifest's courses and skills", () => {
    expect(
      skillCatalogue({
        courses: [{ id: 'a', title: 'A', objectives: [], impactTags: [], skills: ['x', 'y'] }, { id: 'b', title: 'B', objectives: [], impactTags: [] }],
        skills: [{ id: 'x', label: 'X', transferable: true }, { id: 'y', label: 'Y', transferable: false }],
      }),
    ).to.deep.equal({ courses: [{ id: 'a', skills: ['x', 'y'] }, { id: 'b', skills: [] }], transferable: ['x'] });
  });
});
