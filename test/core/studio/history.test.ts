import { expect } from '@open-wc/testing';
import { DraftHistory } from '../../../src/core/studio/history.js';

describe('DraftHistory', () => {
  it('undoes and redoes whole versions, and a new edit drops what could be redone', () => {
    const history = new DraftHistory('a');
    expect(history.canUndo).to.equal(false);
    history.apply('b');
    history.apply('c');
    expect(history.undo()).to.equal(true);
    expect(history.present).to.equal('b');
    expect(history.canRedo).to.equal(true);
    expect(history.redo()).to.equal(true);
    expect(history.present).to.equal('c');
    history.undo();
    history.apply('d');
    expect(history.canRedo).to.equal(false);
    expect(history.redo()).to.equal(false);
    history.undo();
    history.undo();
    expect(history.present).to.equal('a');
    expect(history.undo()).to.equal(false);
  });

  it('makes a run of typing into one field one step, until sealed', () => {
    const history = new DraftHistory('');
    for (const value of ['h', 'he', 'hel']) history.apply(value, 'why.statement');
    history.apply('hel!', 'why.from');
    history.apply('hel!?', 'why.from');
    history.seal();
    history.apply('hel!?.', 'why.from');
    expect(history.present).to.equal('hel!?.');
    history.undo();
    expect(history.present).to.equal('hel!?');
    history.undo();
    expect(history.present).to.equal('hel');
    history.undo();
    expect(history.present).to.equal('');
    expect(history.canUndo).to.equal(false);
  });

  it('ignores an edit that changes nothing, and starts afresh on reset', () => {
    const history = new DraftHistory<object>({});
    history.apply(history.present);
    expect(history.canUndo).to.equal(false);
    history.apply({ a: 1 });
    const fresh = { b: 2 };
    history.reset(fresh);
    expect(history.present).to.equal(fresh);
    expect(history.canUndo).to.equal(false);
    expect(history.canRedo).to.equal(false);
  });
});
