package c2

import _ "example.com/m/c1"
