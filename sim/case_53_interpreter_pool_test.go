package sim_test

import "testing"

// Reference case 53 (Python 3.14 only): InterpreterPoolExecutor, a ThreadPoolExecutor whose workers each
// own a subinterpreter. The simulator has no InterpreterPoolExecutor (nor subinterpreters), so none of
// the case's lines is covered:
//
//	result: 1024
//	error: ValueError cause=ExecutionFailed
//	thread prefix: InterpreterPoolExecutor-
func TestCase53_interpreter_pool(t *testing.T) {
	t.Skip("InterpreterPoolExecutor (3.14) is not simulated")
}
