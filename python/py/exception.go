package py

import (
	"fmt"

	"github.com/futurescope/futurescope/python/syntax"
)

// Exception is an instance of BaseException or a subclass (built-in or
// defined by a script). It is the Go error that carries a Python exception.
type Exception struct {
	typ             *Type
	Args            *Tuple
	Cause           Object // nil: no __cause__
	Context         Object // nil: no __context__
	SuppressContext bool
	// tb lists the frames the exception passed through, innermost first.
	tb []tbEntry
	// Dict holds other attributes (value of StopIteration, a user class's fields).
	Dict *Dict
	// reraised marks a bare raise in progress, which adds no traceback entry.
	reraised bool
	// held are the locals of the frames the exception left, which its traceback keeps (finalize.go).
	held []Object
	// candidates and selfHint feed a NameError's "Did you mean" suggestion.
	candidates []string
	selfHint   bool
	// syntax is the error a SyntaxError made by exec, eval or compile stands for (its traceback
	// ends with the source line and carets).
	syntax *syntax.Error
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Error formats "Type: message" with the arguments' plain str, for Go callers.
func (e *Exception) Error() string {
	msg := e.plainMessage()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

func (e *Exception) plainMessage() string {
	if e.Args == nil || len(e.Args.V) == 0 {
		return ""
	}
	if len(e.Args.V) == 1 {
		if s, ok := e.Args.V[0].(*Str); ok {
			if e.typ.IsSubtype(KeyErrorType) {
				return quoteStr(s.S)
			}
			return s.S
		}
		return fmt.Sprint(e.Args.V[0])
	}
	return fmt.Sprint(e.Args.V)
}

// NewException makes an exception of class typ with the given arguments.
func NewException(typ *Type, args ...Object) *Exception {
	return &Exception{typ: typ, Args: NewTuple(append([]Object(nil), args...))}
}

// Errorf makes an exception of class typ whose single argument is the
// formatted message.
func Errorf(typ *Type, format string, args ...any) *Exception {
	return &Exception{typ: typ, Args: NewTuple([]Object{NewStr(fmt.Sprintf(format, args...))})}
}

// Attr returns an extra attribute (nil if unset).
func (e *Exception) Attr(name string) Object {
	if e.Dict == nil {
		return nil
	}
	v, _ := e.Dict.GetStr(name)
	return v
}

// SetAttr sets an extra attribute.
func (e *Exception) SetAttr(name string, v Object) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, v)
}

// Matches reports whether the exception is an instance of typ.
func (e *Exception) Matches(typ *Type) bool { return e.typ.IsSubtype(typ) }

func excType(name string, base *Type) *Type {
	t := mkType(name, base)
	return t
}

// The built-in exception hierarchy.
var (
	BaseExceptionType           = excType("BaseException", ObjectType)
	SystemExitType              = excType("SystemExit", BaseExceptionType)
	KeyboardInterruptType       = excType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType           = excType("GeneratorExit", BaseExceptionType)
	ExceptionType               = excType("Exception", BaseExceptionType)
	StopIterationType           = excType("StopIteration", ExceptionType)
	StopAsyncIterationType      = excType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType         = excType("ArithmeticError", ExceptionType)
	FloatingPointErrorType      = excType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType           = excType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType       = excType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType          = excType("AssertionError", ExceptionType)
	AttributeErrorType          = excType("AttributeError", ExceptionType)
	BufferErrorType             = excType("BufferError", ExceptionType)
	EOFErrorType                = excType("EOFError", ExceptionType)
	ImportErrorType             = excType("ImportError", ExceptionType)
	ModuleNotFoundErrorType     = excType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType             = excType("LookupError", ExceptionType)
	IndexErrorType              = excType("IndexError", LookupErrorType)
	KeyErrorType                = excType("KeyError", LookupErrorType)
	MemoryErrorType             = excType("MemoryError", ExceptionType)
	NameErrorType               = excType("NameError", ExceptionType)
	UnboundLocalErrorType       = excType("UnboundLocalError", NameErrorType)
	OSErrorType                 = excType("OSError", ExceptionType)
	BlockingIOErrorType         = excType("BlockingIOError", OSErrorType)
	ChildProcessErrorType       = excType("ChildProcessError", OSErrorType)
	ConnectionErrorType         = excType("ConnectionError", OSErrorType)
	BrokenPipeErrorType         = excType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType  = excType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType  = excType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType    = excType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType         = excType("FileExistsError", OSErrorType)
	FileNotFoundErrorType       = excType("FileNotFoundError", OSErrorType)
	InterruptedErrorType        = excType("InterruptedError", OSErrorType)
	IsADirectoryErrorType       = excType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType      = excType("NotADirectoryError", OSErrorType)
	PermissionErrorType         = excType("PermissionError", OSErrorType)
	ProcessLookupErrorType      = excType("ProcessLookupError", OSErrorType)
	TimeoutErrorType            = excType("TimeoutError", OSErrorType)
	ReferenceErrorType          = excType("ReferenceError", ExceptionType)
	RuntimeErrorType            = excType("RuntimeError", ExceptionType)
	NotImplementedErrorType     = excType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType          = excType("RecursionError", RuntimeErrorType)
	PythonFinalizationErrorType = excType("PythonFinalizationError", RuntimeErrorType)
	SyntaxErrorType             = excType("SyntaxError", ExceptionType)
	IndentationErrorType        = excType("IndentationError", SyntaxErrorType)
	TabErrorType                = excType("TabError", IndentationErrorType)
	SystemErrorType             = excType("SystemError", ExceptionType)
	TypeErrorType               = excType("TypeError", ExceptionType)
	ValueErrorType              = excType("ValueError", ExceptionType)
	UnicodeErrorType            = excType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType      = excType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType      = excType("UnicodeEncodeError", UnicodeErrorType)
	WarningType                 = excType("Warning", ExceptionType)
	DeprecationWarningType      = excType("DeprecationWarning", WarningType)
	RuntimeWarningType          = excType("RuntimeWarning", WarningType)
	UserWarningType             = excType("UserWarning", WarningType)
)

// builtinExceptions lists the exception classes the builtins module exposes.
var builtinExceptions = []*Type{BaseExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType,
	ExceptionType, StopIterationType, StopAsyncIterationType, ArithmeticErrorType, FloatingPointErrorType,
	OverflowErrorType, ZeroDivisionErrorType, AssertionErrorType, AttributeErrorType, BufferErrorType,
	EOFErrorType, ImportErrorType, ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType,
	MemoryErrorType, NameErrorType, UnboundLocalErrorType, OSErrorType, BlockingIOErrorType,
	ChildProcessErrorType, ConnectionErrorType, BrokenPipeErrorType, ConnectionAbortedErrorType,
	ConnectionRefusedErrorType, ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType,
	InterruptedErrorType, IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType,
	ProcessLookupErrorType, TimeoutErrorType, ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType,
	RecursionErrorType, PythonFinalizationErrorType, SyntaxErrorType, IndentationErrorType, TabErrorType,
	SystemErrorType, TypeErrorType, ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType,
	UnicodeEncodeErrorType, WarningType, DeprecationWarningType, RuntimeWarningType, UserWarningType}

func init() {
	BaseExceptionType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		n := len(args) - len(kwnames)
		e := &Exception{typ: cls, Args: NewTuple(append([]Object(nil), args[:n]...))}
		if cls.IsSubtype(OSErrorType) && n >= 2 && n <= 5 {
			if errno, ok := asInt64(args[0]); ok {
				if cls == OSErrorType {
					if sub, ok := errnoTypes[errno]; ok {
						e.typ = sub
					}
				}
				e.SetAttr("errno", args[0])
				e.SetAttr("strerror", args[1])
				if n >= 3 {
					e.SetAttr("filename", args[2])
				}
			}
		}
		return e, nil
	}
	BaseExceptionType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		e := self.(*Exception)
		if len(kwnames) > 0 {
			return Errorf(TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
		}
		e.Args = NewTuple(append([]Object(nil), args...))
		return nil
	}
}

// errnoTypes maps errno values to the OSError subclasses OSError(errno, ...) creates.
var errnoTypes = map[int64]*Type{1: PermissionErrorType, 2: FileNotFoundErrorType, 3: ProcessLookupErrorType,
	4: InterruptedErrorType, 10: ChildProcessErrorType, 11: BlockingIOErrorType, 13: PermissionErrorType,
	17: FileExistsErrorType, 20: NotADirectoryErrorType, 21: IsADirectoryErrorType, 32: BrokenPipeErrorType,
	103: ConnectionAbortedErrorType, 104: ConnectionResetErrorType, 110: TimeoutErrorType,
	111: ConnectionRefusedErrorType}
