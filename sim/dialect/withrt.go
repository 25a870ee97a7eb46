package script

import (
	"fmt"

	"go.starlark.net/starlark"
)

// A ContextManager is a host value that a with statement can enter, such as
// an executor (whose Exit is shutdown(wait=True)) or a lock.
type ContextManager interface {
	starlark.Value
	// Enter runs when the with block starts, as Python's __enter__; its
	// result is what "as NAME" binds.
	Enter(thread *starlark.Thread) (starlark.Value, error)
	// Exit runs once when the block ends, as Python's __exit__, whether
	// the block ends normally or by an error; it cannot suppress the error.
	Exit(thread *starlark.Thread) error
}

// Each shimmed with statement is a loop over a withBlock (see with.go).
//
// # When Exit runs
//
// Normal end, break, continue and return all end the body's single pass, so
// the iterator's second Next runs Exit; __with_end__, the statement right
// after the loop, raises Exit's error if there is one, as Python does.
// An error in the body ends the loop through Done, which Starlark calls on
// every way out of a loop (interp.go pops the iterator stack in a deferred
// function); Done runs Exit too. There the body's error wins and
// an error from Exit is dropped: Done cannot return one. (Python would raise
// Exit's error, chained to the body's.)
//
// Starlark calls the Done of a frame's iterators outermost first, but with
// blocks must exit innermost first. So the blocks a thread has entered form
// a stack (a thread-local), and exiting a block first exits every block
// entered after it that is still open.

// Thread-local keys.
const (
	withStackKey = "futurescope/script.with"     // *[]*withBlock
	withErrKey   = "futurescope/script.with.err" // error from the last Exit
)

// withBlock is the one-shot iterable that __with__ returns.
type withBlock struct {
	mgr      ContextManager
	thread   *starlark.Thread
	value    starlark.Value // Enter's result
	iterated bool
	exited   bool
}

var _ starlark.Iterable = (*withBlock)(nil)

// withBuiltin implements __with__(mgr, bind=1): it enters mgr and returns
// the block, which yields what Enter returned, or None if bind is false.
func withBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var bind starlark.Value = starlark.True
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v, &bind); err != nil {
		return nil, err
	}
	mgr, ok := v.(ContextManager)
	if !ok {
		return nil, typeErr("'%s' object does not support the context manager protocol", pyTypeName(v))
	}
	value, err := mgr.Enter(thread)
	if err != nil {
		return nil, err
	}
	if !bind.Truth() {
		value = starlark.None
	}
	blk := &withBlock{mgr: mgr, thread: thread, value: value}
	stack := withStack(thread)
	*stack = append(*stack, blk)
	return blk, nil
}

// withEndBuiltin implements __with_end__(): it raises the error of the Exit
// that just ran, if any.
func withEndBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	err, _ := thread.Local(withErrKey).(error)
	if err != nil {
		thread.SetLocal(withErrKey, nil)
		return nil, err
	}
	return starlark.None, nil
}

// withStack returns the thread's stack of open with blocks.
func withStack(thread *starlark.Thread) *[]*withBlock {
	stack, _ := thread.Local(withStackKey).(*[]*withBlock)
	if stack == nil {
		stack = new([]*withBlock)
		thread.SetLocal(withStackKey, stack)
	}
	return stack
}

// exit exits blk and every block entered after it, innermost first, and
// returns blk's error.
func (blk *withBlock) exit() error {
	stack := withStack(blk.thread)
	i := len(*stack) - 1
	for i >= 0 && (*stack)[i] != blk {
		i--
	}
	if i < 0 { // not on the stack: exit it alone
		blk.exited = true
		return blk.mgr.Exit(blk.thread)
	}
	var err error
	for j := len(*stack) - 1; j >= i; j-- {
		b := (*stack)[j]
		*stack = (*stack)[:j]
		b.exited = true
		if e := b.mgr.Exit(b.thread); j == i {
			err = e
		}
	}
	return err
}

// Iterate returns the block's iterator; a second call yields nothing.
func (blk *withBlock) Iterate() starlark.Iterator {
	if blk.iterated {
		return &withIter{blk: blk, yielded: true}
	}
	blk.iterated = true
	return &withIter{blk: blk}
}

// The remaining methods make withBlock a starlark.Value.

func (blk *withBlock) String() string        { return fmt.Sprintf("<with %s>", blk.mgr.Type()) }
func (blk *withBlock) Type() string          { return "with" }
func (blk *withBlock) Freeze()               {}
func (blk *withBlock) Truth() starlark.Bool  { return true }
func (blk *withBlock) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable: with") }

// withIter yields a block's value once; see the comment at the top.
type withIter struct {
	blk     *withBlock
	yielded bool
}

// Next yields the entered value, then exits the block.
func (it *withIter) Next(p *starlark.Value) bool {
	if !it.yielded {
		it.yielded = true
		*p = it.blk.value
		return true
	}
	if !it.blk.exited {
		if err := it.blk.exit(); err != nil {
			it.blk.thread.SetLocal(withErrKey, err)
		}
	}
	return false
}

// Done exits the block if the body ended by an error.
func (it *withIter) Done() {
	if !it.blk.exited {
		_ = it.blk.exit() // the body's error wins
	}
}
