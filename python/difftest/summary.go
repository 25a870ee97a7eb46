package difftest

import (
	"fmt"
	"strings"
)

// Summary tells how many of the scripts ran pass, in all and by topic (a script's name up to its
// first "_": stmt, expr, class, tb, syntax, …), failed naming those that did not.
func Summary(ran []string, failed map[string]string) string {
	pass, total := map[string]int{}, map[string]int{}
	var topics []string
	bad := 0
	for _, name := range ran {
		topic, _, _ := strings.Cut(name, "_")
		if total[topic] == 0 {
			topics = append(topics, topic)
		}
		total[topic]++
		if _, f := failed[name]; f {
			bad++
		} else {
			pass[topic]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d of %d scripts run as CPython does\n", len(ran)-bad, len(ran))
	for _, topic := range topics {
		fmt.Fprintf(&b, "  %-9s %3d of %3d\n", topic, pass[topic], total[topic])
	}
	return b.String()
}
