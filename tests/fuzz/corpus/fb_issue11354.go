// compile

// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

type X int

var foo = map[int]X{}

var bar = map[int][8]X{}

func main() {}
