package a

// X holds a struct with an unexported field: a type of package a that
// no other package can name, though it prints as struct { x int }.
var X interface{} = struct{ x int }{}

// Y holds a struct whose fields are all exported: the same type in
// every package.
var Y interface{} = struct{ X int }{}
