import { expect } from '@open-wc/testing';
import { diffManifests } from '../../../src/core/studio/diff.js';
import { pathText } from '../../../src/core/studio/json.js';
import { rebase } from '../../../src/core/studio/rebase.js';

const base = {
  version: 1,
  courses: [
    { id: 'a', title: 'A', impactTags: [], why: { statement: 'old a' } },
    { id: 'b', title: 'B', impactTags: ['t1'] },
  ],
  pathways: [] as object[],
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('diffManifests', () => {
  it('names each changed field by the id of its entry, not its index', () => {
    const after = clone(base);
    after.courses.reverse(); // order alone is no change of a field
    after.courses[1]!.why = { statement: 'new a' };
    after.courses[0]!.impactTags = ['t1', 't2'];
    const changes = diffManifests(base, after);
    expect(changes.map((change) => [pathText(change.path), change.before, change.after])).to.deep.equal([
      ['courses[a].why.statement', 'old a', 'new a'],
      ['courses[b].impactTags', ['t1'], ['t1', 't2']],
    ]);
  });

  it('reports a field removed, an entry added and an entry removed as one change each', () => {
    const after = clone(base) as any;
    delete after.courses[0].why;
    after.courses.splice(1, 1);
    after.pathways.push({ id: 'p', title: 'P', courses: ['a'] });
    const changes = diffManifests(base, after).map((change) => [pathText(change.path), change.before === undefined ? 'new' : change.after === undefined ? 'gone' : 'changed']);
    expect(changes).to.deep.equal([
      ['courses[a].why.statement', 'gone'],
      ['courses[b]', 'gone'],
      ['pathways[p]', 'new'],
    ]);
  });

  it('finds nothing between equal versions', () => {
    expect(diffManifests(base, clone(base))).to.deep.equal([]);
  });
});

describe('rebase', () => {
  it('re-applies edits to different fields on top of theirs, with no conflict', () => {
    const mine = clone(base);
    mine.courses[0]!.why = { statement: 'mine a' };
    const theirs = clone(base) as any;
    theirs.courses[1].title = 'B, renamed';
    theirs.courses.push({ id: 'c', title: 'C', impactTags: [] });
    const { merged, conflicts } = rebase(base, mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect((merged as any).courses.map((course: any) => [course.id, course.title, course.why?.statement])).to.deep.equal([
      ['a', 'A', 'mine a'],
      ['b', 'B, renamed', undefined],
      ['c', 'C', undefined],
    ]);
  });

  it('lists a field both changed, and resolves it the way asked', () => {
    const mine = clone(base);
    mine.courses[0]!.why = { statement: 'mine' };
    const theirs = clone(base);
    theirs.courses[0]!.why = { statement: 'theirs' };
    const kept = rebase(base, mine, theirs, 'mine');
    expect(kept.conflicts.map((conflict) => [pathText(conflict.path), conflict.base, conflict.mine, conflict.theirs])).to.deep.equal([
      ['courses[a].why.statement', 'old a', 'mine', 'theirs'],
    ]);
    expect((kept.merged as any).courses[0].why.statement).to.equal('mine');
    expect((rebase(base, mine, theirs, 'theirs').merged as any).courses[0].why.statement).to.equal('theirs');
  });

  it('keeps entries both sides added, theirs first, and a removal the other side did not touch', () => {
    const mine = clone(base) as any;
    mine.pathways.push({ id: 'mine', title: 'Mine', courses: ['a'] });
    mine.courses.splice(1, 1);
    const theirs = clone(base) as any;
    theirs.pathways.push({ id: 'theirs', title: 'Theirs', courses: ['b'] });
    const { merged, conflicts } = rebase(base, mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect((merged as any).pathways.map((pathway: any) => pathway.id)).to.deep.equal(['theirs', 'mine']);
    expect((merged as any).courses.map((course: any) => course.id)).to.deep.equal(['a']);
  });

  it('calls a removal a conflict when the other side changed the entry', () => {
    const mine = clone(base) as any;
    mine.courses.splice(1, 1);
    const theirs = clone(base) as any;
    theirs.courses[1].title = 'B2';
    const { merged, conflicts } = rebase(base, mine, theirs, 'theirs');
    expect(conflicts.map((conflict) => pathText(conflict.path))).to.deep.equal(['courses[b]']);
    expect((merged as any).courses.map((course: any) => course.title)).to.deep.equal(['A', 'B2']);
  });
});
