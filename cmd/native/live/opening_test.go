package live

import "testing"

func TestOpenKeepsTheUsersChoiceOnlyForTheSameScript(t *testing.T) {
	shown := &Run{Key: "04-as-completed#2", Compiled: true}
	tests := []struct {
		name  string
		shown *Run
		next  Run
		want  Want
		open  Opening
	}{
		{"the same script again", shown, Run{Key: "04-as-completed#2", Compiled: true}, Want{View: "threads", At: 5}, Opening{Keep: true}},
		{"another block, its fence", shown, Run{Key: "04-as-completed#1"}, Want{BlockView: "futures", At: -1, BlockAt: 500}, Opening{View: "futures", Seek: true, At: 500}},
		{"the command line over the fence", shown, Run{Key: "04-as-completed#1"}, Want{View: "threads", BlockView: "futures", At: 0, BlockAt: 500}, Opening{View: "threads", Seek: true, At: 0}},
		{"nothing asked, nothing shown", nil, Run{Key: "a.py"}, Want{At: -1}, Opening{View: "both"}},
		{"a prediction", shown, Run{Key: "02-map#3"}, Want{At: -1, Predict: true}, Opening{View: "both", Scrub: true}},
	}
	for _, tt := range tests {
		if got := Open(tt.shown, tt.next, tt.want); got != tt.open {
			t.Errorf("%s: Open = %+v, want %+v", tt.name, got, tt.open)
		}
	}
}
