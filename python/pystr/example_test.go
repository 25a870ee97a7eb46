package pystr_test

import (
	"fmt"

	"github.com/futurescope/futurescope/python/pystr"
)

func ExampleRepr() {
	fmt.Println(pystr.Repr("it's\n"), pystr.Repr(`say "hi"`), pystr.Repr("日本\u200b\x7f"))
	fmt.Println(pystr.ASCII("日本"), pystr.BytesRepr("a\x00\xff'"))
	// Output:
	// "it's\n" 'say "hi"' '日本\u200b\x7f'
	// '\u65e5\u672c' b"a\x00\xff'"
}

func ExampleSplitWhitespace() {
	fmt.Printf("%q\n", pystr.SplitWhitespace("  a  b  c  ", 1))
	fmt.Printf("%q\n", pystr.RSplitWhitespace("  a  b  c  ", 1))
	fmt.Printf("%q\n", pystr.Splitlines("one\r\ntwo\u2028three\n", false))
	// Output:
	// ["a" "b  c  "]
	// ["  a  b" "c"]
	// ["one" "two" "three"]
}

func ExampleUpper() {
	fmt.Println(pystr.Upper("straße ﬁ"), pystr.Lower("ΟΔΟΣ ΣΑΣ."), pystr.Title("they're bill's"), pystr.Casefold("Straße"))
	// Output:
	// STRASSE FI οδος σας. They'Re Bill'S strasse
}

func ExampleFind() {
	s := "日本語テキスト"
	fmt.Println(pystr.Len(s), pystr.Find(s, "テ", 0, 100), pystr.Find(s, "語", -3, 100), pystr.Count(s, "", 2, 4))
	// Output:
	// 7 3 -1 3
}
