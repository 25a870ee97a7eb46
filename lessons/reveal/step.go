package reveal

import "github.com/futurescope/futurescope/sim/trace"

// IsStep reports whether revealing a run event by event stops at e: the events a learner predicts
// (a future queued, started, finished or cancelled, a callback, a line printed or logged, an
// executor shut down or broken, the run failing) and the end of the blocking calls whose result is
// worth predicting. The others (the GIL, a thread starting, a sleep) are revealed with the next
// step. The browser's web/src/predict.js isStep follows the same rules.
func IsStep(e trace.Event) bool {
	if e.Kind == trace.CallEnd {
		return stepCalls[e.Name]
	}
	return stepKinds[e.Kind]
}

// stepKinds are the event kinds IsStep stops at.
var stepKinds = map[trace.Kind]bool{
	trace.FutureCreate: true, trace.FutureRunning: true, trace.FutureFinish: true, trace.FutureCancel: true,
	trace.FutureCancelled: true, trace.CallbackStart: true, trace.Print: true, trace.Log: true, trace.Error: true,
	trace.Deadlock: true, trace.Limit: true, trace.Timeout: true, trace.ExecutorShutdown: true, trace.ExecutorBroken: true,
}

// stepCalls are the blocking calls whose end IsStep stops at.
var stepCalls = map[string]bool{"result": true, "exception": true, "wait": true, "as_completed": true, "map": true}
