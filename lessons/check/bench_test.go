package check_test

import (
	"fmt"
	"testing"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/sim/script"
)

// BenchmarkLessonBlocks runs each distinct script block of the English course, as the playground's Run
// button does; the CPU-bound ones (lessons 8 and 11) set how long a learner waits.
func BenchmarkLessonBlocks(b *testing.B) {
	course, err := content.load()
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range course.Lessons("en") {
		for _, blk := range l.Blocks {
			if blk.Options.NoRun {
				continue
			}
			b.Run(fmt.Sprintf("%s-%d", l.Slug, blk.Index), func(b *testing.B) {
				for b.Loop() {
					runBlock(blk)
				}
			})
		}
	}
}

func runBlock(blk lessons.Block) *script.Result {
	return script.Run(script.Options{Source: []byte(blk.Code), Cores: blk.Options.Cores, FreeThreaded: blk.Options.FreeThreaded})
}
