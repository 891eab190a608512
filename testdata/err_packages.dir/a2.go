package surprise

// A package whose name is not its import path's last element.

var X int
