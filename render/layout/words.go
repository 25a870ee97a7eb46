package layout

import (
	"strconv"

	"github.com/futurescope/futurescope/sim/trace"
)

// BuildOptions choose how BuildWith writes a scene.
type BuildOptions struct {
	// Lang is the language of the words the scene puts around the script's names and values (span
	// labels, details, the legend's names and meanings): "en" (the default, also for "") or "zh".
	// Python's names (result(), FIRST_COMPLETED, PENDING), the script's values, exception lines,
	// thread and process names and the simulator's own messages (a deadlock's, a limit's) stay as
	// they are.
	Lang string
	// Pause, when not nil, is called between the passes of the layout (a few, each a walk over the
	// trace's events), so that a caller on one thread (WebAssembly's, shared with a page) can let
	// other work run while a big run is laid out.
	Pause func()
}

// lang returns the language code a scene is written in for o: "zh" or "en".
func (o BuildOptions) lang() string {
	if o.Lang == "zh" {
		return "zh"
	}
	return "en"
}

// phrases are the sentences a scene's labels and details are made of, in one language. A {name}
// placeholder is filled by fill; every language has the same placeholders in each phrase. The
// Chinese follows the lessons and the viewer: future, 工作线程, 回调函数, 超时, 抛出异常.
type phrases struct {
	// Time spans.
	between, betweenOpen string

	// The futures view.
	madeBy, submittedBy, atLine                                    string
	pending, cancelledSpan, callQueueLabel, callQueue, runsOn      string
	returning, returnedAt, raisedAt, returned, raised, cancelledAt string
	notified, yieldedIt, cancelCall, callbackRan, waitsIn, printed string
	itRaised, itGot, itReturned                                    string

	// The threads view.
	threadIn, procPid, procThreads, life, exitCode, gilHolds, gilWaits, inside     string
	runs, runsCallback, startupLabel, startup, blockedIn, sleepsIn                 string
	yielded, logged, timedOutMark, timedOutRaised, stoppedUncaught, made, shutDown string
	broke                                                                          string

	// Overlays.
	shutdownCalled, brokenLabel, nothingCaught, scriptStopped, deadlockLabel, limitLabel  string
	timedOutRule, andRaised, timedOutLabel, waitReturnedAt, withResult, because           string
	timeoutArg, waitTimedOutLabel, waitTimedOut, waitReturnedLabel, heldOnce, alreadyHeld string
	whatFinished, whatNotified, whatRaised                                                string
}

var english = phrases{
	between:     "from {from} to {to} ({took})",
	betweenOpen: "from {from} on, unfinished when the run ended",

	madeBy:         "{future}, made by {who}",
	submittedBy:    "{future}, submitted to {executor} by {who}",
	atLine:         "{detail} at line {line}",
	pending:        "{future}: queued (PENDING) {when}",
	cancelledSpan:  "{future}: CANCELLED, not yet notified {when}",
	callQueueLabel: "call queue",
	callQueue:      "{future}: RUNNING, waiting in the call queue {when}",
	runsOn:         "{future}: runs on {worker} {when}",
	returning:      "{future}: the result travels back to the parent process {when}",
	returnedAt:     "{future}: returned {value} at {at}",
	raisedAt:       "{future}: raised {value} at {at}",
	returned:       "{future}: returned {value}",
	raised:         "{future}: raised {value}",
	cancelledAt:    "{future}: cancelled at {at}",
	notified:       "{future}: CANCELLED_AND_NOTIFIED at {at}: wait() and as_completed() see it now",
	yieldedIt:      "{future}: as_completed() yielded it to {who} at {at}",
	cancelCall:     "{who} called cancel() on {future} at {at}: it returned {value}",
	callbackRan:    "callback {callback}({future}) ran in {who} {when}",
	waitsIn:        "{who} waits in {call} {when}",
	printed:        "{who} printed at {at}: {value}",
	itRaised:       "{detail}; it raised {value}",
	itGot:          "{detail}; it got {value}",
	itReturned:     "{detail}; it returned {value}",

	threadIn:        "{thread} in {process}",
	procPid:         "{process} (pid {pid})",
	procThreads:     "{detail}, {n} thread(s)",
	life:            "{name} {when}",
	exitCode:        "{detail}, exit code {code}",
	gilHolds:        "{who} holds the GIL {when}",
	gilWaits:        "{who} waits for the GIL {when}",
	inside:          "{detail}, inside {call}",
	runs:            "{who} runs {future} {when}",
	runsCallback:    "{who} runs the done-callback {callback} {when}",
	startupLabel:    "start-up",
	startup:         "{process} starts: a new Python interpreter starts and imports the main module {when}",
	blockedIn:       "{who} is blocked in {call} {when}",
	sleepsIn:        "{who} sleeps in {call} {when}",
	yielded:         "as_completed() yielded {future} to {who} at {at}",
	logged:          "{who} logged {level} at {at}: {value}",
	timedOutMark:    "{who}: {name}() timed out at {at}",
	timedOutRaised:  "{detail}: {value}",
	stoppedUncaught: "{who} stopped with an uncaught exception at {at}: {value}",
	made:            "{who} made {executor} at {at}",
	shutDown:        "{who} shut down {executor} ({args}) at {at}",
	broke:           "{executor} broke at {at}: {value}",

	shutdownCalled:    "{who} called shutdown({args}) on {executor} at {at}",
	brokenLabel:       "broken",
	nothingCaught:     "{detail}; nothing caught it, so the script stopped here",
	scriptStopped:     "the script stopped at {at} with an uncaught exception: {value}",
	deadlockLabel:     "deadlock",
	limitLabel:        "limit: {name}",
	timedOutRule:      "{who}: {call} timed out at {at}",
	andRaised:         "{detail} and raised {value}",
	timedOutLabel:     "{name} timed out",
	waitReturnedAt:    "{who}: {call} returned at {at}",
	withResult:        "{detail} with {value}",
	because:           "{detail}: {why}",
	timeoutArg:        " (timeout={timeout})",
	waitTimedOutLabel: "wait() returned: timed out{timeout}",
	waitTimedOut:      "its timeout{timeout} expired before {mode} held",
	waitReturnedLabel: "wait() returned: {mode}",
	heldOnce:          "{mode} held once {future} {what}",
	alreadyHeld:       "{mode} already held when wait() was called",
	whatFinished:      "finished",
	whatNotified:      "was cancelled and notified",
	whatRaised:        "raised",
}

var chinese = phrases{
	between:     "从 {from} 到 {to}（{took}）",
	betweenOpen: "从 {from} 起，到运行结束时仍未结束",

	madeBy:         "{future}，由 {who} 创建",
	submittedBy:    "{future}，由 {who} 提交给 {executor}",
	atLine:         "{detail}（第 {line} 行）",
	pending:        "{future}：排队等待（PENDING），{when}",
	cancelledSpan:  "{future}：CANCELLED，尚未通知，{when}",
	callQueueLabel: "调用队列",
	callQueue:      "{future}：RUNNING，在调用队列里等待，{when}",
	runsOn:         "{future}：在 {worker} 上运行，{when}",
	returning:      "{future}：结果正传回父进程，{when}",
	returnedAt:     "{future}：在 {at} 返回了 {value}",
	raisedAt:       "{future}：在 {at} 抛出了 {value}",
	returned:       "{future}：返回了 {value}",
	raised:         "{future}：抛出了 {value}",
	cancelledAt:    "{future}：在 {at} 被取消",
	notified:       "{future}：在 {at} 变为 CANCELLED_AND_NOTIFIED，wait() 和 as_completed() 现在能看到它了",
	yieldedIt:      "{future}：as_completed() 在 {at} 把它交给 {who}",
	cancelCall:     "{who} 在 {at} 对 {future} 调用 cancel()：返回 {value}",
	callbackRan:    "回调函数 {callback}({future}) 在 {who} 中运行，{when}",
	waitsIn:        "{who} 在 {call} 中等待，{when}",
	printed:        "{who} 在 {at} 打印：{value}",
	itRaised:       "{detail}；它抛出了 {value}",
	itGot:          "{detail}；得到 {value}",
	itReturned:     "{detail}；返回 {value}",

	threadIn:        "{process} 中的 {thread}",
	procPid:         "{process}（pid {pid}）",
	procThreads:     "{detail}，{n} 个线程",
	life:            "{name} 存活，{when}",
	exitCode:        "{detail}，退出码 {code}",
	gilHolds:        "{who} 持有 GIL，{when}",
	gilWaits:        "{who} 等待 GIL，{when}",
	inside:          "{detail}，位于 {call} 之内",
	runs:            "{who} 运行 {future}，{when}",
	runsCallback:    "{who} 运行回调函数 {callback}，{when}",
	startupLabel:    "启动中",
	startup:         "{process} 启动：新的 Python 解释器启动并导入主模块，{when}",
	blockedIn:       "{who} 阻塞在 {call} 中，{when}",
	sleepsIn:        "{who} 在 {call} 中休眠，{when}",
	yielded:         "as_completed() 在 {at} 把 {future} 交给 {who}",
	logged:          "{who} 在 {at} 记录了一条 {level} 日志：{value}",
	timedOutMark:    "{who}：{name}() 在 {at} 超时",
	timedOutRaised:  "{detail}，抛出 {value}",
	stoppedUncaught: "{who} 在 {at} 因未捕获的异常而停止：{value}",
	made:            "{who} 在 {at} 创建了 {executor}",
	shutDown:        "{who} 在 {at} 关闭 {executor}（{args}）",
	broke:           "{executor} 在 {at} 损坏：{value}",

	shutdownCalled:    "{who} 在 {at} 对 {executor} 调用了 shutdown({args})",
	brokenLabel:       "执行器损坏",
	nothingCaught:     "{detail}；没有代码捕获它，脚本在此停止",
	scriptStopped:     "脚本在 {at} 因未捕获的异常而停止：{value}",
	deadlockLabel:     "死锁",
	limitLabel:        "达到限制：{name}",
	timedOutRule:      "{who}：{call} 在 {at} 超时",
	andRaised:         "{detail}，抛出 {value}",
	timedOutLabel:     "{name} 超时",
	waitReturnedAt:    "{who}：{call} 在 {at} 返回",
	withResult:        "{detail}，结果为 {value}",
	because:           "{detail}：{why}",
	timeoutArg:        "（timeout={timeout}）",
	waitTimedOutLabel: "wait() 返回：超时{timeout}",
	waitTimedOut:      "超时{timeout}先于 {mode} 成立而到期",
	waitReturnedLabel: "wait() 返回：{mode}",
	heldOnce:          "{future} {what}，{mode} 随即成立",
	alreadyHeld:       "调用 wait() 时 {mode} 已经成立",
	whatFinished:      "完成",
	whatNotified:      "被取消并已通知",
	whatRaised:        "抛出异常",
}

// ViewHeadings returns each view's name and how to read it in lang ("zh" or "en", the default), by
// the view's Name ("futures", "threads"): the heading the SVG and the viewer write over the view.
// The map is the caller's.
func ViewHeadings(lang string) map[string][2]string {
	if lang == "zh" {
		return map[string][2]string{
			"futures": {"Future", "每个 future 一行，按创建顺序：排队（斜线）、运行（颜色表示工作线程）、结果"},
			"threads": {"线程", "每个线程一条泳道，归在所属进程下：它在运行什么、在哪里阻塞；底部是 GIL"},
		}
	}
	return map[string][2]string{
		"futures": {"Futures", "a row per future, in creation order: queued (hatched), running (coloured by worker), how it ended"},
		"threads": {"Threads", "a lane per thread, under its process: what it runs, where it blocks; the GIL band at the bottom"},
	}
}

// phrasesFor returns the phrases of lang ("zh" or "en").
func phrasesFor(lang string) *phrases {
	if lang == "zh" {
		return &chinese
	}
	return &english
}

// fill replaces the {name} placeholders of tmpl with values given as pairs of names and values. A
// placeholder without a value stays as it is.
func fill(tmpl string, pairs ...string) string {
	n := len(tmpl)
	for i := 1; i < len(pairs); i += 2 {
		n += len(pairs[i])
	}
	return string(appendFilled(make([]byte, 0, n), tmpl, "", nil, pairs...))
}

// lookup returns the value of placeholder ph ("{name}") in pairs, or ph when it has none.
func lookup(ph string, pairs []string) string {
	name := ph[1 : len(ph)-1]
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == name {
			return pairs[i+1]
		}
	}
	return ph
}

// LookIn returns how to draw s, its legend name and meaning in lang ("zh" or "en", the default).
func (s Style) LookIn(lang string) Look {
	l := s.Look()
	if lang == "zh" && s < numStyles {
		l.Name, l.Meaning = chineseLooks[s][0], chineseLooks[s][1]
	}
	return l
}

// chineseLooks are the legend's Chinese name and meaning of each style.
var chineseLooks = [numStyles][2]string{
	Pending:      {"等待中（PENDING）", "尚未开始：提交的调用在执行器的工作队列里排队，等空闲的工作线程"},
	CallQueue:    {"在调用队列里（RUNNING）", "进程池在 future 进入调用队列时就把它标为 RUNNING，此时还没有工作进程接手"},
	Running:      {"在工作线程上运行", "工作线程正在执行这个调用；颜色和标签说明是哪个工作线程"},
	Returning:    {"结果正在传回", "工作进程已完成，结果正传回父进程"},
	Cancelled:    {"已取消，尚未通知", "CANCELLED：执行器通知之后，wait() 和 as_completed() 才会注意到它"},
	Callback:     {"回调函数", "回调函数在完成这个 future 的线程里运行（若添加时已完成，则在添加它的线程里）"},
	Blocked:      {"阻塞在调用中", "线程在 result()、exception()、wait()、as_completed()、join()、锁等处等待"},
	Sleeping:     {"休眠", "time.sleep()：线程什么也不做，也不持有 GIL"},
	GILHeld:      {"持有 GIL", "只有持有所在进程 GIL 的线程才能执行 Python 代码"},
	GILWait:      {"等待 GIL", "已准备好执行 Python 代码，但同进程的另一个线程持有 GIL"},
	ThreadLife:   {"线程存活", "线程从启动到退出的这段时间"},
	ProcessLife:  {"进程存活", "进程从启动到退出的这段时间"},
	Result:       {"返回", "调用返回了；旁边的文字是结果"},
	Exception:    {"抛出异常", "调用抛出了异常；result() 会再次抛出它"},
	CancelledEnd: {"已取消", "future 在运行前被取消；result() 抛出 CancelledError"},
	Notified:     {"已通知", "CANCELLED_AND_NOTIFIED：wait() 和 as_completed() 现在把它算作已完成"},
	CancelTrue:   {"cancel() → True", "cancel() 成功：这个 future 还没开始"},
	CancelFalse:  {"cancel() → False", "cancel() 失败：这个 future 已在运行或已完成"},
	Yielded:      {"as_completed 交出它", "as_completed() 把这个 future 交给了循环"},
	Printed:      {"print", "脚本打印了一行（悬停可看内容）"},
	Logged:       {"日志记录", "concurrent.futures 的日志器写了一条记录（悬停可看内容）"},
	Created:      {"创建执行器", "创建了一个执行器"},
	Value:        {"结果文字", "future 的结果或异常"},
	WaitReturned: {"wait() 返回", "wait() 返回 (done, not_done)，原因是它的 return_when 或超时"},
	TimedOut:     {"超时", "超时到期；文字说明抛出了什么（如果有）"},
	Shutdown:     {"shutdown()", "请求关闭执行器"},
	Broken:       {"执行器损坏", "执行器已不可用；它的 future 都会失败"},
	Failed:       {"未捕获的异常", "脚本因未捕获的异常而停止"},
	Deadlocked:   {"死锁", "没有线程能运行，也没有待触发的定时器：真实的 Python 会永远卡在这里"},
	LimitHit:     {"达到限制", "模拟器的某项限制（时间、步数、future 数等）结束了运行"},
}

// eventPhrases say in a few words what one trace event records, by kind, in one language: the
// viewer's list of the events at the playhead, and its detail panel. A scene's labels and details
// (phrases, above) say what spans and marks mean; these say what happened at an instant.
type eventPhrases struct {
	kinds    map[trace.Kind]string // by kind; none for events that say nothing by themselves
	timedOut string                // a timeout that raised
	names    map[string]string     // words inside events: "returned", "work_queue"
}

// DescribeEvent says in a few words, in lang ("zh" or "en", the default), what e records, as a
// learner reads it: "T1 submitted f3 gcd(1, 2)", "f3 is FINISHED: it returned 7". Events that say
// nothing by themselves (GIL hand-overs) return "".
func DescribeEvent(e trace.Event, lang string) string {
	w := &englishEvents
	if lang == "zh" {
		w = &chineseEvents
	}
	tmpl := w.kinds[e.Kind]
	if e.Kind == trace.Timeout && e.Value != "" {
		tmpl = w.timedOut
	}
	if tmpl == "" {
		return ""
	}
	name := e.Name
	if n, ok := w.names[name]; ok && (e.Kind == trace.FutureQueued || e.Kind == trace.FutureFinish) {
		name = n
	}
	return fill(tmpl, "who", "T"+strconv.Itoa(e.Thread), "f", "f"+strconv.Itoa(e.Future), "name", name,
		"args", e.Args, "arglist", argList(e.Args), "value", e.Value, "quoted", strconv.Quote(e.Value),
		"call", eventCall(e), "outcome", eventOutcome(e.Value))
}

// eventCall writes a blocking call: "f2.result(timeout=1)", "wait(return_when=FIRST_COMPLETED)".
func eventCall(e trace.Event) string {
	c := e.Name + "(" + e.Args + ")"
	if e.Future != 0 {
		c = "f" + strconv.Itoa(e.Future) + "." + c
	}
	return c
}

// eventOutcome writes a call's outcome after its name: " → done=1 not_done=2", or "".
func eventOutcome(v string) string {
	if v == "" {
		return ""
	}
	return " → " + v
}

var englishEvents = eventPhrases{
	kinds: map[trace.Kind]string{
		trace.ProcessStart:     "process {name} started",
		trace.ProcessExit:      "a process exited (code {value})",
		trace.ThreadStart:      "{who} {name} started",
		trace.ThreadExit:       "{who} exited",
		trace.ExecutorCreate:   "{who} made {name}({args})",
		trace.ExecutorShutdown: "{who} called shutdown({args})",
		trace.ExecutorBroken:   "the executor broke: {value}",
		trace.FutureCreate:     "{who} submitted {f} {name}({arglist})",
		trace.FutureQueued:     "{f} entered the {name}",
		trace.FutureRunning:    "{f} is RUNNING now: running() returns True",
		trace.TaskStart:        "{who} started executing {f}",
		trace.TaskEnd:          "{who} finished executing {f}",
		trace.FutureFinish:     "{f} is FINISHED: it {name} {value}",
		trace.FutureCancel:     "{who} called {f}.cancel(): it returned {value}",
		trace.FutureCancelled:  "{f} is CANCELLED",
		trace.FutureNotified:   "{f} is CANCELLED_AND_NOTIFIED: wait() and as_completed() see it",
		trace.CallbackStart:    "{who} runs the callback {name}({f})",
		trace.CallbackEnd:      "{who} finished the callback {name}",
		trace.CallStart:        "{who} calls {call}",
		trace.CallEnd:          "{who} returns from {name}(){outcome}",
		trace.Yield:            "as_completed() yields {f} to {who}",
		trace.Timeout:          "{who}: {name}() timed out",
		trace.Print:            "{who} prints {quoted}",
		trace.Log:              "{who} logs {name}: {value}",
		trace.Error:            "uncaught: {value}",
		trace.Deadlock:         "deadlock: nothing can run",
		trace.Limit:            "limit reached: {name}",
	},
	timedOut: "{who}: {name}() timed out and raised {value}",
	names:    map[string]string{"work_queue": "work queue", "call_queue": "call queue"},
}

var chineseEvents = eventPhrases{
	kinds: map[trace.Kind]string{
		trace.ProcessStart:     "进程 {name} 启动",
		trace.ProcessExit:      "一个进程退出（退出码 {value}）",
		trace.ThreadStart:      "{who} {name} 启动",
		trace.ThreadExit:       "{who} 退出",
		trace.ExecutorCreate:   "{who} 创建了 {name}({args})",
		trace.ExecutorShutdown: "{who} 调用了 shutdown({args})",
		trace.ExecutorBroken:   "执行器损坏：{value}",
		trace.FutureCreate:     "{who} 提交了 {f} {name}({arglist})",
		trace.FutureQueued:     "{f} 进入{name}",
		trace.FutureRunning:    "{f} 现在是 RUNNING：running() 返回 True",
		trace.TaskStart:        "{who} 开始执行 {f}",
		trace.TaskEnd:          "{who} 执行完 {f}",
		trace.FutureFinish:     "{f} 变为 FINISHED：{name} {value}",
		trace.FutureCancel:     "{who} 调用了 {f}.cancel()：返回 {value}",
		trace.FutureCancelled:  "{f} 变为 CANCELLED",
		trace.FutureNotified:   "{f} 变为 CANCELLED_AND_NOTIFIED：wait() 和 as_completed() 能看到它了",
		trace.CallbackStart:    "{who} 运行回调函数 {name}({f})",
		trace.CallbackEnd:      "{who} 运行完回调函数 {name}",
		trace.CallStart:        "{who} 调用 {call}",
		trace.CallEnd:          "{who} 从 {name}() 返回{outcome}",
		trace.Yield:            "as_completed() 把 {f} 交给 {who}",
		trace.Timeout:          "{who}：{name}() 超时",
		trace.Print:            "{who} 打印 {quoted}",
		trace.Log:              "{who} 记录日志 {name}：{value}",
		trace.Error:            "未捕获的异常：{value}",
		trace.Deadlock:         "死锁：没有线程能运行",
		trace.Limit:            "达到限制：{name}",
	},
	timedOut: "{who}：{name}() 超时，抛出 {value}",
	names:    map[string]string{"work_queue": "工作队列", "call_queue": "调用队列", "returned": "返回了", "raised": "抛出了"},
}
