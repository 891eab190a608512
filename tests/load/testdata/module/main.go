package main

import _ "example.com/m/c1"

func main() {}
