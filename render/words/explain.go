package words

import "strings"

// Explain returns one line that says, in lang, what a common Python exception means for a learner
// of concurrent.futures, or "" when it has none: a report shows it beside Python's traceback, which
// stays as CPython prints it. typ is the class as a traceback names it
// ("ZeroDivisionError", "concurrent.futures.process.BrokenProcessPool"). Only Chinese has
// explanations: an English reader reads Python's own message, which TextIn never changes.
func Explain(typ, lang string) string {
	if lang != "zh" {
		return ""
	}
	return explainZh[ShortType(typ)]
}

// ShortType is a class's name without its module: "BrokenProcessPool".
func ShortType(typ string) string {
	return typ[strings.LastIndexByte(typ, '.')+1:]
}

// explainZh are the Chinese explanations, by class name. The Chinese follows the lessons: future,
// 工作线程, 工作进程, 执行器, 回调函数, 超时.
var explainZh = map[string]string{
	// concurrent.futures and multiprocessing.
	"TimeoutError":       "超时：在给定的 timeout 秒数内，future 没有完成（result()、exception()、as_completed() 或 map() 等得太久）。",
	"CancelledError":     "这个 future 在开始运行之前被取消了（cancel() 或 shutdown(cancel_futures=True)），所以它没有结果。",
	"InvalidStateError":  "future 的状态不允许这个操作，例如对已经完成的 future 再次 set_result()。",
	"BrokenExecutor":     "执行器已损坏：它的工作线程或工作进程无法继续，所有未完成的 future 都会失败。",
	"BrokenThreadPool":   "线程池已损坏：某个工作线程初始化（initializer）失败，池中其余的任务都无法运行。",
	"BrokenProcessPool":  "进程池已损坏：某个工作进程意外退出（被终止、崩溃或 initializer 失败），所有未完成的 future 都会失败。",
	"PicklingError":      "无法 pickle：进程池要把函数、参数和结果 pickle 后送到另一个进程，lambda、局部函数和锁等对象做不到。",
	"UnpicklingError":    "无法 unpickle：另一个进程送来的数据不能还原成对象。",
	"_RemoteTraceback":   "这是工作进程里原始的回溯：异常发生在那里，再被送回父进程重新抛出。",
	"BrokenBarrierError": "屏障（Barrier）已损坏：有线程超时、被重置或在等待时出错，其余等待的线程都会收到这个异常。",
	"Empty":              "队列是空的：get(block=False) 或带 timeout 的 get() 没有拿到任何元素。",
	"Full":               "队列已满：put(block=False) 或带 timeout 的 put() 放不进去。",

	// The language.
	"RecursionError":      "递归太深：函数调用自己（直接或间接）超过了 Python 的递归上限（sys.getrecursionlimit()）。",
	"ZeroDivisionError":   "除数为 0：整数和浮点数都不能除以 0。",
	"KeyError":            "字典里没有这个键。可以先用 in 检查，或用 dict.get(key, 默认值)。",
	"NameError":           "这个名字没有定义：检查拼写，或者它是否在使用之前已经赋值或导入。",
	"UnboundLocalError":   "局部变量在赋值之前就被读取了：函数里给它赋过值，Python 就把它当作局部变量（需要全局变量时用 global 或 nonlocal）。",
	"AttributeError":      "这个对象没有这个属性或方法：检查拼写和对象的类型。",
	"TypeError":           "类型不对：操作或函数收到了它不支持的类型，或者参数的个数不对。",
	"ValueError":          "类型对了，但值不合适，例如 int('abc')。",
	"IndexError":          "下标超出了范围：序列没有这么多元素。",
	"StopIteration":       "迭代器已经没有下一个元素了。",
	"RuntimeError":        "运行时错误：例如在 shutdown() 之后还调用 submit()，或者一个线程被 start() 了两次。",
	"AssertionError":      "assert 语句的条件为假。",
	"NotImplementedError": "这个方法还没有实现（通常是子类应该覆盖它）。",
	"OverflowError":       "数值太大，超出了能表示的范围。",
	"ImportError":         "导入失败：模块里没有这个名字。",
	"ModuleNotFoundError": "找不到这个模块：它不存在，或者 futurescope 的模拟器没有提供它。",
	"KeyboardInterrupt":   "运行被中断了（相当于按下 Ctrl+C）。",
	"OSError":             "操作系统报告的错误，例如文件不存在或没有权限。",
	"FileNotFoundError":   "文件或目录不存在。",
	"MemoryError":         "内存不够了。",
	"SyntaxError":         "语法错误：Python 读不懂这一行，所以整个脚本一行都没有运行。请看 ^ 指向的位置。",
	"IndentationError":    "缩进错误：这一行的缩进和上下文对不上。Python 用缩进来划分代码块。",
	"TabError":            "缩进里混用了制表符和空格：请统一只用空格（通常是 4 个）。",
}
