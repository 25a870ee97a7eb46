package words_test

import (
	"fmt"

	"github.com/futurescope/futurescope/render/words"
)

// A deadlock's report, as the simulator writes it, read on a Chinese page: futurescope's words in
// Chinese, the threads' names and Python's calls as they are.
func ExampleMessageIn() {
	report := "futurescope: deadlock: no thread can run and no timer is pending\n" +
		"  MainThread [line 8] waits in result() for future 1\n" +
		"  ThreadPoolExecutor-0_0 [line 6] waits in result() for future 2\n" +
		"(Python would hang here forever.)"
	fmt.Println(words.MessageIn(report, "zh"))
	// Output:
	// futurescope：死锁：没有线程能运行，也没有待触发的定时器
	//   MainThread [第 8 行] 在 result() 中等待 future 1
	//   ThreadPoolExecutor-0_0 [第 6 行] 在 result() 中等待 future 2
	// （真实的 Python 会永远卡在这里。）
}

// Python's own message stays as CPython prints it; the explanation goes beside it.
func ExampleExplain() {
	fmt.Println("KeyError: 'a'")
	fmt.Println("说明 KeyError：" + words.Explain("KeyError", "zh"))
	// Output:
	// KeyError: 'a'
	// 说明 KeyError：字典里没有这个键。可以先用 in 检查，或用 dict.get(key, 默认值)。
}
