package a

var Order = trace("a.Order")

func trace(s string) int {
	println("init", s)
	return len(s)
}

func init() { println("a.init") }

// T has a value and a pointer method.
type T struct {
	N    int
	name string
}

func New(n int) *T { return &T{N: n, name: "t"} }

func (t T) Name() string { return t.name }
func (t *T) Inc()        { t.N++ }

// Private can only be implemented in package a.
type Private interface{ private() int }

func (t T) private() int { return t.N * 10 }

func Call(p Private) int { return p.private() }

type Counter interface {
	Inc()
	Name() string
}

const Max = 1 << 10

type Kind uint8

const (
	Zero Kind = iota
	One
	Two
)

func (k Kind) String() string { return [...]string{"zero", "one", "two"}[k] }
