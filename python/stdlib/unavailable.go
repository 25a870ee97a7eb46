package stdlib

import "github.com/futurescope/futurescope/python/py"

// Modules a simulation cannot have: importing one raises
// ModuleNotFoundError with one sentence saying why and what to use
// instead, where CPython would give the script a network, files or other
// programs.

const (
	noNetwork = "the simulation has no network; time.sleep(seconds) stands for the wait on a reply " +
		"(a docs example that fetches a URL becomes a sleep)"
	noFiles    = "the simulation has no file system; keep the data in variables, or print it"
	noPrograms = "the simulation has no operating system to start programs in; use " +
		"concurrent.futures.ProcessPoolExecutor for work in other processes, or time.sleep(seconds) " +
		"for the wait on one"
)

// unavailable maps each module to why it cannot be imported.
var unavailable = map[string]string{
	"subprocess":     noPrograms,
	"socket":         noNetwork,
	"ssl":            noNetwork,
	"select":         noNetwork,
	"selectors":      noNetwork,
	"http":           noNetwork, // http.client and http.server stop here too
	"urllib.request": noNetwork,
	"ftplib":         noNetwork,
	"smtplib":        noNetwork,
	"socketserver":   noNetwork,
	"requests":       "requests is a third-party package, and " + noNetwork,
	"aiohttp":        "aiohttp is a third-party package, and " + noNetwork,
	"httpx":          "httpx is a third-party package, and " + noNetwork,
	"asyncio":        "asyncio is not supported yet (the interpreter runs no async/await); use concurrent.futures",
	"sqlite3":        noFiles,
	"tempfile":       noFiles,
	"shutil":         noFiles,
	"pathlib":        noFiles,
	"glob":           noFiles,
	"mmap":           noFiles,
	"ctypes":         "ctypes cannot run here: the simulation has no C libraries to call",
	"tkinter":        "tkinter cannot run here: the simulation has no windows; print the results instead",
}

func init() {
	for _, name := range sortedNames(unavailable) {
		why := unavailable[name]
		py.RegisterCoreModule(name, func(in *py.Interp) (*py.Module, error) {
			e := py.Errorf(py.ModuleNotFoundErrorType, "%s cannot be imported in futurescope: %s", name, why)
			e.SetAttr("name", py.NewStr(name))
			return nil, e
		})
	}
	// urllib itself is importable (empty), so that urllib.request can say why it is not.
	py.RegisterCoreModule("urllib", func(in *py.Interp) (*py.Module, error) { return py.NewModule("urllib"), nil })
}
