package script

// pylibFiles are the files of pylib/, relative to it, which runner.wasm fetches; a test keeps the
// list equal to the directory.
var pylibFiles = []string{
	"logging/__init__.py",
	"logging/handlers.py",
	"multiprocessing/__init__.py",
	"multiprocessing/connection.py",
	"multiprocessing/context.py",
	"multiprocessing/managers.py",
	"multiprocessing/pool.py",
	"multiprocessing/process.py",
	"multiprocessing/queues.py",
	"multiprocessing/sharedctypes.py",
	"multiprocessing/synchronize.py",
	"signal.py",
}
