package lessons

import (
	"embed"
	"io/fs"
)

//go:embed content
var content embed.FS

// ContentDir is the embedded course's folder in the repository, the name Load gives its files.
const ContentDir = "lessons/content"

// Content returns the course embedded in the binary: the folder lessons/content, named so that
// Load's errors and Lesson.File point into the repository.
func Content() fs.FS {
	sub, err := fs.Sub(content, "content")
	if err != nil {
		panic(err) // cannot happen: "content" is a valid path
	}
	return Named(sub, ContentDir)
}

// Named returns fsys with a name: Load names its files dir/en/01-x.md instead of en/01-x.md, in its
// errors and in Lesson.File.
func Named(fsys fs.FS, dir string) fs.FS {
	return namedFS{fsys, dir}
}

// namedFS is a file system and the folder it stands for.
type namedFS struct {
	fs.FS
	dir string
}

// fsName returns the name Load gives fsys's root: its Named name, or "" for none.
func fsName(fsys fs.FS) string {
	if n, ok := fsys.(namedFS); ok {
		return n.dir
	}
	return ""
}
