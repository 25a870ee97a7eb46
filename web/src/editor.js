// editor.js: the script editor, CodeMirror 6 with Python highlighting, and the error marks a run
// leaves on the lines it names (cleared as soon as the script changes).
import {EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  Decoration, WidgetType} from '@codemirror/view';
import {EditorState, StateField, StateEffect, Prec} from '@codemirror/state';
import {defaultKeymap, history, historyKeymap, indentWithTab} from '@codemirror/commands';
import {pythonLanguage} from '@codemirror/lang-python';
import {syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching, indentUnit, LanguageSupport} from '@codemirror/language';

// pythonSupport is Python's grammar, highlighting and indentation, without lang-python's completion
// sources: the editor has no completion (no autocompletion extension), and they would bring
// @codemirror/autocomplete into the first visit's app.js (3 KB in brotli).
const pythonSupport = new LanguageSupport(pythonLanguage);

// setMarks replaces the marks: [{line, col, endLine, endCol, message}], line 1-based; col and endCol
// 1-based in characters (endCol one past the span), 0 when only the line is known.
const setMarks = StateEffect.define();

class MessageWidget extends WidgetType {
  constructor(message) {
    super();
    this.message = message;
  }
  eq(other) {
    return other.message === this.message;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-fs-error-message';
    span.textContent = this.message;
    return span;
  }
}

const marksField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setMarks)) return build(tr.state, e.value);
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// build makes the decorations of marks: a tinted line and the message after it, first mark first, and
// the span a mark names (the expression a traceback's carets point at) underlined.
function build(state, marks) {
  const seen = new Set();
  const ranges = [];
  for (const m of marks) {
    if (m.line < 1 || m.line > state.doc.lines || seen.has(m.line)) continue;
    seen.add(m.line);
    const line = state.doc.line(m.line);
    ranges.push(Decoration.line({class: 'cm-fs-error-line'}).range(line.from));
    ranges.push(Decoration.widget({widget: new MessageWidget(m.message), side: 1}).range(line.to));
    const endLine = m.endLine || m.line;
    if (m.col > 0 && m.endCol > 0 && endLine >= m.line && endLine <= state.doc.lines) {
      const from = at(line, m.col);
      const to = at(state.doc.line(endLine), m.endCol);
      if (from < to) ranges.push(Decoration.mark({class: 'cm-fs-error-span'}).range(from, to));
    }
  }
  return Decoration.set(ranges, true);
}

// at is the document position of the 1-based character column col of line (CodeMirror counts UTF-16
// units, a report characters).
function at(line, col) {
  let pos = line.from;
  let n = 1;
  for (const ch of line.text) {
    if (n >= col) break;
    pos += ch.length;
    n++;
  }
  return Math.min(pos, line.to);
}

// shown says whether line n is in the editor's scrolled view.
function shown(view, n) {
  const block = view.lineBlockAt(view.state.doc.line(n).from);
  const top = view.scrollDOM.scrollTop;
  return block.top >= top && block.bottom <= top + view.scrollDOM.clientHeight;
}

/**
 * createEditor makes the editor in parent. onRun is called for Ctrl/Cmd+Enter, onChange after every
 * change to the script (typing, undo, setCode). It returns
 * {view, code(), setCode(text), mark(marks), goto(line)}; mark scrolls to the first mark.
 */
export function createEditor(parent, {onRun, onChange = () => {}, label}) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        Prec.highest(keymap.of([{key: 'Mod-Enter', run: () => (onRun(), true)}])),
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
        indentOnInput(), bracketMatching(), indentUnit.of('    '), EditorState.tabSize.of(4),
        syntaxHighlighting(defaultHighlightStyle, {fallback: true}), pythonSupport,
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]), marksField,
        EditorView.contentAttributes.of({'aria-label': label}),
        EditorView.updateListener.of((u) => u.docChanged && onChange()),
      ],
    }),
  });
  return {
    view,
    code: () => view.state.doc.toString(),
    setCode(text) {
      view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}, selection: {anchor: 0}});
    },
    // mark shows marks and scrolls the first one into view (an error at line 5000 too), leaving the
    // focus where it is.
    mark(marks) {
      const effects = [setMarks.of(marks || [])];
      const first = (marks || []).find((m) => m.line >= 1 && m.line <= view.state.doc.lines);
      if (first && !shown(view, first.line)) effects.push(EditorView.scrollIntoView(view.state.doc.line(first.line).from, {y: 'center'}));
      view.dispatch({effects});
    },
    goto(n) {
      if (n < 1 || n > view.state.doc.lines) return;
      const line = view.state.doc.line(n);
      view.dispatch({selection: {anchor: line.from}, effects: EditorView.scrollIntoView(line.from, {y: 'center'})});
      view.focus();
    },
  };
}
